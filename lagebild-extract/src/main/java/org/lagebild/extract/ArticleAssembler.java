package org.lagebild.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;
import org.lagebild.model.ArticleIds;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.DateSource;
import org.lagebild.model.MetaField;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.RemovedText;
import org.lagebild.model.Span;

/**
 * Joins typed candidates into the clean text (blocks separated by a blank line), orders removed
 * pieces by their input position, and resolves id,
 * publisher, byline and stated publication date from the record and the collected metadata. Stateless.
 */
final class ArticleAssembler {
    private static final String SEPARATOR = "\n\n";
    private static final int MAX_ID = 64;

    private ArticleAssembler() {
    }

    /** The metadata a record states itself, with "record:FIELD" origins. */
    /** True if the text holds a letter or a digit. */
    private static boolean hasWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static List<MetaField> recordMeta(SourceRecord r) {
        List<MetaField> meta = new ArrayList<>();
        addIf(meta, "title", r.title(), "record:title");
        addIf(meta, "url", r.url(), "record:url");
        addIf(meta, "publisher", r.source(), "record:source");
        addIf(meta, "language", r.language(), "record:language");
        addIf(meta, "published", r.published(), "record:published");
        addIf(meta, "charset", r.charset(), "record:charset");
        addIf(meta, "crawl_date", r.crawlDate(), "record:crawlDate");
        return meta;
    }

    static void addIf(List<MetaField> meta, String name, String value, String origin) {
        if (value != null && !value.isBlank()) {
            meta.add(new MetaField(name, Lines.fold(Lines.clean(value)), origin));
        }
    }

    static Article assemble(SourceRecord rec, String format, String title, List<Candidate> cands,
                            List<RemovedText> removed, List<MetaField> meta, String language)
            throws ExtractionException {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        boolean body = false;
        removed = new ArrayList<>(removed);
        for (Candidate c : cands) {
            if (c.type == null || c.text.isBlank()) {
                continue;
            }
            if ((c.type == BlockType.CAPTION || c.type == BlockType.CREDIT) && !hasWord(c.text)) {
                // what is left of a caption whose words went to a credit: "©", "|", "Foto:"-less punctuation
                removed.add(new RemovedText(c.text, "caption without words", "extract.empty-caption", c.position));
                continue;
            }
            String t = switch (c.type) {
                case LEAD, HIGHLIGHT, PARAGRAPH, LIST_ITEM, QUOTE, CAPTION -> TextRepair.repairGluedSentences(c.text);
                default -> c.text;
            };
            if (text.length() > 0) {
                text.append(SEPARATOR);
            }
            int start = text.length();
            text.append(t);
            blocks.add(new Block(c.type, new Span(start, text.length())));
            body |= c.type.isBody() && c.type != BlockType.TITLE;
        }
        if (!body) {
            throw new ExtractionException("no text left after boilerplate removal");
        }
        String clean = text.toString();
        String id = sanitiseId(rec.id());
        if (id == null) {
            id = ArticleIds.of(title, clean);
        }
        List<RemovedText> inOrder = new ArrayList<>(removed);
        inOrder.sort(java.util.Comparator.comparingInt(r -> r.position() < 0 ? Integer.MAX_VALUE : r.position()));
        String publisher = publisher(meta);
        String host = publisher == null ? host(canonical(meta, rec.url())) : null;
        if (host != null) {
            // no site name in the record or the page: the outlet is the site the article came from
            meta = new ArrayList<>(meta);
            meta.add(new MetaField("publisher", host, "url-host"));
            publisher = host;
        }
        return new Article(id, nonNull(rec.input(), ""), nonNull(format, rec.format()), rec.url(), title, clean,
                blocks, inOrder, meta, language, publisher, Authors.byline(cands, meta),
                published(meta, Dates.zone(canonical(meta, rec.url()), language)));
    }

    private static String nonNull(String s, String fallback) {
        return s == null ? (fallback == null ? "" : fallback) : s;
    }

    static String sanitiseId(String id) {
        if (id == null) {
            return null;
        }
        String s = id.strip().replaceAll("[^A-Za-z0-9._-]+", "_");
        if (s.length() > MAX_ID) {
            s = s.substring(0, MAX_ID);
        }
        return s.replace("_", "").isEmpty() ? null : s;
    }

    /** A host that names a site: two or more labels, with a letter in the top-level one (not an IP address). */
    private static final java.util.regex.Pattern SITE_HOST =
            java.util.regex.Pattern.compile("(?:[\\p{Ll}\\p{N}](?:[\\p{Ll}\\p{N}-]*[\\p{Ll}\\p{N}])?\\.)+\\p{Ll}[\\p{Ll}\\p{N}-]*");

    /**
     * The site of a web address, as a reader names an outlet: the host without "www.", "m." or "amp." in front
     * ("n-tv.de" for https://www.n-tv.de/…; the host as it is, no brand name made up). For an archived copy
     * (https://web.archive.org/web/2016…/http://www.wkrn.com:80/story/…) the original's host. Null when the address
     * has no host that names a site (a file path, an IP address, localhost).
     */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.lastIndexOf("://");
        if (scheme < 0) {
            return null;
        }
        String host = url.substring(scheme + 3).replaceFirst("[/?#].*$", "").replaceFirst("^[^@]*@", "")
                .replaceFirst(":\\d*$", "").toLowerCase(java.util.Locale.ROOT);
        host = host.replaceFirst("^(?:www\\d?|m|amp|mobil|mobile)\\.(?=[^.]+\\.)", "");
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return SITE_HOST.matcher(host).matches() ? host : null;
    }

    private static String publisher(List<MetaField> meta) {
        for (String origin : List.of("agency-code", "promo-line", "record:source")) {
            for (MetaField m : meta) {
                if (m.name().equals("publisher") && m.origin().equals(origin)) {
                    return m.value();
                }
            }
        }
        return meta.stream().filter(m -> m.name().equals("publisher")).map(MetaField::value).findFirst().orElse(null);
    }

    private static String canonical(List<MetaField> meta, String url) {
        return url != null ? url : meta.stream().filter(m -> m.name().equals("canonical_url")).map(MetaField::value)
                .findFirst().orElse(null);
    }

    /**
     * The stated publication date; a date after the crawl date (when known) is a wrong one and skipped. A
     * timestamp with an offset gives its day in the publisher's zone (null: as stated).
     */
    private static PublicationDate published(List<MetaField> meta, java.time.ZoneId zone) {
        PublicationDate metadata = null;
        PublicationDate textual = null;
        LocalDate crawled = meta.stream().filter(m -> m.name().equals("crawl_date")).map(m -> Dates.parse(m.value()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        for (MetaField m : meta) {
            if (!m.name().equals("published")) {
                continue;
            }
            LocalDate d = Dates.parse(m.value(), zone);
            if (d == null || (crawled != null && d.isAfter(crawled))) {
                continue;
            }
            if (m.origin().startsWith("record:")) {
                return PublicationDate.stated(d, DateSource.GIVEN, m.origin());
            } else if (m.origin().equals("dateline")) {
                textual = textual == null ? PublicationDate.stated(d, DateSource.TEXT, m.origin()) : textual;
            } else {
                metadata = metadata == null ? PublicationDate.stated(d, DateSource.METADATA, m.origin()) : metadata;
            }
        }
        if (metadata != null && !metadata.origin().equals("url-path")) {
            // The URL path keeps the day of first publication: metadata moves with time zones (a day) and with
            // edits or re-publication (months).
            for (MetaField m : meta) {
                LocalDate d = m.name().equals("published") && m.origin().equals("url-path") ? Dates.parse(m.value()) : null;
                if (d != null && !d.equals(metadata.date())) {
                    return PublicationDate.stated(d, DateSource.METADATA, m.origin());
                }
            }
        }
        return metadata != null ? metadata : textual != null ? textual : PublicationDate.UNKNOWN;
    }
}
