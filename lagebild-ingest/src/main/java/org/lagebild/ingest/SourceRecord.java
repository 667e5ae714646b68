package org.lagebild.ingest;

/**
 * One input item (a file, a JSONL line, a feed item or a WARC response), decoded to a String.
 * It holds the raw document, not extracted article text: the extract module turns it into an article.
 * Immutable and thread-safe.
 *
 * @param input where it came from: the path as given, plus {@code "#N"} for record N (1-based) of a
 *     container ({@code "feeds/a.xml#3"}, {@code "crawl.warc.gz#12"}) or {@code ":LINE"} for a JSONL
 *     line ({@code "x.jsonl:17"}); {@code "-"} for stdin
 * @param format {@code "text"}, {@code "html"}, {@code "jsonl"}, {@code "rss"} (RSS and Atom) or {@code "warc"}
 * @param contentType {@code "text/plain"} or {@code "text/html"}: what {@code content} holds
 * @param content the decoded text or HTML, byte order mark removed, otherwise unchanged
 * @param url the document's URL, or null
 * @param title the title given by the container, or null
 * @param published the publication date as given (feeds: ISO-8601 instant), or the configured override, or null
 * @param source the publisher or site (feeds: the feed's title), or null
 * @param language the language given by the container, or null
 * @param id the id given by the container (JSONL id, feed guid, WARC-Record-ID), or null
 * @param charset the charset used to decode the bytes (for JSONL the line's charset)
 * @param crawlDate the capture instant (WARC-Date) as ISO-8601, or null
 */
public record SourceRecord(
        String input,
        String format,
        String contentType,
        String content,
        String url,
        String title,
        String published,
        String source,
        String language,
        String id,
        String charset,
        String crawlDate) {

    /** Content type of plain text records. */
    public static final String TEXT_PLAIN = "text/plain";
    /** Content type of HTML records. */
    public static final String TEXT_HTML = "text/html";

    public SourceRecord {
        requireNonNull(input, "input");
        requireNonNull(format, "format");
        requireNonNull(contentType, "contentType");
        requireNonNull(content, "content");
        if (!contentType.equals(TEXT_PLAIN) && !contentType.equals(TEXT_HTML)) {
            throw new IllegalArgumentException("contentType must be text/plain or text/html: " + contentType);
        }
    }

    /** True when {@link #content()} is HTML. */
    public boolean isHtml() {
        return TEXT_HTML.equals(contentType);
    }

    private static void requireNonNull(Object value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
    }
}
