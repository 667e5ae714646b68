package org.lagebild.time.pubdate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Stage;
import org.lagebild.model.Article;
import org.lagebild.model.DateSource;
import org.lagebild.model.Document;
import org.lagebild.model.Layer;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Sentence;
import org.lagebild.model.TimeExpression;
import org.lagebild.model.TimexType;
import org.lagebild.time.internal.LiteralPrefixes;
import org.lagebild.time.internal.SimpleSentences;
import org.lagebild.time.internal.Tsv;
import org.lagebild.time.timex.TimeTagger;

/**
 * Gives every article a reference time with its provenance. A known publication date (given or
 * from metadata) is kept. Otherwise a date line in the text ("Erstellt am 17.10.2024") is used
 * (source TEXT). Otherwise the date is <b>inferred</b> from the content as a window
 * [earliest, latest] with a best day, a confidence and a short explanation (source INFERRED):
 * the latest absolute date mentioned in a sentence not about the future is a lower bound; dated
 * events of a gazetteer (events.tsv) combined with a duration ("seit über fünf Monaten tobt der
 * Ukraine-Krieg"), a relative year ("im vergangenen Jahr ... Soldaten nach Russland"), a vague
 * "vor einigen Monaten", or an anniversary ("80. Gründungstag der Arbeiterpartei") give windows;
 * past-tense months without a year ("Ende April bestätigte") then raise the lower bound of a window
 * closed by such evidence. A date on a short line near the top is taken as the page's date, with
 * ten days' slack for updates; bare years outside past-tense sentences and targets ("bis 2030")
 * only widen the window upwards (by up to three years), and a day named outside a past-tense
 * sentence (an announced event) lowers its bound by two weeks. A date in a clause about the future
 * ("werden Anleger am 20.11.2025 ... erhalten", "fällig am 20.11.25", "will be held on") or in a
 * sentence in the future tense, and a year
 * that names a scheduled event ("WM 2017") are events ahead of the text (future-cues.tsv): no lower
 * bound, but an open window reaches up to them (by up to three years), and a text with only such dates
 * is taken as written in the year before the nearest; the explanation names them. With no
 * evidence at all the reference time is {@link AnnotationContext#today()} and the date stays
 * UNKNOWN. Requires LANGUAGE and SENTENCES (falls back to a simple split); provides
 * REFERENCE_TIME. Immutable and thread-safe; never reads the clock.
 */
public final class PublicationDateResolver implements Stage {
    public static final String NAME = "pubdate";

    /** A dated event of the gazetteer. */
    record Event(String id, String lang, LocalDate date, Pattern pattern, LiteralPrefixes prefilter) {
    }

    /** One piece of evidence: a window for the publication date and why. */
    record Evidence(LocalDate earliest, LocalDate latest, String why, boolean hard) {
    }

    private final TimeTagger tagger = new TimeTagger(TimeTagger.Mode.NEWS);
    private final List<Event> events = new ArrayList<>();
    private final List<String[]> datelines = new ArrayList<>();
    private final Set<String> forward = new java.util.HashSet<>();
    /** "lang:word" of future and schedule cues in a date's clause (future-cues.tsv, class FUTURE). */
    private final Set<String> future = new HashSet<>();
    /** "lang:word" that, ending a clause, make it speak of the past (future-cues.tsv, class PERFECT). */
    private final Set<String> perfect = new HashSet<>();
    /** "lang:word" of modals that before a PERFECT word report a past claim (class HEARSAY: "begangen haben soll"). */
    private final Set<String> hearsay = new HashSet<>();
    /** "lang:word" of auxiliaries that after a participle in -t make a passive, no future (class PASSIVE). */
    private final Set<String> passive = new HashSet<>();
    /** "lang:word" that in a date's clause make it past whatever the other cues (class PAST: "hätten ... werden sollen"). */
    private final Set<String> past = new HashSet<>();
    /** "lang:word" right before a date that make it a past point of reference (class ANCHOR: "Urteil vom Herbst 2015"). */
    private final Set<String> anchor = new HashSet<>();
    /** "lang:word" naming a scheduled event before its year (class EVENT: "WM 2017"). */
    private final Set<String> eventWords = new HashSet<>();
    /** "lang:-ending" of such words ("-wahl": "Präsidentschaftswahl 2017"). */
    private final List<String> eventEndings = new ArrayList<>();
    private final Pattern anniversary;
    private final Pattern datelineDate = Pattern.compile("\\s*(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})");

    public PublicationDateResolver() {
        for (Tsv.Row r : Tsv.load(PublicationDateResolver.class, "events.tsv").require("id", "lang", "date", "pattern").rows()) {
            events.add(new Event(r.get("id"), r.get("lang"), LocalDate.parse(r.get("date")),
                    Pattern.compile(r.get("pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    LiteralPrefixes.of(r.get("pattern"))));
        }
        List<String> ann = new ArrayList<>();
        for (Tsv.Row r : Tsv.load(PublicationDateResolver.class, "cues.tsv").require("word", "lang", "class").rows()) {
            if (r.get("class").equals("DATELINE")) {
                datelines.add(new String[] {r.get("word"), r.get("lang")});
            } else if (r.get("class").equals("FORWARD")) {
                forward.add(r.get("lang") + ":" + r.get("word").toLowerCase(Locale.ROOT));
            } else if (r.get("class").equals("ANNIVERSARY")) {
                ann.add(Pattern.quote(r.get("word")));
            }
        }
        for (Tsv.Row r : Tsv.load(PublicationDateResolver.class, "future-cues.tsv").require("word", "lang", "class").rows()) {
            String key = r.get("lang") + ":" + r.get("word").toLowerCase(Locale.ROOT);
            switch (r.get("class")) {
                case "FUTURE" -> future.add(key);
                case "PERFECT" -> perfect.add(key);
                case "HEARSAY" -> hearsay.add(key);
                case "PASSIVE" -> passive.add(key);
                case "PAST" -> past.add(key);
                case "ANCHOR" -> anchor.add(key);
                case "EVENT" -> {
                    if (r.get("word").startsWith("-")) {
                        eventEndings.add(key);
                    } else {
                        eventWords.add(key);
                    }
                }
                default -> throw new IllegalStateException("future-cues.tsv:" + r.line() + ": unknown class " + r.get("class"));
            }
        }
        anniversary = Pattern.compile("(?<![\\d.])(\\d{1,3})\\.\\s?(?:\\p{L}+\\s){0,2}?(?:" + String.join("|", ann) + ")(?!\\p{L})",
                Pattern.UNICODE_CASE);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.LANGUAGE, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.REFERENCE_TIME);
    }

    @Override
    public Document apply(Document document, AnnotationContext context) {
        Article a = document.article();
        if (a.published().isKnown()) {
            return document.withReferenceTime(a.published().date());
        }
        PublicationDate inferred;
        try {
            inferred = resolve(document.text(), document.sentences(), document.language(), context.today());
        } catch (RuntimeException e) {
            inferred = PublicationDate.UNKNOWN;
        }
        if (!inferred.isKnown()) {
            return document.withReferenceTime(context.today());
        }
        return document.withArticle(a.withPublished(inferred)).withReferenceTime(inferred.date());
    }

    /**
     * A text is not published after the day it is read ({@code today}, the reference time of the
     * run): a window that starts later rests on plans and targets ("2030 klimaneutral") and is no
     * evidence; one that reaches beyond it ends there. A window that opens more than
     * {@link #MAX_HISTORY_YEARS} years before it rests on history and is no evidence either.
     */
    static PublicationDate notAfter(PublicationDate p, LocalDate today) {
        if (!p.isKnown() || today == null || p.source() != DateSource.INFERRED) {
            return p;
        }
        if (p.earliest().isBefore(today.minusYears(MAX_HISTORY_YEARS))) {
            // the newest date the text mentions is history ("1215", "1945"): nothing dates the text itself
            return PublicationDate.UNKNOWN;
        }
        if (!p.latest().isAfter(today)) {
            return p;
        }
        if (p.earliest().isAfter(today)) {
            return PublicationDate.UNKNOWN;
        }
        LocalDate best = p.date().isAfter(today) ? today : p.date();
        return new PublicationDate(best, p.earliest(), today, p.source(), p.origin(), p.confidence(),
                p.explanation() + "; ends at the reference day " + today);
    }

    /**
     * The publication date of a text read on {@code today} (the reference time of the run), as
     * {@link #apply} infers it: {@link #resolve(String, List, String)}, then no later than that day
     * and not from history alone.
     */
    public PublicationDate resolve(String text, List<Sentence> sentences, String language, LocalDate today) {
        return notAfter(resolve(text, sentences, language), today);
    }

    /** The publication date of a text: from a date line, else inferred; UNKNOWN without evidence. */
    public PublicationDate resolve(String text, List<Sentence> sentences, String language) {
        String lang = "en".equals(language) ? "en" : "de";
        PublicationDate line = dateline(text, lang);
        if (line != null) {
            return line;
        }
        List<Sentence> ss = sentences.isEmpty() ? SimpleSentences.split(text) : sentences;
        PublicationDate top = topDate(text, ss, lang);
        if (top != null) {
            return top;
        }
        return infer(text, sentences.isEmpty() ? SimpleSentences.split(text) : sentences, lang);
    }

    PublicationDate dateline(String text, String lang) {
        String head = text.length() > 3000 ? text.substring(0, 3000) : text;
        for (String[] d : datelines) {
            if (!d[1].equals(lang) && !d[1].equals("*")) {
                continue;
            }
            int i = head.indexOf(d[0]);
            if (i < 0) {
                continue;
            }
            Matcher m = datelineDate.matcher(head).region(i + d[0].length(), Math.min(head.length(), i + d[0].length() + 20));
            if (m.lookingAt()) {
                try {
                    LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                    return new PublicationDate(day, day, day, DateSource.TEXT, "text:" + d[0], 0.9, "date line '" + d[0] + "'");
                } catch (RuntimeException e) {
                    // an impossible date line is no evidence
                }
            }
        }
        return null;
    }

    /**
     * A full date standing on its own short line near the top of the text is the date of the page
     * ("Montag, 28.01.2020" under a headline): pages put later dates in comments and footers.
     */
    PublicationDate topDate(String text, List<Sentence> sentences, String lang) {
        int limit = Math.min(text.length(), TOP_CHARS);
        if (!shortLineFrom(text, limit)) {
            return null; // no expression can stand on a short line: skip tagging (most articles are long paragraphs)
        }
        for (TimeExpression t : tagger.tag(text.substring(0, limit), SimpleSentences.split(text.substring(0, limit)), lang,
                LocalDate.of(2090, 7, 1))) {
            if (t.anchor() != null || t.value() == null || !t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                continue;
            }
            int ls = text.lastIndexOf('\n', t.span().start()) + 1;
            int le = text.indexOf('\n', t.span().end());
            le = le < 0 ? text.length() : le;
            if (le - ls <= SHORT_LINE) {
                LocalDate d = LocalDate.parse(t.value());
                // The top date is often the last update, a little after first publication.
                return new PublicationDate(d, d.minusDays(TOP_SLACK_DAYS), d.plusDays(1), DateSource.TEXT, "text:top-date", 0.7,
                        "date '" + t.text() + "' on its own line near the top (or up to " + TOP_SLACK_DAYS + " days earlier)");
            }
        }
        return null;
    }

    /**
     * True if a line of {@code text} (between line breaks or the text's ends) that starts at or before {@code limit}
     * is at most {@link #SHORT_LINE} chars long. Without one, {@link #topDate} finds nothing: the line around an
     * expression in the first {@code limit} chars starts at or before {@code limit} and is no longer than the
     * stretch {@code topDate} measures.
     */
    static boolean shortLineFrom(String text, int limit) {
        int ls = 0;
        while (ls <= limit) {
            int f = text.indexOf('\n', ls);
            int end = f < 0 ? text.length() : f;
            if (end - ls <= SHORT_LINE) {
                return true;
            }
            if (f < 0) {
                return false;
            }
            ls = f + 1;
        }
        return false;
    }

    private static final int TOP_CHARS = 5000;
    private static final int TOP_SLACK_DAYS = 10;
    private static final int SHORT_LINE = 120;

    PublicationDate infer(String text, List<Sentence> sentences, String lang) {
        // Pass 1: tag with a provisional reference; absolute dates do not depend on it.
        LocalDate provisional = LocalDate.of(2090, 7, 1); // two-digit years read as 19xx/20xx up to 2091
        List<TimeExpression> times = tagger.tag(text, sentences, lang, provisional);
        // An expression whose value moves with the reference ("Jahresbeginn", "im August", "Montag")
        // says nothing about the year of publication: tagged again against another reference, only
        // the values that stay put are absolute.
        Set<String> absolute = new HashSet<>();
        for (TimeExpression t : tagger.tag(text, sentences, lang, OTHER_PROVISIONAL)) {
            absolute.add(t.span().start() + ":" + t.span().end() + ":" + t.value());
        }
        List<Evidence> evidence = new ArrayList<>();
        List<Evidence> weak = new ArrayList<>();
        Set<LocalDate> wholeYears = new HashSet<>(); // lower bounds from a bare year ("2013")
        List<Evidence> ahead = new ArrayList<>(); // dates of future events, not counted
        for (Sentence s : sentences) {
            int sStart = Math.min(s.span().start(), text.length());
            String st = text.substring(sStart, Math.min(s.span().end(), text.length()));
            int tense = tagger.tense(st, lang);
            List<TimeExpression> here = times.stream().filter(t -> t.provenance().sentence() == s.index()).toList();
            for (TimeExpression t : here) {
                if (t.anchor() == null && t.type() == TimexType.DATE && t.value() != null
                        && absolute.contains(t.span().start() + ":" + t.span().end() + ":" + t.value())
                        && !forwardLooking(text, t.span().start(), lang)) {
                    // a date in a clause about the future ("werden Anleger am 20.11.2025 ... erhalten") is an
                    // event ahead of the text: no lower bound, but the text may be written until it
                    // so is a year that names a scheduled event ("WM 2017", "Präsidentschaftswahl im Jahr 2017")
                    String cue = futureCue(st, t.span().start() - sStart, t.span().end() - sStart, lang);
                    String kind = "future " + t.text() + " ('" + cue + "')";
                    if (cue == null && tense >= 0) {
                        cue = namedEvent(text, t.span().start(), lang);
                        kind = "scheduled event " + cue + " " + t.text();
                    }
                    if (cue == null && tense < 0) {
                        // a sentence in the future tense (tense.tsv: "wird", "plant", "will") as a whole
                        cue = "future tense";
                        kind = "future " + t.text() + " (future-tense sentence)";
                    }
                    if (cue != null) {
                        LocalDate start = periodStart(t.value());
                        if (start != null && start.getYear() <= MAX_YEAR) {
                            ahead.add(new Evidence(start, periodEnd(t.value(), start), kind, false));
                        }
                        continue;
                    }
                    LocalDate start = periodStart(t.value());
                    if (start != null && start.getYear() <= MAX_YEAR) {
                        // A bare year or month outside a past-tense sentence is often a plan or target
                        // ("2050 klimaneutral"); a full day or a past-tense mention is a firmer bound.
                        boolean firm = t.value().matches("\\d{4}-\\d{2}-\\d{2}.*") || tense > 0;
                        if (firm && tense == 0 && t.value().length() >= 10) {
                            // a day named outside a past-tense sentence may be an announced event
                            start = start.minusDays(ANNOUNCE_DAYS);
                        }
                        (firm ? evidence : weak).add(new Evidence(start, null, "mentions " + t.text() + " (" + t.value() + ")", false));
                        if (t.value().length() == 4) {
                            wholeYears.add(start);
                        }
                    }
                }
            }
            String folded = null; // st folded for the events' pre-filters
            for (Event e : events) {
                if (!e.lang().equals(lang)) {
                    continue;
                }
                if (e.prefilter().filters()) {
                    folded = folded == null ? LiteralPrefixes.fold(st) : folded;
                    if (!e.prefilter().mayMatch(folded)) {
                        continue; // no alternative's opening words are there: find() would fail
                    }
                }
                Matcher em = e.pattern().matcher(st);
                if (!em.find() || namesAnEarlierEvent(e, here)) {
                    continue;
                }
                evidence.add(new Evidence(e.date(), null, "mentions " + e.id() + " (" + e.date() + ")", false));
                for (TimeExpression t : here) {
                    Evidence x = withEvent(e, t, provisional);
                    if (x != null) {
                        evidence.add(x);
                    }
                }
                Matcher am = anniversary.matcher(st);
                while (am.find()) {
                    int n = Integer.parseInt(am.group(1));
                    LocalDate day = e.date().plusYears(n);
                    evidence.add(new Evidence(day.minusDays(30), day.plusDays(30),
                            n + ". anniversary of " + e.id() + " (" + day + ")", true));
                }
            }
        }
        LocalDate firmest = evidence.stream().filter(e -> !e.hard()).map(Evidence::earliest).max(LocalDate::compareTo).orElse(null);
        LocalDate weakest = null;
        for (Evidence w : weak) {
            // weak mentions raise the lower bound only where they do not outrun the firm ones;
            // beyond them they only widen the window upwards
            if (firmest == null || !w.earliest().isAfter(firmest)) {
                evidence.add(w);
            } else if (weakest == null || w.earliest().isAfter(weakest)) {
                weakest = w.earliest();
            }
        }
        if (evidence.isEmpty()) {
            return ahead.isEmpty() ? PublicationDate.UNKNOWN : beforeFuture(ahead);
        }
        LocalDate earliest = null;
        LocalDate latest = null;
        List<String> why = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.hard()) {
                LocalDate lo = earliest == null || e.earliest().isAfter(earliest) ? e.earliest() : earliest;
                LocalDate hi = latest == null || e.latest().isBefore(latest) ? e.latest() : latest;
                if (hi.isBefore(lo)) {
                    why.add("ignored conflicting: " + e.why());
                    continue;
                }
                earliest = lo;
                latest = hi;
                why.add(e.why());
            }
        }
        boolean closed = latest != null;
        for (Evidence e : evidence) {
            if (!e.hard() && (earliest == null || e.earliest().isAfter(earliest))) {
                if (latest != null && e.earliest().isAfter(latest)) {
                    why.add("ignored conflicting: " + e.why());
                    continue;
                }
                earliest = e.earliest();
                why.add(e.why());
            }
        }
        if (latest == null) {
            // a year after the newest period the text names: a day or month plus a year; a bare year
            // ("im Jahr 2013 stieg …", often written early in the next) to the end of the next year
            latest = earliest.plusYears(wholeYears.contains(earliest) ? 2 : 1);
            if (weakest != null) {
                LocalDate cap = earliest.plusYears(MAX_WIDEN_YEARS);
                LocalDate reach = weakest.plusYears(1).isBefore(cap) ? weakest.plusYears(1) : cap;
                if (reach.isAfter(latest)) {
                    latest = reach;
                    why.add("widened to " + latest + " by later mentions outside past-tense sentences");
                }
            }
            // a future event the text announces may lie further ahead: the text may be written until it
            LocalDate cap = earliest.plusYears(MAX_WIDEN_YEARS);
            for (Evidence f : ahead) {
                LocalDate reach = f.latest().isBefore(cap) ? f.latest() : cap;
                if (reach.isAfter(latest)) {
                    latest = reach;
                    why.add("widened to " + latest + " by " + f.why());
                }
            }
        }
        // Pass 2: past-tense months and seasons without a year, resolved inside a window closed by
        // hard evidence; in an open window such a month is as likely from the year before.
        LocalDate mid = earliest.plusDays(ChronoUnit.DAYS.between(earliest, latest) / 2);
        for (TimeExpression t : closed ? tagger.tag(text, sentences, lang, mid) : List.<TimeExpression>of()) {
            if (!"DCT".equals(t.anchor()) || t.value() == null || t.type() != TimexType.DATE || t.provenance().sentence() < 0) {
                continue;
            }
            String rule = t.provenance().rule();
            if (!(rule.equals("month") || rule.equals("part-month") || rule.equals("season") || rule.equals("day-month"))) {
                continue;
            }
            Sentence s = sentences.get(t.provenance().sentence());
            String st = text.substring(s.span().start(), Math.min(s.span().end(), text.length()));
            if (tagger.tense(st, lang) <= 0) {
                continue;
            }
            LocalDate start = periodStart(t.value());
            if (start == null) {
                continue;
            }
            if ("END".equals(t.mod())) {
                start = start.withDayOfMonth(21);
            } else if ("MID".equals(t.mod())) {
                start = start.withDayOfMonth(11);
            }
            if (start.isAfter(earliest) && !start.isAfter(latest)) {
                earliest = start;
                why.add("past-tense " + t.text() + " (" + t.value() + ")");
            }
        }
        // say which later dates were left out as events ahead of the text (at most three)
        Set<String> told = new java.util.LinkedHashSet<>();
        for (Evidence f : ahead) {
            if (f.earliest().isAfter(earliest) && why.stream().noneMatch(w -> w.endsWith(" by " + f.why()))) {
                told.add(f.why());
            }
        }
        if (!told.isEmpty()) {
            List<String> shown = told.stream().limit(3).toList();
            why.add("not counted: " + String.join(", ", shown) + (told.size() > 3 ? " and " + (told.size() - 3) + " more" : ""));
        }
        long width = ChronoUnit.DAYS.between(earliest, latest);
        LocalDate best = closed ? earliest.plusDays(width / 2) : earliest.plusDays(Math.min(14, width));
        double confidence = width <= 62 ? 0.8 : width <= 200 ? 0.6 : width <= 400 ? 0.4 : 0.2;
        String explanation = "inferred window " + earliest + ".." + latest + " from: " + String.join("; ", why);
        return new PublicationDate(best, earliest, latest, DateSource.INFERRED, "content", confidence, explanation);
    }

    /**
     * The word among the three before {@code pos} that names a scheduled event with its year (class EVENT
     * of future-cues.tsv: "WM 2017", "Neujahrskonzert 2017", "Präsidentschaftswahl im Jahr 2017"; a row
     * starting with "-" is a word ending), or null.
     */
    String namedEvent(String text, int pos, String lang) {
        int from = pos;
        while (from > Math.max(0, pos - 40) && !clauseMark(text, from - 1)) {
            from--;
        }
        Matcher m = WORD_BEFORE.matcher(text.substring(from, pos));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        for (int i = Math.max(0, words.size() - 3); i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (eventWords.contains(lang + ":" + w)) {
                return words.get(i);
            }
            for (String end : eventEndings) {
                if (end.startsWith(lang + ":") && w.endsWith(end.substring(lang.length() + 2))) {
                    return words.get(i);
                }
            }
        }
        return null;
    }

    /** True if the one or two words before {@code pos} make the date a target ("bis 2030", "ab dem Jahr 2025"). */
    boolean forwardLooking(String text, int pos, String lang) {
        Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, pos - 30), pos));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        for (int i = Math.max(0, words.size() - 3); i < words.size(); i++) {
            if (forward.contains(lang + ":" + words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The future or schedule cue (future-cues.tsv, class FUTURE) in the clause of the date at
     * [{@code start}, {@code end}) of sentence {@code s}, or null: "werden Anleger am 20.11.2025 ...
     * erhalten", "fällig am 20.11.25". The clause runs between the punctuation marks around the date; one
     * that ends on a PERFECT word ("soll am 3. März 2015 ... begangen haben") speaks of the past.
     */
    String futureCue(String s, int start, int end, String lang) {
        int from = Math.max(0, Math.min(start, s.length()));
        while (from > 0 && !clauseMark(s, from - 1)) {
            from--;
        }
        int to = Math.max(from, Math.min(end, s.length()));
        while (to < s.length() && !clauseMark(s, to)) {
            to++;
        }
        Matcher b = WORD_BEFORE.matcher(s).region(from, Math.max(from, Math.min(start, s.length())));
        String prev = null;
        while (b.find()) {
            prev = lang + ":" + b.group().toLowerCase(Locale.ROOT);
        }
        if (prev != null && anchor.contains(prev)) {
            return null;
        }
        Matcher m = WORD_BEFORE.matcher(s).region(from, to);
        String cue = null;
        String before = null;
        String last = null;
        while (m.find()) {
            String w = lang + ":" + m.group().toLowerCase(Locale.ROOT);
            if (past.contains(w)) {
                return null;
            }
            boolean afterParticiple = last != null && last.endsWith("t") && Character.isLowerCase(last.charAt(lang.length() + 1));
            if (cue == null && future.contains(w) && !(passive.contains(w) && afterParticiple)) {
                cue = m.group();
            }
            before = last;
            last = w;
        }
        boolean perfectClause = perfect.contains(last) || before != null && perfect.contains(before) && hearsay.contains(last);
        return cue != null && !perfectClause ? cue : null;
    }

    /** True if the character at {@code i} ends a clause: a punctuation mark, a comma not between digits, a spaced dash. */
    static boolean clauseMark(String s, int i) {
        char c = s.charAt(i);
        if (c == ',') {
            return !(i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1)));
        }
        if (c == '-') {
            return i > 0 && i + 1 < s.length() && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ';
        }
        if (c == '.') {
            // a full stop the sentence split missed ("knapp 1.700. Allerdings"), not an ordinal ("3. März")
            boolean next = i + 2 < s.length() && Character.isWhitespace(s.charAt(i + 1)) && Character.isUpperCase(s.charAt(i + 2));
            int d = 0;
            while (i - 1 - d >= 0 && Character.isDigit(s.charAt(i - 1 - d))) {
                d++;
            }
            return next && (d >= 3 || d == 0 && i > 1 && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i - 2)));
        }
        return ";:()[]–—\"„“”»«?!".indexOf(c) >= 0;
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("\\p{L}+");
    /**
     * A window whose lower bound lies more than this many years before the day the text is read rests on
     * history only (an article that names 1215 or 1945 as its newest date), not on the text's own time.
     */
    static final int MAX_HISTORY_YEARS = 25;
    /** Years beyond this are no evidence of a publication date (numbers misread as years). */
    private static final int MAX_YEAR = 2100;
    /** A second reference, to tell absolute expressions from those resolved against the reference. */
    private static final LocalDate OTHER_PROVISIONAL = LocalDate.of(2087, 3, 15);
    /** How far weak later mentions may widen an open window beyond one year. */
    private static final int MAX_WIDEN_YEARS = 3;
    /** How long before an announced day (a date in a sentence not in the past tense) a page may be published. */
    private static final int ANNOUNCE_DAYS = 14;
    /** How long before the nearest future event a text whose only dates are future events may be written. */
    private static final int FUTURE_LEAD_YEARS = 1;

    /**
     * Whether the sentence dates the named event before the gazetteer's day: "Während des vergangenen
     * Gaza-Krieges starben im Sommer 2014 …" is an earlier war of that name, not the one of the
     * gazetteer, and says nothing about the publication date.
     */
    static boolean namesAnEarlierEvent(Event e, List<TimeExpression> sentence) {
        for (TimeExpression t : sentence) {
            if (t.anchor() == null && t.type() == TimexType.DATE && t.value() != null && t.value().matches("\\d{4}.*")) {
                LocalDate start = periodStart(t.value());
                if (start != null && start.getYear() < e.date().getYear()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Evidence from a time expression in the same sentence as a dated event, or null. */
    Evidence withEvent(Event e, TimeExpression t, LocalDate provisional) {
        String v = t.value();
        if (v == null) {
            return null;
        }
        if (t.type() == TimexType.DURATION) {
            Matcher m = Pattern.compile("P(\\d{1,3})([YMWD])").matcher(v);
            if (!m.matches()) {
                return null;
            }
            int n = Integer.parseInt(m.group(1));
            ChronoUnit u = switch (m.group(2)) {
                case "Y" -> ChronoUnit.YEARS;
                case "M" -> ChronoUnit.MONTHS;
                case "W" -> ChronoUnit.WEEKS;
                default -> ChronoUnit.DAYS;
            };
            int lo = "LESS_THAN".equals(t.mod()) ? n - 1 : n;
            return new Evidence(e.date().plus(lo, u), e.date().plus(lo + 1L, u),
                    "'" + t.text() + "' since " + e.id() + " (" + e.date() + ")", true);
        }
        if ("DCT".equals(t.anchor()) && v.matches("\\d{4}") && t.provenance().rule().startsWith("rel:")) {
            int offset = Integer.parseInt(v) - provisional.getYear();
            int year = e.date().getYear() - offset;
            return new Evidence(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                    "'" + t.text() + "' is " + e.id() + " (" + e.date().getYear() + ")", true);
        }
        if (t.provenance().rule().equals("ago") && v.equals("PAST_REF") && t.text().toLowerCase(Locale.ROOT).contains("monat")) {
            return new Evidence(e.date().plusMonths(1), e.date().plusMonths(12),
                    "'" + t.text() + "' after " + e.id() + " (" + e.date() + ")", true);
        }
        return null;
    }

    /**
     * The window of a text whose only dates are future events it announces ("soll 2016 erscheinen"): it
     * is written before the nearest of them ends, and news announces events mostly within the year
     * before them.
     */
    static PublicationDate beforeFuture(List<Evidence> ahead) {
        Evidence near = ahead.get(0);
        for (Evidence f : ahead) {
            if (f.latest().isBefore(near.latest())) {
                near = f;
            }
        }
        LocalDate earliest = near.earliest().minusYears(FUTURE_LEAD_YEARS);
        LocalDate latest = near.latest();
        long width = ChronoUnit.DAYS.between(earliest, latest);
        double confidence = width <= 200 ? 0.4 : 0.2;
        return new PublicationDate(earliest.plusDays(width / 2), earliest, latest, DateSource.INFERRED, "content", confidence,
                "inferred window " + earliest + ".." + latest + " from: only future or scheduled events, the nearest " + near.why()
                        + " (taken as written in the year before it)");
    }

    /** The day after a TIMEX date value's period (day, month, season, year) that starts on {@code start}. */
    static LocalDate periodEnd(String v, LocalDate start) {
        if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return start.plusDays(1);
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return start.plusMonths(1);
        }
        if (v.matches("\\d{4}-(SP|SU|FA|WI)")) {
            return start.plusMonths(3);
        }
        return start.plusYears(1);
    }

    /** The first day of a TIMEX date value (year, month, day, season, week), or null. */
    static LocalDate periodStart(String v) {
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(v.substring(0, 10));
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(v + "-01");
            }
            if (v.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(v), 1, 1);
            }
            if (v.matches("\\d{4}-(SP|SU|FA|WI)")) {
                int m = switch (v.substring(5)) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), m, 1);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
