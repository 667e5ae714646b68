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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A feed cut short or broken in one item is a problem, and the items that can be read alone are still read
 * (each named by its place in the file, so a broken item 5 leaves items 1–4 and 6–10).
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
        List<Item> items;
        try {
            parsed = parse(bytes);
            items = numbered(parsed.feed().getEntries());
        } catch (FeedException | IllegalArgumentException e) {
            String message = messageChain(e);
            if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
                throw new InputException(DOCTYPE_REFUSED);
            }
            Salvaged kept = salvage(bytes);
            if (kept == null) {
                throw new InputException("malformed feed: " + message);
            }
            if (kept.cutShort()) {
                int n = kept.complete();
                sink.problem(new InputProblem(input, "feed cut short: the " + n + (n == 1 ? " complete item" : " complete items")
                        + " before the break are read (" + message + ")"));
            }
            for (Map.Entry<Integer, String> bad : kept.broken().entrySet()) {
                sink.problem(new InputProblem(input + "#" + bad.getKey(), "malformed item, left out: " + bad.getValue()));
            }
            parsed = kept.parsed();
            items = kept.items();
        }
        SyndFeed feed = parsed.feed();
        String encoding = parsed.encoding();
        String feedTitle = blankToNull(feed.getTitle());
        String language = blankToNull(feed.getLanguage());
        if (items.isEmpty()) {
            sink.notice(input, "feed has no items");
        }
        for (Item item : items) {
            SyndEntry entry = item.entry();
            String name = input + "#" + item.number();
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

    /** An item of the feed and its 1-based place in the file. */
    private record Item(int number, SyndEntry entry) {
    }

    private static List<Item> numbered(List<SyndEntry> entries) {
        List<Item> items = new ArrayList<>(entries.size());
        for (SyndEntry entry : entries) {
            items.add(new Item(items.size() + 1, entry));
        }
        return items;
    }

    /**
     * What is kept of a feed that does not parse: the feed's head (title, language), the items that parse
     * on their own with their places in the file, the items that do not with the parser's reason, and
     * whether the file ends inside an item.
     */
    private record Salvaged(Parsed parsed, List<Item> items, Map<Integer, String> broken, boolean cutShort, int complete) {
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
     * Keeps what can be kept of a feed that does not parse: a feed cut short (a broken download) or one
     * broken in the middle (a stray {@code &} in one item). The file is cut at its items ({@code <item>}
     * or {@code <entry>} up to its closing tag, found in the raw bytes read as Latin-1, so offsets are byte
     * offsets); the complete items are parsed between the feed's head and the root's closing tags, in halves
     * down to single items where a part fails ({@link #keep}). Items that parse are kept with their places in the file, the others are named with the reason, and
     * an item the file ends in makes the feed "cut short". Null when the head itself does not parse or no
     * item is kept.
     */
    private static Salvaged salvage(byte[] bytes) {
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        String open;
        String end;
        String close;
        if (latin.contains("<rss")) {
            open = "<item";
            end = "</item>";
            close = "</channel></rss>";
        } else if (latin.contains("<rdf:RDF")) {
            open = "<item";
            end = "</item>";
            close = "</rdf:RDF>";
        } else if (latin.contains("<feed")) {
            open = "<entry";
            end = "</entry>";
            close = "</feed>";
        } else {
            return null;
        }
        int first = nextOpening(latin, open, 0);
        if (first < 0) {
            return null;
        }
        byte[] head = Arrays.copyOf(bytes, first);
        byte[] closing = close.getBytes(StandardCharsets.US_ASCII);
        Parsed parsedHead;
        try {
            parsedHead = parse(concat(head, new byte[0], closing));
        } catch (IOException | FeedException | RuntimeException e) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        Map<Integer, String> broken = new LinkedHashMap<>();
        boolean cutShort = false;
        List<int[]> ranges = new ArrayList<>(); // [start, end) of each complete item, in file order
        for (int at = first; at >= 0; ) {
            int stop = latin.indexOf(end, at);
            if (stop < 0) {
                cutShort = true;
                break;
            }
            stop += end.length();
            ranges.add(new int[] {at, stop});
            at = nextOpening(latin, open, stop);
        }
        int complete = ranges.size();
        if (complete > 0) {
            keep(bytes, head, closing, ranges, 0, complete, items, broken);
        }
        items.sort(java.util.Comparator.comparingInt(Item::number));
        return items.isEmpty() ? null : new Salvaged(parsedHead, items, broken, cutShort, complete);
    }

    /**
     * Parses the items {@code [lo, hi)} together between the head and the closing tags; when that fails the
     * range is halved, down to single items, which are then named as broken. One broken item in n costs
     * about three parses of the feed's size instead of n parses.
     */
    private static void keep(byte[] bytes, byte[] head, byte[] closing, List<int[]> ranges, int lo, int hi,
                             List<Item> items, Map<Integer, String> broken) {
        byte[] body = Arrays.copyOfRange(bytes, ranges.get(lo)[0], ranges.get(hi - 1)[1]);
        String problem;
        try {
            List<SyndEntry> entries = parse(concat(head, body, closing)).feed().getEntries();
            if (entries.size() == hi - lo) {
                for (int i = 0; i < entries.size(); i++) {
                    items.add(new Item(lo + i + 1, entries.get(i)));
                }
                return;
            }
            problem = "not one item";
        } catch (IOException | FeedException | RuntimeException e) {
            // the parser's line number counts in the part parsed alone, not in the file: left out
            problem = messageChain(e).replaceAll("Error on line \\d+: ", "");
        }
        if (hi - lo == 1) {
            broken.put(lo + 1, problem);
            return;
        }
        int mid = (lo + hi) >>> 1;
        keep(bytes, head, closing, ranges, lo, mid, items, broken);
        keep(bytes, head, closing, ranges, mid, hi, items, broken);
    }

    /** The next {@code <item} / {@code <entry} tag (not {@code <items} or {@code <entryX}) from {@code from}, or -1. */
    private static int nextOpening(String latin, String open, int from) {
        for (int i = latin.indexOf(open, from); i >= 0; i = latin.indexOf(open, i + 1)) {
            int after = i + open.length();
            if (after < latin.length()) {
                char c = latin.charAt(after);
                if (c == '>' || c == '/' || Character.isWhitespace(c)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] all = Arrays.copyOf(a, a.length + b.length + c.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
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
