package org.lagebild.ingest.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import org.lagebild.ingest.InputException;
import org.lagebild.ingest.InputOptions;
import org.lagebild.ingest.InputProblem;
import org.lagebild.ingest.RecordSink;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.ingest.charset.CharsetDetector;
import org.lagebild.ingest.charset.Decoded;
import org.lagebild.ingest.io.ByteLineReader;
import org.lagebild.ingest.io.IoErrors;

/**
 * Reads JSON Lines: one object {@code {"id"?, "url"?, "title"?, "text"? | "html"?, "published"?, "source"?,
 * "language"?}} per line, streaming line by line (memory: one line, at most {@code maxBytes}). Each line
 * becomes a {@link SourceRecord} named {@code input:LINE}; {@code text} wins over {@code html} when both are
 * given. Blank lines are skipped; a malformed line, a line that is not an object or has neither text nor
 * html, or an over-long line becomes a problem and the other lines go on. Thread-safe.
 */
public final class JsonLinesReader {

    private final InputOptions options;
    private final ObjectReader json;

    public JsonLinesReader(InputOptions options) {
        this.options = options;
        int maxString = (int) Math.min(options.maxBytes() + 1, Integer.MAX_VALUE - 16L);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
                .build();
        this.json = new ObjectMapper(factory)
                .readerFor(JsonNode.class)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads all lines of {@code in} (not closed). {@code gzip} says whether {@code in} is decompressed gzip,
     * for the error message when it ends early.
     */
    public void read(String input, InputStream in, boolean gzip, RecordSink sink) {
        ByteLineReader lines = new ByteLineReader(in, options.maxBytes());
        while (true) {
            ByteLineReader.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                sink.problem(new InputProblem(input + ":" + (lines.lineNumber() + 1), IoErrors.describe(e, gzip)));
                return;
            }
            if (line == null) {
                return;
            }
            String name = input + ":" + line.number();
            if (line.tooLong()) {
                sink.problem(new InputProblem(name, "line too long: " + line.length() + " bytes > limit " + options.maxBytes()));
                continue;
            }
            if (isBlank(line.bytes())) {
                continue;
            }
            try {
                SourceRecord record = parse(name, line.bytes(), sink);
                sink.record(record);
            } catch (InputException e) {
                sink.problem(new InputProblem(name, e.reason()));
            }
        }
    }

    private SourceRecord parse(String name, byte[] bytes, RecordSink sink) throws InputException {
        Decoded decoded = CharsetDetector.decode(bytes, null, false);
        if (decoded.notice() != null) {
            sink.notice(name, decoded.notice());
        }
        JsonNode node;
        try {
            node = json.readTree(decoded.text());
        } catch (JsonProcessingException e) {
            throw new InputException("malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InputException("not a JSON object");
        }
        String text = string(node, "text");
        String html = string(node, "html");
        boolean useText = text != null && !text.isBlank();
        if (!useText && (html == null || html.isBlank())) {
            throw new InputException("no \"text\" or \"html\" field");
        }
        String published = options.publishedOverride() != null ? options.publishedOverride() : string(node, "published");
        return new SourceRecord(name, "jsonl",
                useText ? SourceRecord.TEXT_PLAIN : SourceRecord.TEXT_HTML,
                useText ? text : html,
                string(node, "url"), string(node, "title"), published, string(node, "source"),
                string(node, "language"), string(node, "id"), decoded.charset(), null);
    }

    /** A string or number field as text; null when absent, null or structured. */
    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return v.asText();
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r' && x != '\f') {
                return false;
            }
        }
        return true;
    }
}
