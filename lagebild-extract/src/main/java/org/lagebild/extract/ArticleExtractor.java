package org.lagebild.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.lagebild.extract.boilerplate.BoilerplateRules;
import org.lagebild.extract.boilerplate.ClassHints;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;
import org.lagebild.model.MetaField;

/**
 * Turns a {@link SourceRecord} (plain text or HTML) into a clean {@link Article}: typed blocks whose
 * spans point into the clean text (blocks joined by a blank line), every removed piece of
 * boilerplate with reason, rule id and its char offset in the input, and metadata with origins.
 * The German and English rule files are loaded once in the constructor (a missing file is an
 * {@link IllegalStateException}); afterwards the extractor is immutable and thread-safe.
 */
public final class ArticleExtractor {

    /**
     * Largest input read, in chars: the ingest default of 20 MB per document. Bigger pages (a 50 MB dump of a
     * forum) are refused at once with a clear error instead of holding a DOM of several hundred MB.
     */
    public static final int MAX_CHARS = 20 * 1024 * 1024;

    private final PlainTextExtractor text;
    private final HtmlExtractor html;

    /** Loads the boilerplate data for German, English, French, Spanish, Italian and Polish. */
    public ArticleExtractor() {
        BoilerplateFilter filter = new BoilerplateFilter(BoilerplateRules.load("de", "en", "fr", "es", "it", "pl"));
        this.text = new PlainTextExtractor(filter);
        this.html = new HtmlExtractor(filter, ClassHints.load());
    }

    /**
     * Extracts the article of one record, dispatching on its content type ("text/plain",
     * "text/html"; sniffed from the content when null).
     *
     * @throws ExtractionException when no article text is left, the input is larger than {@link #MAX_CHARS}, or it
     *     cannot be read as an article
     */
    public Article extract(SourceRecord record) throws ExtractionException {
        if (record == null || record.content() == null || record.content().isBlank()) {
            throw new ExtractionException("empty input");
        }
        if (record.content().length() > MAX_CHARS) {
            throw new ExtractionException("page too large: " + record.content().length() + " chars (limit " + MAX_CHARS + ")");
        }
        String type = record.contentType() == null ? sniff(record.content())
                : record.contentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
        try {
            return switch (type) {
                case "text/plain", "text" -> text.extract(record);
                case "text/html", "application/xhtml+xml", "html" -> htmlOrReparsed(record);
                default -> throw new ExtractionException("unsupported content type: " + type);
            };
        } catch (StackOverflowError e) {
            throw new ExtractionException("document too deeply nested", e);
        } catch (RuntimeException e) {
            String reason = String.valueOf(e).replaceAll("\\s+", " ");
            throw new ExtractionException("malformed input: " + reason.substring(0, Math.min(200, reason.length())), e);
        }
    }

    /**
     * The formatting elements whose bookkeeping in jsoup's tree builder fails on some tag soups (hundreds of thousands
     * of unclosed {@code <a>}, {@code <b>}, {@code <font>} among tables and lists: {@code IndexOutOfBoundsException} in
     * {@code reconstructFormattingElements}, jsoup 1.24.1).
     */
    private static final Pattern FORMATTING_TAGS = Pattern.compile(
            "(?i)</?(?:a|b|big|code|em|font|i|nobr|s|small|strike|strong|tt|u)(?:\\s[^>]*)?/?>");

    /**
     * The HTML extraction; when jsoup's parser itself fails, the page is read once more without its formatting tags
     * (links and emphasis are lost, the text and its blocks are kept), and the article says so in a metadata field
     * {@code extraction} (origin {@code extract:reparse}). Any other failure is not retried.
     */
    private Article htmlOrReparsed(SourceRecord record) throws ExtractionException {
        try {
            return html.extract(record);
        } catch (RuntimeException e) {
            if (!fromParser(e)) {
                throw e;
            }
            String stripped = FORMATTING_TAGS.matcher(record.content()).replaceAll("");
            SourceRecord again = new SourceRecord(record.input(), record.format(), record.contentType(), stripped, record.url(),
                    record.title(), record.published(), record.source(), record.language(), record.id(), record.charset(),
                    record.crawlDate());
            Article a = html.extract(again);
            List<MetaField> meta = new ArrayList<>(a.meta());
            String reason = String.valueOf(e).replaceAll("\\s+", " ");
            meta.add(new MetaField("extraction", "read again without its formatting tags (a, b, i, font ...; removed positions"
                    + " count without them): the HTML parser failed with " + reason.substring(0, Math.min(160, reason.length())),
                    "extract:reparse"));
            return new Article(a.id(), a.input(), a.format(), a.url(), a.title(), a.text(), a.blocks(), a.removed(), meta,
                    a.language(), a.publisher(), a.byline(), a.published());
        }
    }

    /** True if the exception was thrown inside jsoup's parser, not by Lagebild's own code. */
    private static boolean fromParser(RuntimeException e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.lagebild.")) {
                return false;
            }
            if (f.getClassName().startsWith("org.jsoup.parser.")) {
                return true;
            }
        }
        return false;
    }

    private static String sniff(String content) {
        String head = content.substring(0, Math.min(content.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<") && (head.contains("<html") || head.contains("<body") || head.contains("<!doctype")
                || head.contains("<p") || head.contains("<div") || head.contains("<article")) ? "text/html" : "text/plain";
    }
}
