package org.lagebild.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.lagebild.ingest.InputException;
import org.lagebild.ingest.InputOptions;
import org.lagebild.ingest.InputProblem;
import org.lagebild.ingest.RecordSink;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.ingest.charset.CharsetDetector;
import org.lagebild.ingest.charset.Decoded;
import org.lagebild.ingest.io.BoundedReads;
import org.lagebild.ingest.io.IoErrors;
import org.lagebild.ingest.io.SinkFailure;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads a WARC file (plain or per-record gzip) with jwarc, one record at a time. Each {@code response}
 * record with a 2xx HTTP status and an HTML content type becomes a {@link SourceRecord} named
 * {@code input#N} (N = record number, 1-based, counting every record): url = WARC-Target-URI,
 * crawlDate = WARC-Date, id = WARC-Record-ID, content = the HTTP payload (transfer and content encoding
 * removed) decoded with the HTTP header's charset first; a WARC-Truncated header gives a notice. Other
 * records (request, revisit, metadata, non-HTML, non-2xx) are reported as skipped. A malformed record (a
 * bad header, a wrong Content-Length, a cut block) becomes a problem naming its number, and reading goes
 * on at the next record (see {@link WarcFramer}); a stream that fails (a cut gzip) ends the file, the
 * records before it kept. Thread-safe: no state between calls.
 */
public final class WarcArchiveReader {

    private final InputOptions options;

    public WarcArchiveReader(InputOptions options) {
        this.options = options;
    }

    /** Reads all records of {@code in} (not closed); {@code gzip} says whether {@code in} was gunzipped outside. */
    public void read(String input, InputStream in, boolean gzip, RecordSink sink) throws IOException {
        WarcFramer framer = new WarcFramer(in, options.maxBytes());
        long n = 0;
        while (true) {
            n++;
            String name = input + "#" + n;
            WarcFramer.Frame frame;
            try {
                frame = framer.next();
            } catch (SinkFailure e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                // the stream itself failed (a cut gzip): nothing after this point can be read
                sink.problem(new InputProblem(name, "truncated or malformed record: " + IoErrors.describe(e, gzip)));
                return;
            }
            if (frame == null) {
                return;
            }
            if (frame.problem() != null) {
                sink.problem(new InputProblem(name, frame.problem()));
                continue;
            }
            try {
                Optional<WarcRecord> next = new WarcReader(frame.record()).next();
                if (next.isEmpty()) {
                    sink.problem(new InputProblem(name, "malformed record: empty"));
                    continue;
                }
                handle(name, next.get(), sink);
            } catch (SinkFailure e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                if (frame.streamed()) {
                    sink.problem(new InputProblem(name, "truncated or malformed record: " + IoErrors.describe(e, gzip)));
                    return;
                }
                sink.problem(new InputProblem(name, "malformed record: " + IoErrors.describe(e, false)));
                continue;
            } catch (TruncatedRecord e) {
                sink.problem(new InputProblem(name, e.getMessage()));
                if (frame.streamed()) {
                    return;
                }
                continue;
            }
            if (frame.streamed()) {
                try {
                    framer.drain(frame.record());
                    String problem = framer.finish();
                    if (problem != null) {
                        sink.problem(new InputProblem(name, problem));
                    }
                } catch (IOException e) {
                    sink.problem(new InputProblem(name, "truncated or malformed record: " + IoErrors.describe(e, gzip)));
                    return;
                }
            }
        }
    }

    private void handle(String name, WarcRecord record, RecordSink sink) throws IOException, TruncatedRecord {
        if (!(record instanceof WarcResponse response)) {
            consumeAndCheck(record);
            sink.skipped(name, record.type() + " record");
            return;
        }
        MediaType warcType = record.contentType();
        if (!"application".equals(warcType.type()) || !"http".equals(warcType.subtype())) {
            consumeAndCheck(record);
            sink.skipped(name, "response record with " + warcType.base() + " block, not HTTP");
            return;
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
            consumeAndCheck(record);
            sink.skipped(name, "HTTP status " + http.status());
            return;
        }
        String contentType = http.headers().first("Content-Type").orElse("");
        MediaType mediaType = MediaType.parseLeniently(contentType);
        if (!isHtml(mediaType)) {
            consumeAndCheck(record);
            sink.skipped(name, "not HTML: " + (contentType.isBlank() ? "no content type" : mediaType.base()));
            return;
        }
        byte[] payload;
        try {
            MessageBody body = http.bodyDecoded();
            payload = BoundedReads.readAll(body.stream(), options.maxBytes());
        } catch (InputException e) {
            consumeAndCheck(record);
            sink.problem(new InputProblem(name, e.reason()));
            return;
        }
        consumeAndCheck(record);
        if (payload.length == 0) {
            sink.skipped(name, "empty HTML payload");
            return;
        }
        Decoded decoded;
        try {
            decoded = CharsetDetector.decode(payload, mediaType.parameters().get("charset"), true);
        } catch (InputException e) {
            sink.problem(new InputProblem(name, e.reason()));
            return;
        }
        if (decoded.notice() != null) {
            sink.notice(name, decoded.notice());
        }
        if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            sink.notice(name, "payload truncated by the crawler (WARC-Truncated: "
                    + record.truncated().name().toLowerCase(Locale.ROOT) + ")");
        }
        String published = options.publishedOverride();
        sink.record(new SourceRecord(name, "warc", SourceRecord.TEXT_HTML, decoded.text(),
                response.target(), null, published, null, null, String.valueOf(record.id()), decoded.charset(),
                record.date().toString()));
    }

    private static boolean isHtml(MediaType type) {
        String t = type.type().toLowerCase(Locale.ROOT);
        String s = type.subtype().toLowerCase(Locale.ROOT);
        return t.equals("text") && s.equals("html") || t.equals("application") && s.equals("xhtml+xml");
    }

    /** Reads the rest of the record block and fails when the file ends before its Content-Length. */
    private static void consumeAndCheck(WarcRecord record) throws IOException, TruncatedRecord {
        MessageBody body = record.body();
        body.consume();
        long size = body.size();
        long position = body.position();
        if (position < size) {
            throw new TruncatedRecord("truncated record: " + position + " of " + size + " bytes");
        }
    }

    private static final class TruncatedRecord extends Exception {
        private static final long serialVersionUID = 1L;

        TruncatedRecord(String message) {
            super(message);
        }
    }
}
