package org.lagebild.eval.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.extract.ExtractionException;
import org.lagebild.ingest.InputException;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.ingest.charset.CharsetDetector;
import org.lagebild.ingest.charset.Decoded;
import org.lagebild.model.Article;

/**
 * Runs the extractor on one page's raw bytes the way the benchmarks do (raw bytes in, the
 * extractor's charset detection decides), timing decoding and extraction separately.
 *
 * @param article the extracted article, or null when decoding or extraction failed
 * @param error why it failed, or null
 * @param decodeNanos time spent decoding bytes to text
 * @param extractNanos time spent in {@link ArticleExtractor#extract}
 */
record PageExtraction(Article article, String error, long decodeNanos, long extractNanos) {

    static PageExtraction run(ArticleExtractor extractor, byte[] html, String input, String url) {
        return run(extractor, html, input, url, null);
    }

    /**
     * The same with a known charset, passed to the detector as an HTTP header would be (pages stored as decoded
     * text and re-encoded, whose own meta declaration may name the charset they were once served in).
     */
    static PageExtraction run(ArticleExtractor extractor, byte[] html, String input, String url, String charset) {
        long t0 = System.nanoTime();
        Decoded decoded;
        try {
            decoded = CharsetDetector.decode(html, charset, true);
        } catch (InputException | RuntimeException e) {
            return new PageExtraction(null, "decode: " + e.getMessage(), System.nanoTime() - t0, 0);
        }
        long t1 = System.nanoTime();
        try {
            SourceRecord rec = new SourceRecord(input, "html", SourceRecord.TEXT_HTML, decoded.text(), url,
                    null, null, null, null, null, decoded.charset(), null);
            Article a = extractor.extract(rec);
            return new PageExtraction(a, null, t1 - t0, System.nanoTime() - t1);
        } catch (ExtractionException | RuntimeException | StackOverflowError e) {
            return new PageExtraction(null, e.getClass().getSimpleName() + ": " + e.getMessage(), t1 - t0,
                    System.nanoTime() - t1);
        }
    }

    /** Reads a file, gunzipping it when its name ends in ".gz". */
    static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 65536)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
