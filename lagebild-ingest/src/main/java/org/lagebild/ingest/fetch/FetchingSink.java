package org.lagebild.ingest.fetch;

import java.net.URI;
import java.util.Locale;
import org.lagebild.ingest.InputException;
import org.lagebild.ingest.InputProblem;
import org.lagebild.ingest.RecordSink;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.ingest.charset.CharsetDetector;
import org.lagebild.ingest.charset.Decoded;

/**
 * The {@code --fetch} hook: a {@link RecordSink} between a reader and the next sink that replaces each feed
 * item ({@code format "rss"}) that has a link by the linked page, fetched with a {@link PageFetcher} and decoded
 * like any HTML page (HTTP header charset, BOM, meta, heuristic). The page record keeps the item's input name,
 * title, date, source, language and id; its url is the final URL after redirects and its crawl date the fetch
 * time. When a fetch fails (refused address, timeout, HTTP error, not HTML, too large) the problem is reported
 * with the URL and reason and the feed item itself goes on, so the batch continues. Other records pass unchanged.
 * Not thread-safe, like the sinks it wraps; fetches run on the reading thread, one at a time.
 */
public final class FetchingSink implements RecordSink {

    private final RecordSink next;
    private final PageFetcher fetcher;

    public FetchingSink(RecordSink next, PageFetcher fetcher) {
        if (next == null || fetcher == null) {
            throw new NullPointerException("next sink and fetcher must not be null");
        }
        this.next = next;
        this.fetcher = fetcher;
    }

    @Override
    public void record(SourceRecord r) {
        if (!"rss".equals(r.format()) || r.url() == null || r.url().isBlank()) {
            next.record(r);
            return;
        }
        URI uri;
        try {
            uri = URI.create(r.url().strip());
        } catch (IllegalArgumentException e) {
            next.problem(new InputProblem(r.input(), "fetch " + r.url() + ": invalid URL; the feed item's text is used"));
            next.record(r);
            return;
        }
        try {
            FetchResult page = fetcher.fetch(uri);
            String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && !type.startsWith("text/html") && !type.startsWith("application/xhtml+xml")) {
                throw new FetchException(page.uri(), "not HTML: " + page.contentType());
            }
            Decoded d = CharsetDetector.decode(page.body(), page.charset(), true);
            if (d.notice() != null) {
                next.notice(r.input(), d.notice());
            }
            next.record(new SourceRecord(r.input(), r.format(), SourceRecord.TEXT_HTML, d.text(), page.uri().toString(),
                    r.title(), r.published(), r.source(), r.language(), r.id(), d.charset(), page.fetchedAt().toString()));
        } catch (FetchException e) {
            next.problem(new InputProblem(r.input(), "fetch " + e.getMessage() + "; the feed item's text is used"));
            next.record(r);
        } catch (InputException e) {
            next.problem(new InputProblem(r.input(), "fetch " + uri + ": cannot decode the page: " + e.getMessage()
                    + "; the feed item's text is used"));
            next.record(r);
        }
    }

    @Override
    public void problem(InputProblem problem) {
        next.problem(problem);
    }

    @Override
    public void skipped(String input, String reason) {
        next.skipped(input, reason);
    }

    @Override
    public void notice(String input, String message) {
        next.notice(input, message);
    }
}
