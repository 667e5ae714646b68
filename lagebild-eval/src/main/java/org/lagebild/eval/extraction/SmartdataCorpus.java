package org.lagebild.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads a file of the DFKI SmartData corpus v3 ({@code v3_20200302/dev.json.gz}): a stream of
 * concatenated JSON objects in Avro's JSON encoding, where an optional field is either {@code null}
 * or a one-field object naming its type ({@code "text": {"string": "..."}}, {@code "docType":
 * {"de.dfki.lt.tap.docTypes": "NEWS_HTML"}}). Only the fields an extraction check needs are kept.
 * Stateless.
 */
final class SmartdataCorpus {

    private SmartdataCorpus() {
    }

    /**
     * One corpus document.
     *
     * @param id the corpus id (URL and crawl time)
     * @param docType NEWS_HTML, RSS_XML or TWITTER_JSON ("" when absent)
     * @param raw what was crawled: the page HTML, an XML wrapper of already extracted text, a tweet or an RSS item
     * @param text the annotated text (for news pages: title, dateline and body as the corpus builders extracted them)
     * @param uri the document's address, or null
     * @param date the document creation time as written, or null
     */
    record Document(String id, String docType, String raw, String text, String uri, String date) {

        /**
         * Whether {@code raw} is the page's own HTML: a NEWS_HTML document whose raw text has a
         * {@code <body} or {@code <html} tag (the others hold an XML wrapper of text extracted at crawl time).
         */
        boolean isHtmlPage() {
            if (!"NEWS_HTML".equals(docType) || raw == null) {
                return false;
            }
            String lower = raw.toLowerCase(Locale.ROOT);
            return lower.contains("<body") || lower.contains("<html");
        }
    }

    /** Reads all documents of a file, gunzipping it when its name ends in ".gz". */
    static List<Document> read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 65536) : raw;
            try (Reader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parse(r);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw e; // its message is the file
        } catch (IOException e) {
            // name the file: the evaluation reads several
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses concatenated JSON documents (whitespace between them is allowed, nothing else). */
    static List<Document> parse(Reader in) throws IOException {
        List<Document> out = new ArrayList<>();
        try (MappingIterator<JsonNode> it = Json.MAPPER.readerFor(JsonNode.class).readValues(in)) {
            while (it.hasNextValue()) {
                JsonNode d = it.nextValue();
                if (!d.isObject()) {
                    throw new IOException("not a JSON object at document " + (out.size() + 1));
                }
                out.add(new Document(string(d.get("id")), orEmpty(string(d.get("docType"))), string(d.get("raw")),
                        orEmpty(string(d.get("text"))), string(d.get("uri")), string(d.get("date"))));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new IOException("document " + (out.size() + 1) + " is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": "
                    + e.getOriginalMessage(), e);
        }
        return out;
    }

    /**
     * The text of a plain or Avro-union value: {@code "x"} and {@code {"string": "x"}} both give "x";
     * null, JSON null and anything else give null.
     */
    static String string(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isObject() && v.size() == 1) {
            Iterator<JsonNode> values = v.elements();
            JsonNode inner = values.next();
            return inner.isTextual() ? inner.asText() : null;
        }
        return null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
