package org.lagebild.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.lagebild.ingest.InputException;
import org.lagebild.ingest.InputOptions;
import org.lagebild.ingest.InputProblem;
import org.lagebild.ingest.RecordSink;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.ingest.io.BoundedReads;

/**
 * Reads an RSS or Atom feed file (at most {@code maxBytes}) with Rome: each item becomes a
 * {@link SourceRecord} named {@code input#N} (1-based) holding {@code content:encoded} / Atom content, or
 * else the description / summary. link → url, pubDate (else updated) → published as an ISO-8601 instant,
 * feed title (else the item's author) → source, guid / Atom id → id. Feeds with a DOCTYPE are refused
 * before parsing, and Rome's parser runs with DOCTYPEs disallowed, against XXE and entity expansion.
 * A feed cut short is a problem, and its complete items before the break are still read.
 * Thread-safe: a new Rome parser per call.
 */
public final class FeedReader {

    /** The reason given for a feed with a DOCTYPE. */
    public static final String DOCTYPE_REFUSED = "DOCTYPE not allowed (XXE protection)";

    private final InputOptions options;

    public FeedReader(InputOptions options) {
        this.options = options;
    }

    /** Reads the feed in {@code in} (not closed). Whole-feed failures throw; item problems go to the sink. */
    public void read(String input, InputStream in, RecordSink sink) throws IOException, InputException {
        byte[] bytes = BoundedReads.readAll(in, options.maxBytes());
        if (hasDoctype(bytes)) {
            throw new InputException(DOCTYPE_REFUSED);
        }
        Parsed parsed;
        try {
            parsed = parse(bytes);
        } catch (FeedException | IllegalArgumentException e) {
            String message = messageChain(e);
            if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
                throw new InputException(DOCTYPE_REFUSED);
            }
            Parsed kept = salvage(bytes);
            if (kept == null) {
                throw new InputException("malformed feed: " + message);
            }
            int n = kept.feed().getEntries().size();
            sink.problem(new InputProblem(input, "feed cut short: the " + n + (n == 1 ? " complete item" : " complete items")
                    + " before the break are read (" + message + ")"));
            parsed = kept;
        }
        SyndFeed feed = parsed.feed();
        String encoding = parsed.encoding();
        String feedTitle = blankToNull(feed.getTitle());
        String language = blankToNull(feed.getLanguage());
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.notice(input, "feed has no items");
        }
        int n = 0;
        for (SyndEntry entry : entries) {
            n++;
            String name = input + "#" + n;
            SyndContent content = pickContent(entry);
            if (content == null) {
                sink.problem(new InputProblem(name, "item has neither content nor description"));
                continue;
            }
            String published = options.publishedOverride() != null ? options.publishedOverride()
                    : iso(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
            String source = feedTitle != null ? feedTitle : blankToNull(entry.getAuthor());
            sink.record(new SourceRecord(name, "rss", contentType(content), content.getValue(),
                    blankToNull(entry.getLink()), blankToNull(entry.getTitle()), published, source, language,
                    blankToNull(entry.getUri()), encoding, null));
        }
    }

    private record Parsed(SyndFeed feed, String encoding) {
    }

    private static Parsed parse(byte[] bytes) throws IOException, FeedException {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            SyndFeedInput parser = new SyndFeedInput();
            parser.setAllowDoctypes(false);
            parser.setXmlHealerOn(false);
            String encoding = reader.getEncoding();
            return new Parsed(parser.build(reader), encoding);
        }
    }

    /**
     * A feed cut short (a broken download) keeps its complete items: the bytes up to the last
     * {@code </item>} or {@code </entry>} with the root closed again, parsed once more. Null when that
     * does not parse either (the break is elsewhere) or keeps no item.
     */
    private static Parsed salvage(byte[] bytes) {
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        String close;
        String end;
        if (latin.contains("<rss")) {
            end = "</item>";
            close = "</channel></rss>";
        } else if (latin.contains("<rdf:RDF")) {
            end = "</item>";
            close = "</rdf:RDF>";
        } else if (latin.contains("<feed")) {
            end = "</entry>";
            close = "</feed>";
        } else {
            return null;
        }
        int cut = latin.lastIndexOf(end);
        if (cut < 0) {
            return null;
        }
        cut += end.length();
        byte[] closing = close.getBytes(StandardCharsets.US_ASCII);
        byte[] repaired = java.util.Arrays.copyOf(bytes, cut + closing.length);
        System.arraycopy(closing, 0, repaired, cut, closing.length);
        try {
            Parsed p = parse(repaired);
            return p.feed().getEntries().isEmpty() ? null : p;
        } catch (IOException | FeedException | RuntimeException e) {
            return null;
        }
    }

    private static SyndContent pickContent(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
                return c;
            }
        }
        SyndContent d = entry.getDescription();
        return d != null && d.getValue() != null && !d.getValue().isBlank() ? d : null;
    }

    private static String contentType(SyndContent c) {
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? SourceRecord.TEXT_PLAIN : SourceRecord.TEXT_HTML;
    }

    /**
     * True when a DOCTYPE declaration precedes the root element. Scans the prolog in the raw bytes as
     * Latin-1 (and, for UTF-16 feeds, with NULs removed), so no parser ever sees it.
     */
    static boolean hasDoctype(byte[] bytes) {
        int window = Math.min(bytes.length, 64 * 1024);
        String head = new String(bytes, 0, window, StandardCharsets.ISO_8859_1).replace("\u0000", "");
        int i = 0;
        while (true) {
            int lt = head.indexOf('<', i);
            if (lt < 0 || lt + 1 >= head.length()) {
                return false;
            }
            if (head.startsWith("<?", lt)) {
                int end = head.indexOf("?>", lt);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else if (head.startsWith("<!--", lt)) {
                int end = head.indexOf("-->", lt);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
            } else {
                return head.regionMatches(true, lt, "<!DOCTYPE", 0, 9) || head.regionMatches(true, lt, "<!ENTITY", 0, 8);
            }
        }
    }

    private static String messageChain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !sb.toString().contains(t.getMessage())) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
