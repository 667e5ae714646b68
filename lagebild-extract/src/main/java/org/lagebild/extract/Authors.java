package org.lagebild.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.extract.boilerplate.DataFile;
import org.lagebild.model.BlockType;
import org.lagebild.model.MetaField;

/**
 * The article's authors, as the names a reader finds in its byline: the "author" fields of the page, taken from
 * the first source that names a person, in this order: JSON-LD persons ({@code jsonld:author}), the byline or
 * dateline in the text ({@code byline-line}, {@code dateline}), author elements of the page ({@code html:author}:
 * hCard, {@code rel=author}, {@code itemprop=author}), the byline block (names read out of it with the words of
 * {@code author-words.tsv}; a meta author found in it is taken as written), {@code meta:author}, last an element
 * whose class names an author or byline ({@code html:byline-class}, read like the byline block). The meta author of a
 * page without article markup ({@link HtmlMetadata#UNMARKED_AUTHOR}, often the site owner in every page's template)
 * counts only when the byline block names it. Organisations
 * ({@code jsonld:author-organization}, names with a word of kind "organisation") are the publisher, never an author.
 * A name the page's text never shows (only its JSON-LD, a meta tag or an attribute holds it: a CMS user, a template's
 * "Nature Editorial"; {@link HtmlMetadata#NOT_SHOWN}) is not shown; the next source that names someone is taken.
 * A one-word name ("Henry", "Steinberg") is shown as the full name the page gives it elsewhere
 * ({@link HtmlMetadata#FULL_NAME}: another author field, or the one two-word name the page's text shows with it).
 * Every name is cleaned: e-mail addresses and handles go, a web address, domain or the site's own name is not a
 * name, nor is a placeholder ("Unknown", "admin"). Stateless; the word list is loaded once.
 */
final class Authors {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Authors INSTANCE = load();
    private static final Pattern SEGMENT = Pattern.compile("\\s*(?:[·•|\\n]|\\s[-–—]\\s|\\s[-–—]$)\\s*");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:[,;/]|\\s(?:und|and|&)\\s)\\s*");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+|(?<=\\p{L})@\\w+|(?<!\\S)@\\w+");
    private static final Pattern WEB = Pattern.compile("(?:https?://|www\\.)\\S*|[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,3}",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern COMMA_END = Pattern.compile("\\p{L}\\.?\\s*,\\s*$");
    /** Characters that never stand in a person's name (a headline or a sentence has them). */
    private static final Pattern NOT_A_NAME = Pattern.compile("[!?\"“”„«»]");
    private static final int MAX_NAME = 60;
    private static final int MAX_WORDS = 6;

    private final Pattern prefix;
    private final Pattern stop;
    private final Pattern organisation;
    private final Pattern placeholder;
    private final Pattern particle;
    private final DataFile file;

    private Authors(Pattern prefix, Pattern stop, Pattern organisation, Pattern placeholder, Pattern particle, DataFile file) {
        this.prefix = prefix;
        this.stop = stop;
        this.organisation = organisation;
        this.placeholder = placeholder;
        this.particle = particle;
        this.file = file;
    }

    static Authors get() {
        return INSTANCE;
    }

    /** The rows of {@code author-words.tsv}: id, kind, pattern, example_match, example_nomatch, example_names. */
    List<List<String>> rows() {
        return file.rows();
    }

    private static Authors load() {
        DataFile f = DataFile.load(Authors.class, "author-words.tsv", "id", "kind", "pattern", "example_match",
                "example_nomatch", "example_names");
        StringBuilder pre = new StringBuilder();
        StringBuilder st = new StringBuilder();
        StringBuilder org = new StringBuilder();
        StringBuilder none = new StringBuilder();
        StringBuilder part = new StringBuilder();
        for (List<String> r : f.rows()) {
            StringBuilder sb = switch (r.get(1).strip()) {
                case "prefix" -> pre;
                case "stop" -> st;
                case "organisation" -> org;
                case "placeholder" -> none;
                case "particle" -> part;
                default -> throw new IllegalStateException(f.resource()
                        + ": kind must be prefix, stop, organisation, placeholder or particle: " + r.get(1));
            };
            f.regex(r, 2, 0); // a broken row fails with the file and its id
            sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(r.get(2)).append(')');
        }
        return new Authors(Pattern.compile("(?:" + or(pre) + ")[\\s:]*", FLAGS), Pattern.compile(or(st), FLAGS),
                Pattern.compile(or(org), FLAGS), Pattern.compile(or(none), FLAGS), Pattern.compile(or(part)), f);
    }

    private static String or(StringBuilder sb) {
        return sb.length() == 0 ? "(?!)" : sb.toString();
    }

    /** Whether a prefix row's pattern opens {@code text}. */
    boolean opensWithPrefix(String text) {
        Matcher m = prefix.matcher(text.strip());
        return m.lookingAt();
    }

    boolean stops(String text) {
        return stop.matcher(text).find();
    }

    boolean organisation(String name) {
        return organisation.matcher(name).find();
    }

    /** Whether a whole name stands for nobody ("Unknown", "admin"). */
    boolean placeholder(String name) {
        return placeholder.matcher(name.strip()).matches();
    }

    /**
     * The byline to show: the authors' names joined by ", ", or null when the page names nobody.
     *
     * @param cands the article's blocks (the first {@link BlockType#BYLINE} is read when no field names anyone)
     * @param meta all metadata fields of the article
     */
    static String byline(List<Candidate> cands, List<MetaField> meta) {
        List<String> names = get().names(cands, meta);
        return names.isEmpty() ? null : String.join(", ", names);
    }

    List<String> names(List<Candidate> cands, List<MetaField> meta) {
        List<String> names = chosen(cands, meta);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String full = fullName(n, meta);
            if (!out.contains(full)) {
                out.add(full);
            }
        }
        return out;
    }

    /**
     * The full name the page gives a one-word name ({@link HtmlMetadata#FULL_NAME}: "Henry" is "Henry Steinhau"),
     * else the name as it is.
     */
    private static String fullName(String name, List<MetaField> meta) {
        if (name.contains(" ")) {
            return name;
        }
        for (MetaField m : meta) {
            if (m.name().equals(HtmlMetadata.FULL_NAME)
                    && List.of(m.value().split("\\s+")).stream().anyMatch(w -> w.equalsIgnoreCase(name))) {
                return m.value();
            }
        }
        return name;
    }

    private List<String> chosen(List<Candidate> cands, List<MetaField> meta) {
        Set<String> site = new LinkedHashSet<>();
        for (MetaField m : meta) {
            if (m.name().equals("publisher")) {
                site.add(m.value().toLowerCase(Locale.ROOT));
            }
        }
        for (String[] origins : new String[][] {{"jsonld:author"}, {"byline-line", "dateline"}, {"html:author"}}) {
            List<String> found = fromFields(meta, site, origins);
            if (!found.isEmpty()) {
                return found;
            }
        }
        String block = null;
        for (Candidate c : cands) {
            if (c.type == BlockType.BYLINE) {
                block = Lines.fold(c.text);
                break;
            }
        }
        List<String> metaAuthors = fromFields(meta, site, "meta:author", "meta:article:author");
        if (block != null) {
            String key = Lines.key(block);
            List<String> named = new ArrayList<>(metaAuthors);
            named.addAll(fromFields(meta, site, HtmlMetadata.UNMARKED_AUTHOR));
            List<String> inBlock = named.stream().filter(a -> key.contains(Lines.key(a))).toList();
            if (!inBlock.isEmpty()) {
                return inBlock;
            }
            List<String> read = new ArrayList<>();
            for (String n : fromByline(block)) {
                addName(read, n, site);
            }
            if (!read.isEmpty()) {
                return read;
            }
        }
        if (!metaAuthors.isEmpty()) {
            return metaAuthors;
        }
        return fromFields(meta, site, "html:byline-class");
    }

    /** The person names of the fields with these origins; organisations are the publisher, not authors. */
    private List<String> fromFields(List<MetaField> meta, Set<String> site, String... origins) {
        List<String> wanted = List.of(origins);
        Set<String> hidden = new LinkedHashSet<>();
        for (MetaField m : meta) {
            if (m.name().equals(HtmlMetadata.NOT_SHOWN)) {
                hidden.add(shownKey(m.value()));
            }
        }
        List<String> out = new ArrayList<>();
        for (MetaField m : meta) {
            if (!m.name().equals("author") || !wanted.contains(m.origin())) {
                continue;
            }
            for (String n : fieldNames(m)) {
                String c = clean(n, site);
                if (c == null || !hidden.contains(shownKey(c))) {
                    addName(out, n, site);
                }
            }
        }
        return out;
    }

    /** The names an author field gives as written: a byline's names, else the whole value. */
    List<String> fieldNames(MetaField m) {
        String v = m.value();
        return m.origin().startsWith("html:") || opensWithPrefix(v) || stops(v) ? fromByline(v) : List.of(v);
    }

    /**
     * A text compared for whether a name is shown on the page: lower case, white space collapsed, soft hyphens and
     * zero-width characters gone, typographic apostrophes plain ("Mat&amp;shy;thi&amp;shy;as Lauerer" shows "Matthias
     * Lauerer").
     */
    static String shownKey(String s) {
        // one pass instead of three regular expressions: it runs over a page's whole text
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\uFEFF') {
                continue; // soft hyphen, zero-width characters
            }
            if (c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == ' ' || c == '\t'
                    || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c == '’' || c == '‘' || c == '`' || c == '´' ? '\'' : c);
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    private void addName(List<String> out, String raw, Set<String> site) {
        String n = clean(raw, site);
        if (n != null && !placeholder(n) && !organisation(n) && !out.contains(n)) {
            out.add(n);
        }
    }

    /**
     * A name as written, without e-mail addresses, handles and trailing punctuation; null when nothing like a
     * name is left (empty, a web address or domain, the site's own name, too long for a name).
     */
    static String clean(String raw, Set<String> site) {
        if (raw == null) {
            return null;
        }
        String n = Lines.fold(EMAIL.matcher(Lines.clean(raw)).replaceAll(" "));
        n = n.replaceAll("^[\\s,;:|·•\\-–—]+|[\\s,;:|·•\\-–—]+$", "").strip();
        if (n.isEmpty() || NOT_A_NAME.matcher(n).find() || WEB.matcher(n).matches() || n.startsWith("http") || n.length() > MAX_NAME
                || n.split("\\s+").length > MAX_WORDS || !n.codePoints().anyMatch(Character::isLetter)
                || site.contains(n.toLowerCase(Locale.ROOT)) || !INSTANCE.capitalised(n)) {
            return null;
        }
        return n;
    }

    /**
     * True if a name of several words writes each word with a capital, apart from name particles ("von der",
     * "van", "de"; kind {@code particle}): "linksc Creating Search Engine API Message" and "Revised Edition Edited by
     * Adrian Parr" are no names. One word may be written anyhow: blogs sign with handles ("gnaddrig").
     */
    boolean capitalised(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2) {
            return true;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !particle.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names in a visible byline: the part after a prefix word ("Von", "By", "Autor:") or, when no part has
     * one, the first part without digits; cut where a role, an update note or a date begins, split on , ; / and
     * "und"/"and"/"&amp;"; web addresses dropped.
     */
    List<String> fromByline(String byline) {
        String text = Lines.fold(EMAIL.matcher(byline).replaceAll(" "));
        String names = null;
        String[] parts = SEGMENT.split(text);
        for (String part : parts) {
            String after = afterPrefix(part.strip());
            if (after != null) {
                names = after;
                break;
            }
        }
        if (names == null) {
            for (String part : parts) {
                if (!part.isBlank() && !DIGIT.matcher(part).find()) {
                    names = part;
                    break;
                }
            }
        }
        if (names == null && parts.length > 0) {
            Matcher first = DIGIT.matcher(parts[0]);
            if (first.find() && COMMA_END.matcher(parts[0].substring(0, first.start())).find()) {
                names = parts[0]; // "Janic Cathomen, 01.12.2021": the names, a comma, the date
            }
        }
        if (names == null) {
            return List.of();
        }
        Matcher s = stop.matcher(names);
        if (s.find() && s.start() > 0) {
            names = names.substring(0, s.start());
        }
        Matcher d = DIGIT.matcher(names);
        if (d.find()) {
            names = names.substring(0, d.start());
        }
        List<String> out = new ArrayList<>();
        for (String n : NAME_SPLIT.split(names)) {
            String c = clean(n, Set.of());
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The text after a prefix word at the start of {@code part} or right after a date or time; else null. */
    private String afterPrefix(String part) {
        Matcher m = prefix.matcher(part);
        if (m.lookingAt()) {
            return part.substring(m.end());
        }
        while (m.find()) {
            int at = m.start();
            while (at < m.end() && Character.isWhitespace(part.charAt(at))) {
                at++;
            }
            if (at > 0 && !Character.isLetter(part.charAt(at - 1)) && DIGIT.matcher(part.substring(0, at)).find()) {
                return part.substring(m.end());
            }
        }
        return null;
    }
}
