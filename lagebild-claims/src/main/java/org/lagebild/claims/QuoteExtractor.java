package org.lagebild.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Stage;
import org.lagebild.model.Argument;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;
import org.lagebild.model.Layer;
import org.lagebild.model.Provenance;
import org.lagebild.model.Quote;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;

/**
 * Finds direct quotes („…“, "…", »…«, «…», ‚…‘, “…”; over several sentences of one paragraph) and indirect speech
 * (a reporting verb with a "dass" clause or a Konjunktiv I clause) in a document's clean text, with the cue verb and
 * the speaker: a named entity next to the cue verb, or a pronoun ("sagte er") resolved to the last named speaker.
 * In: {@link Layer#LANGUAGE}, {@link Layer#SENTENCES}, {@link Layer#ENTITIES}. Out: {@link Layer#QUOTES}, sorted by
 * offset; a quote's span covers its message (without the quotation marks), spans are into the clean text.
 *
 * <p>Quotation marks that never close within their paragraph, nested or unbalanced marks give no quote or a shorter
 * one, never an exception; time is linear in the text length. Stateless after construction and thread-safe.
 */
public final class QuoteExtractor implements Stage {

    /** The stage name recorded in provenance. */
    public static final String NAME = "quotes";
    private static final int MAX_QUOTE = 4000;
    /** The most words of an English speaker between a quote and its verb ("…," a law enforcement source said.). */
    private static final int MAX_SPEAKER_BEFORE = 5;
    /** An age before a speaker's name ("61-year-old"). */
    /** A party tag or an age between commas after a speaker's name ("R-Texas", "D-Calif", "45"). */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("[RDI]-\\p{Lu}\\p{L}*|\\d{1,3}");
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}-year-old");
    private static final String OPEN = "\u201E\u201C\"\u00BB\u00AB\u201A\u2039";

    /**
     * A quote with the spans that evaluations score: {@code cue} is the cue word outside the message (null when there
     * is none, or when the cue lies inside the message as in reported speech "X forderte Y."), {@code particle} its
     * separated particle ("teilte … mit"), {@code auxiliary} the finite auxiliary of a participle cue ("hatte …
     * gesagt"), and {@code hole} the cue and source words inside the message span ("Am Samstag starben laut Polizei
     * vier Menschen"), which are not part of the message. Each may be null.
     */
    public record Attributed(Quote quote, Span cue, Span particle, Span auxiliary, Span hole) {
        /** A quote with its cue only. */
        public Attributed(Quote quote, Span cue) {
            this(quote, cue, null, null, null);
        }
    }

    private record CueHit(Words words, int verb) {
    }

    private final Lexicon lex;
    private final QuoteWords words;

    /** A quote extractor over the bundled word lists. */
    public QuoteExtractor() {
        this.lex = Lexicon.load();
        this.words = QuoteWords.load();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.LANGUAGE, Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.QUOTES);
    }

    @Override
    public Document apply(Document document, AnnotationContext context) {
        if (!ClaimExtractor.readable(document)) {
            return document.withQuotes(List.of());
        }
        List<Quote> found = new ArrayList<>();
        for (Attributed a : find(document)) {
            found.add(a.quote());
        }
        return document.withQuotes(resolveSpeakers(document, found));
    }

    /**
     * Speakers that are no name ("er" without a person in the sentence before, "nach eigenen Angaben") get the
     * entity they refer to (source-referents.tsv), or the description they refer to as their name ("der Präsident",
     * no entity); span and text stay as written, as SpkAtt annotates them.
     */
    static List<Quote> resolveSpeakers(Document document, List<Quote> quotes) {
        Set<String> persons = new java.util.HashSet<>();
        for (EntityMention m : document.entities()) {
            if (m.type() == EntityType.PER && m.entityId() != null) {
                persons.add(m.entityId());
            }
        }
        SourceResolver resolver = new SourceResolver(document, new Speakers(document.entities()), persons::contains);
        for (Quote q : quotes) {
            if (q.speaker() != null) {
                resolver.named(q.speaker().span(), q.speaker().text(), q.speaker().entityId(), q.speaker().name());
            }
        }
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Argument sp = q.speaker();
            if (sp != null && sp.entityId() == null && sp.span() != null) {
                SourceResolver.Resolution r = resolver.resolve(sp.span(), sp.text());
                if (r.named()) {
                    q = new Quote(q.span(), q.text(), new Argument(sp.span(), sp.text(), r.entityId(), r.name()), q.cue(),
                            q.direct(), q.provenance());
                } else if (!"en".equals(document.language())) {
                    EntityMention full = fullNameBefore(document, sp);
                    if (full != null) {
                        q = new Quote(q.span(), q.text(), new Argument(sp.span(), sp.text(), full.entityId(), full.name()),
                                q.cue(), q.direct(), q.provenance());
                    }
                }
            }
            out.add(q);
        }
        return out;
    }

    /**
     * German: the person the article names in full before a speaker found from plain words whose last word is that
     * person's surname ("Vilimsky" after "Harald Vilimsky", "Psychologe und Konfliktforscher Bastian Fenten"), as the
     * recognizer links a surname to an earlier full name; null when no such person or more than one bears the surname
     * ("Thomas Lee … Anna Lee … Lee sagte"), or the word is no capitalised name of three letters or more.
     */
    static EntityMention fullNameBefore(Document document, Argument sp) {
        String t = sp.text().strip();
        String last = t.substring(t.lastIndexOf(' ') + 1);
        if (last.length() < 3 || !Character.isUpperCase(last.charAt(0)) || !last.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return null;
        }
        EntityMention found = null;
        for (EntityMention m : document.entities()) {
            if (m.type() != EntityType.PER || m.entityId() == null || m.name() == null || m.span().start() >= sp.span().start()) {
                continue;
            }
            String n = m.name().strip();
            if (n.indexOf(' ') < 0 || !n.substring(n.lastIndexOf(' ') + 1).equals(last)) {
                continue;
            }
            if (found != null && !found.entityId().equals(m.entityId())) {
                return null;
            }
            found = m;
        }
        return found;
    }

    /** The quotes of a document with their cue spans, sorted by offset. Never throws for any text. */
    public List<Attributed> find(Document document) {
        try {
            return new Run(document).run();
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("lagebild.debug")) {
                throw e;
            }
            return List.of();
        }
    }

    /** Letters and digits only, lower case, words joined by one space: quote texts compared across typography. */
    static String comparable(String quote) {
        StringBuilder b = new StringBuilder();
        for (String part : quote.toLowerCase(Locale.ROOT).replace("\u2019", "'").split("[^\\p{L}\\p{N}']+")) {
            String p = part.replace("'", "");
            if (!p.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(p);
            }
        }
        return " " + b + " ";
    }

    private static char closer(char open) {
        return switch (open) {
            case '\u201E' -> '\u201C';
            case '\u201C' -> '\u201D';
            case '"' -> '"';
            case '\u00BB' -> '\u00AB';
            case '\u00AB' -> '\u00BB';
            case '\u201A' -> '\u2018';
            case '\u2039' -> '\u203A';
            default -> 0;
        };
    }

    /** One pass over one document. */
    private final class Run {
        final Document d;
        final String text;
        final String lang;
        final Speakers speakers;
        final List<Attributed> out = new ArrayList<>();
        /** Every direct quote. */
        final List<Span> direct = new ArrayList<>();
        /** The direct quotes that are not fragments inside a clause of the narrator ("das Gespräch „sei gut verlaufen“"). */
        final List<Span> whole = new ArrayList<>();
        Argument lastSpeaker;

        /** The words of text stretches read so far, by (from, to): the rules read each sentence several times. */
        private final java.util.Map<Long, Words> wordCache = new java.util.HashMap<>();

        Run(Document d) {
            this.d = d;
            this.text = d.text();
            this.lang = "en".equals(d.language()) ? "en" : "de";
            this.speakers = new Speakers(d.entities());
        }

        /** {@link Words#of} of the document text from {@code from} to {@code to}, memoised (Words is immutable). */
        Words wordsOf(int from, int to) {
            long key = ((long) from << 32) | (to & 0xFFFFFFFFL);
            Words w = wordCache.get(key);
            if (w == null) {
                w = Words.of(text, from, to);
                wordCache.put(key, w);
            }
            return w;
        }

        List<Attributed> run() {
            directQuotes();
            List<Attributed> directFound = new ArrayList<>(out);
            out.clear();
            // speakers are resolved in text order so that "sagte er" refers back to the last named one
            int di = 0;
            for (Sentence s : d.sentences()) {
                while (di < directFound.size() && directFound.get(di).quote().span().start() < s.span().end()) {
                    Attributed a = resolveSafely(directFound.get(di));
                    if (a != null) {
                        out.add(a);
                    }
                    di++;
                }
                int before = out.size();
                try {
                    speech(s, before);
                } catch (RuntimeException e) {
                    // one sentence the rules cannot read loses its quotes, not the document's
                    if (Boolean.getBoolean("lagebild.debug")) {
                        throw e;
                    }
                    while (out.size() > before) {
                        out.remove(out.size() - 1);
                    }
                }
            }
            while (di < directFound.size()) {
                Attributed a = resolveSafely(directFound.get(di++));
                if (a != null) {
                    out.add(a);
                }
            }
            out.sort((a, b) -> a.quote().span().compareTo(b.quote().span()));
            if (lang.equals("en")) {
                repeatedQuotes();
            }
            for (int i = 0; i < out.size(); i++) {
                out.set(i, withAuxiliary(withParticle(out.get(i))));
            }
            return out;
        }

        /**
         * A pull quote or headline quote that the body repeats with a speaker ("Mom: 'He was a good kid'" … ""He was a
         * good kid," his mother said."): the speaker of the repeat, rule {@code direct-repeated}. The shorter text must
         * have at least four words and stand in the longer one, compared without case, punctuation and the kind of
         * quotation or apostrophe marks.
         */
        void repeatedQuotes() {
            for (int i = 0; i < out.size(); i++) {
                Quote q = out.get(i).quote();
                if (q.speaker() != null || !q.direct() || Words.of(q.text(), 0, q.text().length()).size() < 4) {
                    continue;
                }
                String key = comparable(q.text());
                for (Attributed o : out) {
                    Quote r = o.quote();
                    if (r.speaker() == null || !r.direct() || r.span().equals(q.span())) {
                        continue;
                    }
                    String rk = comparable(r.text());
                    if (rk.contains(key) || key.contains(rk) && Words.of(r.text(), 0, r.text().length()).size() >= 4) {
                        out.set(i, new Attributed(new Quote(q.span(), q.text(), r.speaker(), null, true,
                                new Provenance(NAME, "direct-repeated", q.provenance().sentence())), null));
                        break;
                    }
                }
            }
        }

        Attributed resolveSafely(Attributed a) {
            try {
                return resolveDirect(a);
            } catch (RuntimeException e) {
                if (Boolean.getBoolean("lagebild.debug")) {
                    throw e;
                }
                return a;
            }
        }

        /** Indirect and reported speech of one sentence. */
        void speech(Sentence s, int before) {
            indirect(s);
            if (out.size() == before && !sentenceHasDirect(s) && !wieReported(s)) {
                reportedBySource(s);
                if (out.size() == before) {
                    reportedByNach(s);
                }
            }
            if (out.size() == before && !sentenceHasDirect(s) && freeIndirect(s)) {
                return;
            }
            if (out.size() == before && !sentenceHasDirect(s)) {
                reported(s);
            }
        }

        /** The separated particle of the cue verb ("teilte … mit", "gab … bekannt"), if any. */
        Attributed withParticle(Attributed a) {
            if (a.cue() == null) {
                return a;
            }
            int si = d.sentenceAt(a.cue().start());
            if (si < 0) {
                return a;
            }
            Span ss = d.sentences().get(si).span();
            Words w = wordsOf(a.cue().start(), Math.min(ss.end(), text.length()));
            if (w.size() == 0) {
                return a;
            }
            Lexicon.Verb v = speechVerbAt(lex, w, 0, lang);
            if (v == null || v.particle().isEmpty() || w.lower[0].startsWith(v.particle())) {
                return a;
            }
            for (int j = 1; j < w.size() && j < 25; j++) {
                if (w.clauseBreak(j - 1, j)) {
                    break;
                }
                if (w.lower[j].equals(v.particle())) {
                    return new Attributed(a.quote(), a.cue(), new Span(w.start[j], w.end[j]), a.auxiliary(), a.hole());
                }
            }
            return a;
        }

        /** The finite auxiliary before a cue verb in its clause ("hatte am Montag gesagt", "wird … zitiert"), if any. */
        Attributed withAuxiliary(Attributed a) {
            if (a.cue() == null) {
                return a;
            }
            int si = d.sentenceAt(a.cue().start());
            if (si < 0) {
                return a;
            }
            Span ss = d.sentences().get(si).span();
            Words w = wordsOf(ss.start(), Math.min(ss.end(), text.length()));
            int v = w.indexAtOrAfter(a.cue().start());
            if (v <= 0 || v >= w.size() || speechVerbAt(lex, w, v, lang) == null) {
                return a;
            }
            for (int j = v - 1; j >= 0 && j >= v - 12; j--) {
                if (w.clauseBreak(j, j + 1) || insideDirect(w.start[j])) {
                    break;
                }
                if (words.auxiliaries.contains(w.lower[j])) {
                    return new Attributed(a.quote(), a.cue(), a.particle(), new Span(w.start[j], w.end[j]), a.hole());
                }
                if (speechVerbAt(lex, w, j, lang) != null) {
                    break;
                }
            }
            return a;
        }

        // ---- direct quotes

        void directQuotes() {
            int n = text.length();
            int[] failedUntil = new int[OPEN.length()];
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                int type = OPEN.indexOf(c);
                if (type < 0 || failedUntil[type] > i) {
                    continue;
                }
                if (c == '"' && i > 0 && !opensHere(i)) {
                    continue;
                }
                if (c == '\u201C' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    continue;
                }
                char close = closer(c);
                int j = i + 1;
                int limit = Math.min(n, i + MAX_QUOTE);
                while (j < limit && text.charAt(j) != close && text.charAt(j) != '\n'
                        && !(close == '\u201C' && text.charAt(j) == '"')) {
                    j++;
                }
                if (j >= limit || text.charAt(j) == '\n') {
                    failedUntil[type] = j;
                    continue;
                }
                int s = i + 1;
                int e = j;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    Span span = new Span(s, e);
                    String q = span.of(text);
                    if (isMessage(q, span)) {
                        direct.add(span);
                        if (!fragment(i)) {
                            whole.add(span);
                        }
                        out.add(new Attributed(new Quote(span, q, null, null, true,
                                new Provenance(NAME, "direct", d.sentenceAt(s))), null));
                    }
                }
                i = j;
            }
        }

        /** True if the quotation mark at {@code i} opens a quote inside a clause: a word or comma of the same sentence before it. */
        boolean fragment(int i) {
            int p = i - 1;
            while (p >= 0 && text.charAt(p) == ' ') {
                p--;
            }
            if (p < 0 || !(Character.isLetterOrDigit(text.charAt(p)) || text.charAt(p) == ',')) {
                return false;
            }
            int si = d.sentenceAt(i);
            return si >= 0 && d.sentenceAt(p) == si;
        }

        boolean opensHere(int i) {
            char p = text.charAt(i - 1);
            return Character.isWhitespace(p) || p == '(' || p == ':' || p == '[' || p == '\u2013' || p == '-' || p == '/';
        }

        /** Scare quotes and titles ("haltlose Gerüchte", "Newsweek") are not messages. */
        boolean isMessage(String q, Span span) {
            int words = Words.of(q, 0, q.length()).size();
            if (words == 0) {
                return false;
            }
            EntityMention m = speakers.at(span.start());
            if (m != null && m.span().end() >= span.end()) {
                return false;
            }
            char last = q.charAt(q.length() - 1);
            if (words >= 4 || last == '.' || last == '!' || last == '?') {
                return true;
            }
            if (cueAfter(span.end() + 1) != null) {
                return true;
            }
            int si = d.sentenceAt(span.start());
            if (si >= 0 && words >= 2) {
                Span ss = d.sentences().get(si).span();
                Words w = wordsOf(ss.start(), Math.min(ss.end(), text.length()));
                for (int i = 0; i < w.size(); i++) {
                    if ((w.start[i] < span.start() || w.start[i] >= span.end()) && speechVerbAt(lex, w, i, lang) != null
                            && speechVerb(speechVerbAt(lex, w, i, lang))) {
                        return true;
                    }
                }
            }
            return false;
        }

        Attributed resolveDirect(Attributed a) {
            Span span = a.quote().span();
            int sAfter = d.sentenceAt(Math.min(span.end(), text.length() - 1));
            // ", sagte Medwedew" after the quote
            CueHit after = cueAfter(span.end() + 1);
            if (after != null) {
                Words w = after.words();
                // "…," neighbor Jeff Delaney told Channel 2: the words before the verb, not its object
                Argument sp = lang.equals("en") && after.verb() >= 2 ? englishSpeakerBefore(w, after.verb()) : null;
                if (sp == null && lang.equals("en") && after.verb() >= 3) {
                    sp = englishApposedSpeaker(w, after.verb()); // "…," John Smith, 45, said.
                }
                // "…," he added under questioning by DeJoseph. / "…," she told ABC News.: the pronoun, not the name after
                if (lang.equals("en") && after.verb() == 1 && lex.pronouns.contains(w.lower[0])) {
                    sp = pronoun(new Span(w.start[0], w.end[0]));
                }
                // "«, beschwerte sich Yilmaz": the reflexive belongs to the verb, the subject follows it
                int vj = lang.equals("de") && after.verb() + 1 < w.size() && w.lower[after.verb() + 1].equals("sich")
                        && !w.clauseBreak(after.verb(), after.verb() + 1) ? after.verb() + 1 : after.verb();
                if (sp == null) {
                    sp = speakerAround(w, after.verb(), vj, true);
                }
                boolean commaFirst = lang.equals("de") && after.verb() == 0
                        && text.substring(Math.min(span.end(), w.start[0]), w.start[0]).indexOf(',') >= 0;
                if (sp == null && commaFirst) {
                    sp = bareNameAfter(w, vj); // "«, erklärt Rousi." / "«, betonte Vilimsky."
                }
                if (sp == null && commaFirst) {
                    sp = subjectAfterAdverbs(w, vj); // "«, erklärte heute, Donnerstag, Harald Vilimsky"
                }
                if (sp == null && lang.equals("en") && text.substring(span.end(), w.start[0]).indexOf('\n') < 0) {
                    sp = englishSpeaker(w, after.verb());
                }
                return attributed(a, new Span(w.start[after.verb()], w.end[after.verb()]), sp);
            }
            // "Selenskyj sagte …: „…“" before the quote
            int sStart = d.sentenceAt(span.start());
            // the colon may end the sentence before ("… sagte Stöhr: | „Aber das Virus …“")
            int cp = span.start() - 1;
            while (cp > 0 && (Character.isWhitespace(text.charAt(cp)) || OPEN.indexOf(text.charAt(cp)) >= 0)) {
                cp--;
            }
            int colonSentence = cp >= 0 && text.charAt(cp) == ':' ? d.sentenceAt(cp) : -1;
            if (colonSentence >= 0 && colonSentence != sStart) {
                sStart = colonSentence;
            }
            if (sStart >= 0) {
                Sentence s = d.sentences().get(sStart);
                int from = s.span().start();
                int to = Math.max(from, Math.min(span.start() - 1, s.span().end()));
                int colon = text.lastIndexOf(':', to);
                if (colon >= from && text.substring(colon, Math.max(colon, span.start() - 1)).strip().length() <= 1) {
                    Words w = wordsOf(from, colon);
                    for (int i = w.size() - 1; i >= 0; i--) {
                        if (insideDirect(w.start[i])) {
                            continue;
                        }
                        Lexicon.Verb v = speechVerbAt(lex, w, i, lang);
                        if (v != null && speechVerb(v)) {
                            Argument sp = speakerAround(w, i, i, false);
                            if (sp == null && lang.equals("de")) {
                                sp = colonSubject(w, i);
                            }
                            return attributed(a, new Span(w.start[i], w.end[i]), sp);
                        }
                    }
                    // "Selenskyj: „…“"
                    List<EntityMention> ms = speakers.within(from, colon);
                    if (!ms.isEmpty() && Speakers.actor(ms.get(ms.size() - 1))) {
                        return attributed(a, null, Speakers.argument(ms.get(ms.size() - 1)));
                    }
                }
            }
            if (sAfter < 0) {
                return a;
            }
            // a quote right after another speaker's quote continues it
            if (!out.isEmpty()) {
                Attributed prev = out.get(out.size() - 1);
                int ps = prev.quote().provenance().sentence();
                int qs = d.sentenceAt(span.start());
                // a quote of several sentences ends later than it starts: "“Why? … die?” Martinez told reporters. “They …”"
                Span pq = prev.quote().span();
                int pe = pq.end() > pq.start() ? d.sentenceAt(Math.min(pq.end(), text.length()) - 1) : ps;
                // (by its end only when this quote opens its sentence: "His mother called them “two girls”" is hers)
                boolean next = ps >= 0 && qs - ps >= 0 && qs - ps <= 1
                        || whole.contains(span) && pe >= 0 && qs - pe >= 0 && qs - pe <= 1;
                if (prev.quote().speaker() != null && next && !hasVerbOutside(qs, span)) {
                    return new Attributed(new Quote(span, a.quote().text(), prev.quote().speaker(), null, true,
                            new Provenance(NAME, "direct-continued", qs)), null);
                }
            }
            // a quote inside a sentence with a reporting verb: "… nannte den Plan „eine Zeitungsente“"
            if (sStart >= 0) {
                Span ss = d.sentences().get(sStart).span();
                Words w = wordsOf(ss.start(), Math.min(ss.end(), text.length()));
                for (int i = 0; i < w.size(); i++) {
                    if (insideDirect(w.start[i])) {
                        continue;
                    }
                    Lexicon.Verb v = speechVerbAt(lex, w, i, lang);
                    if (v != null && speechVerb(v)) {
                        Argument sp = speakerAround(w, i, i, false);
                        if (sp != null) {
                            return attributed(a, new Span(w.start[i], w.end[i]), sp);
                        }
                    }
                }
            }
            if (lang.equals("en")) {
                Attributed before = englishParagraphBefore(a);
                if (before != null) {
                    return before;
                }
            }
            return new Attributed(new Quote(span, a.quote().text(), null, null, true,
                    new Provenance(NAME, "direct-unattributed", d.sentenceAt(span.start()))), null);
        }

        /**
         * A quote that is a paragraph of its own, after a paragraph whose last sentence names a speaker with a verb of
         * saying and holds no quote ("Mr. Obama said the incident brings back painful memories. | "We're
         * heartbroken …""; "Rep. Jackie Speier said, | "…""): that speaker, rule {@code direct-paragraph-before}, when it is
         * no pronoun.
         */
        Attributed englishParagraphBefore(Attributed a) {
            Span span = a.quote().span();
            int qs = d.sentenceAt(span.start());
            int line = text.lastIndexOf('\n', span.start() - 1);
            if (qs <= 0 || line < 0 || hasVerbOutside(qs, span)
                    || !text.substring(line + 1, span.start()).chars().allMatch(c -> OPEN.indexOf(c) >= 0 || c == '\u201D' || Character.isWhitespace(c))) {
                return null;
            }
            Span ps = d.sentences().get(qs - 1).span();
            if (ps.end() > line + 1 || !text.substring(ps.end(), line + 1).contains("\n")) {
                return null;
            }
            for (Span q : direct) {
                if (q.start() < ps.end() && q.end() > ps.start()) {
                    return null;
                }
            }
            Words w = wordsOf(ps.start(), Math.min(ps.end(), text.length()));
            for (int i = 0; i < w.size(); i++) {
                Lexicon.Verb v = speechVerbAt(lex, w, i, lang);
                if (v != null && speechVerb(v) || words.quoteVerbs.contains(w.lower[i])) {
                    // a pronoun there speaks only when it resolves to a person its gender allows ("She said," after a
                    // sentence about the killer is not the killer): else the quote is left alone
                    Argument sp = speakerBefore(w, i);
                    if (sp != null && lex.pronouns.contains(sp.text().toLowerCase(Locale.ROOT))) {
                        sp = pronoun(sp.span());
                        if (sp.entityId() == null || !hasGender(sp.name(), genderOf(sp.text()))) {
                            return null;
                        }
                    }
                    if (sp == null) {
                        return null;
                    }
                    Quote q = a.quote();
                    if (sp.entityId() != null) {
                        lastSpeaker = sp;
                    }
                    return new Attributed(new Quote(span, q.text(), sp, text.substring(w.start[i], w.end[i]), true,
                            new Provenance(NAME, "direct-paragraph-before", qs)), new Span(w.start[i], w.end[i]));
                }
            }
            return null;
        }

        /**
         * An English attribution right after a quote whose speaker entity recognition did not find: the words after
         * the verb ("…," said Quinn. / said Lt. Dave Okada. / said the friend, who …) or the one word between the
         * quote and the verb ("…," Quinn said. / "…," police said.), never across a paragraph break. The words after
         * the verb must fill their clause in at most six words, none a verb of the lexicon or a pronoun. Openers, titles, role nouns and words that are no speaker come from
         * quote-words.tsv.
         */
        Argument englishSpeaker(Words w, int v) {
            int n = w.size();
            if (v >= 2) {
                return englishSpeakerBefore(w, v);
            }
            if (v == 1) {
                String x = w.lower[0];
                boolean name = w.upper(0) && !words.notSpeakers.contains(x) && !isArticle(x);
                if (!name && !words.speakerRoles.contains(x)) {
                    return null;
                }
                Span sp = new Span(w.start[0], w.end[0]);
                return Speakers.argument(text, sp, headOf(sp));
            }
            int k = v + 1;
            if (v != 0 || k >= n || w.clauseBreak(v, k) || words.notSpeakers.contains(w.lower[k])) {
                return null;
            }
            // an opener, a possessive (the reader splits "McNeil’s" at the typographic apostrophe) or an age
            // ("said 61-year-old Anargyros Bizianis")
            boolean opener = words.speakerOpeners.contains(w.lower[k]) || w.lower[k].endsWith("'s") && w.upper(k)
                    || curlyPossessive(w, k) || AGE.matcher(w.lower[k]).matches();
            if (!opener && !w.upper(k)) {
                return null;
            }
            int e = k;
            while (e + 1 < n && !speakerBreak(w, e) && !words.speakerEnds.contains(w.lower[e + 1])) {
                if (++e - k >= 6) {
                    return null;
                }
            }
            for (int i = k; i <= e; i++) {
                boolean lower = !opener && !w.upper(i) && !glueBeforeName(w, k, i, e);
                if (speechVerbAt(lex, w, i, lang) != null || lower || lex.pronouns.contains(w.lower[i])) {
                    return null;
                }
            }
            Span sp = new Span(w.start[k], w.end[e]);
            return Speakers.argument(text, sp, headOf(sp));
        }

        /**
         * Two to five words between a quote and its verb: a description opened by an article or possessive ("the
         * woman", "an emotional Martinez", "a law enforcement source"), a name ("Wendell Warren"), or a role noun before
         * a name ("neighbor Jeff Delaney"), maybe followed by an adverb of quote-words.tsv ("later"); no pronoun or word
         * that is no speaker among them.
         */
        Argument englishSpeakerBefore(Words w, int v) {
            if (v >= 2 && words.quoteAdverbs.contains(w.lower[v - 1])) {
                v--; // "…," Scott later told WSB-TV.
                if (v == 1) {
                    boolean name = w.upper(0) && !words.notSpeakers.contains(w.lower[0]) && !isArticle(w.lower[0])
                            && !lex.pronouns.contains(w.lower[0]);
                    return name ? Speakers.argument(text, new Span(w.start[0], w.end[0]), headOf(new Span(w.start[0], w.end[0]))) : null;
                }
            }
            if (v < 2) {
                return null;
            }
            for (int i = 0; i < v; i++) {
                if (words.notSpeakers.contains(w.lower[i]) || i > 0 && lex.pronouns.contains(w.lower[i])
                        || words.speakerEnds.contains(w.lower[i])) {
                    return null;
                }
            }
            boolean opener = words.speakerOpeners.contains(w.lower[0]);
            boolean name = true;
            for (int i = 1; i < v; i++) {
                name &= w.upper(i);
            }
            if (!opener && !name || !opener && lex.pronouns.contains(w.lower[0])) {
                return null;
            }
            Span sp = new Span(w.start[0], w.end[v - 1]);
            return Speakers.argument(text, sp, headOf(sp));
        }

        /** Word k is a capitalised name followed by a typographic apostrophe and "s" ("McNeil’s mother"). */
        boolean curlyPossessive(Words w, int k) {
            return w.upper(k) && k + 1 < w.size() && w.lower[k + 1].equals("s")
                    && text.substring(w.end[k], w.start[k + 1]).equals("\u2019");
        }

        /**
         * Word i is the lower-case word of a title's end (quote-words.tsv, speaker-glue: "in charge") after a
         * capitalised word of the speaker k..e, with a name of at least two capitalised words after the title ("said
         * Agent in Charge Ed Reinhold").
         */
        boolean glueBeforeName(Words w, int k, int i, int e) {
            if (i == k || i + 3 > e || !w.upper(i - 1) || !w.upper(i + 1)
                    || !words.speakerGlue.contains(w.lower[i] + " " + w.lower[i + 1])) {
                return false;
            }
            for (int j = i + 1; j <= e; j++) {
                if (!w.upper(j)) {
                    return false;
                }
            }
            return true;
        }

        /** A clause break after word e, except the full stop of a title or an initial before a name ("Lt. Dave Okada"). */
        boolean speakerBreak(Words w, int e) {
            if (!w.clauseBreak(e, e + 1)) {
                return false;
            }
            boolean title = words.speakerTitles.contains(w.lower[e]) || w.lower[e].length() == 1 && w.upper(e);
            return !(title && w.upper(e + 1) && text.substring(w.end[e], w.start[e + 1]).strip().equals("."));
        }

        /** True if the sentence has a reporting verb outside the quote span. */
        boolean hasVerbOutside(int si, Span quote) {
            if (si < 0) {
                return false;
            }
            Span ss = d.sentences().get(si).span();
            Words w = wordsOf(ss.start(), Math.min(ss.end(), text.length()));
            for (int i = 0; i < w.size(); i++) {
                if ((w.start[i] < quote.start() || w.start[i] >= quote.end()) && speechVerbAt(lex, w, i, lang) != null) {
                    return true;
                }
            }
            return false;
        }

        Attributed attributed(Attributed a, Span cue, Argument speaker) {
            Quote q = a.quote();
            if (speaker != null && speaker.entityId() != null) {
                lastSpeaker = speaker;
            }
            return new Attributed(new Quote(q.span(), q.text(), speaker, cue == null ? null : cue.of(text), true,
                    new Provenance(NAME, cue == null ? "direct-colon" : "direct-cue", q.provenance().sentence())), cue);
        }

        /** A reporting verb right after position {@code pos} (after optional punctuation and a comma), or null. */
        CueHit cueAfter(int pos) {
            int p = pos;
            int n = text.length();
            int stop = Math.min(n, p + 200);
            while (p < stop && (text.charAt(p) == ',' || text.charAt(p) == '.' || text.charAt(p) == '!' || text.charAt(p) == '?'
                    || text.charAt(p) == ' ' || text.charAt(p) == '\u201C' || text.charAt(p) == '"')) {
                if (text.charAt(p) == '.' && p + 1 < n && text.charAt(p + 1) == ' ' && p + 2 < n && Character.isUpperCase(text.charAt(p + 2))) {
                    return null;
                }
                p++;
            }
            int sentence = d.sentenceAt(Math.min(p, n - 1));
            int end = sentence >= 0 ? Math.max(p, d.sentences().get(sentence).span().end()) : Math.min(n, p + 200);
            end = Math.min(end, p + 200);
            Words w = wordsOf(p, end);
            // "…", so Kirillow.
            if (w.size() >= 2 && w.lower[0].equals("so") && speakers.at(w.start[1]) != null && Speakers.actor(speakers.at(w.start[1]))) {
                return new CueHit(w, 0);
            }
            // German, right after the quote and its comma: "«, so Ehlers," / "«, so der DMB-Präsident." and the verbs of
            // quote-words.tsv that attribute only there ("«, fragte die Schülerin.", "«, resümiert René Springer.")
            boolean comma = w.size() >= 2 && text.substring(Math.min(pos, w.start[0]), w.start[0]).indexOf(',') >= 0;
            if (lang.equals("de") && comma && !w.clauseBreak(0, 1) && (w.lower[0].equals("so")
                    && (NOMINATIVE.contains(w.lower[1]) || w.upper(1) && Character.isLetter(text.charAt(w.start[1])))
                    || words.quoteVerbs.contains(w.lower[0]) && !w.upper(0))) {
                return new CueHit(w, 0);
            }
            // the verbs of quote-words.tsv and the longer English speakers stay in the quote's paragraph ("…" | He
            // asked …; "…" | Clinton Township police say …)
            boolean paragraph = w.size() > 0 && text.substring(pos, w.start[0]).indexOf('\n') < 0;
            for (int i = 0; i < Math.min(2, w.size()); i++) {
                Lexicon.Verb v = speechVerbAt(lex, w, i, lang);
                if (v != null && speechVerb(v) || lang.equals("en") && paragraph && words.quoteVerbs.contains(w.lower[i])
                        && (i == 0 || w.upper(0) || lex.pronouns.contains(w.lower[0]) || words.speakerRoles.contains(w.lower[0]))) {
                    return new CueHit(w, i);
                }
            }
            if (!lang.equals("en") || !paragraph) {
                return null;
            }
            CueHit hit = englishCueAfterSpeaker(w);
            return hit != null ? hit : englishCueAfterApposition(w);
        }

        /**
         * "…," U.S. Sen. John Cornyn, R-Texas, said. / "…," Amorian's grandmother, Lynne Hale, said. / "…," Doreen
         * Warren, the eldest victim's mother, sobbed.: a verb of saying after a speaker with an apposition between
         * commas (a name, a description, a party tag or an age), at most five words each.
         */
        CueHit englishCueAfterApposition(Words w) {
            for (int c = 1; c <= MAX_SPEAKER_BEFORE && c < w.size(); c++) {
                if (!commaBetween(w, c - 1, c)) {
                    if (speakerBreak(w, c - 1)) {
                        return null;
                    }
                    continue;
                }
                for (int v = c + 1; v <= c + MAX_SPEAKER_BEFORE && v < w.size(); v++) {
                    if (commaBetween(w, v - 1, v)) {
                        Lexicon.Verb verb = speechVerbAt(lex, w, v, lang);
                        boolean saying = verb != null && speechVerb(verb) || words.quoteVerbs.contains(w.lower[v]);
                        return saying && englishApposedSpeaker(w, v) != null ? new CueHit(w, v) : null;
                    }
                    if (w.clauseBreak(v - 1, v)) {
                        return null;
                    }
                }
                return null;
            }
            return null;
        }

        /**
         * The speaker of words 0..v-1 that end in an apposition between commas before the verb at v (see {@link
         * #englishCueAfterApposition}), the apposition included, or null.
         */
        Argument englishApposedSpeaker(Words w, int v) {
            if (v < 3 || !commaBetween(w, v - 1, v)) {
                return null;
            }
            int c = 1;
            while (c < v - 1 && !commaBetween(w, c - 1, c)) {
                c++;
            }
            if (!commaBetween(w, c - 1, c) || !speakerPart(w, 0, c) || !speakerPart(w, c, v)) {
                return null;
            }
            Span sp = new Span(w.start[0], w.end[v - 1]);
            return Speakers.argument(text, sp, headOf(sp));
        }

        /**
         * Words [a, b) are a part of a speaker: a party tag or an age ("R-Texas", "45"), or a name (capitalised words,
         * a title's full stop inside) or a description opened by quote-words.tsv's openers or a possessive, without a
         * verb, a pronoun or a word that is no speaker.
         */
        boolean speakerPart(Words w, int a, int b) {
            if (b - a == 1 && TAG.matcher(w.surface(a)).matches()) {
                return true;
            }
            boolean opener = words.speakerOpeners.contains(w.lower[a]) || w.lower[a].endsWith("'s") && w.upper(a);
            for (int i = a; i < b; i++) {
                if (speechVerbAt(lex, w, i, lang) != null || lex.pronouns.contains(w.lower[i]) || words.notSpeakers.contains(w.lower[i])
                        || words.speakerEnds.contains(w.lower[i]) || !opener && !w.upper(i)
                        || i + 1 < b && speakerBreak(w, i)) {
                    return false;
                }
            }
            return true;
        }

        /** Only a comma and spaces (or a full stop and a comma: "D-Calif.,") lie between word a and word a + 1. */
        boolean commaBetween(Words w, int a, int b) {
            String gap = text.substring(w.end[a], w.start[b]);
            return gap.equals(", ") || gap.equals("., ");
        }

        /**
         * "…," the woman said. / "…," neighbor Jeff Delaney said. / "…," a law enforcement source added.: a verb of
         * saying after two to five words that run on without punctuation and hold no other verb.
         */
        CueHit englishCueAfterSpeaker(Words w) {
            for (int i = 2; i < Math.min(MAX_SPEAKER_BEFORE + 1, w.size()); i++) {
                if (w.clauseBreak(i - 2, i - 1) || speechVerbAt(lex, w, i - 1, lang) != null
                        || words.quoteVerbs.contains(w.lower[i - 1])) {
                    return null;
                }
                if (w.clauseBreak(i - 1, i)) {
                    return null;
                }
                Lexicon.Verb v = speechVerbAt(lex, w, i, lang);
                if ((v != null && speechVerb(v) || words.quoteVerbs.contains(w.lower[i])) && englishSpeakerBefore(w, i) != null) {
                    return new CueHit(w, i);
                }
            }
            return null;
        }

        /** Planning and considering are not speech; proposing ("schlug vor") is. */
        boolean speechVerb(Lexicon.Verb v) {
            return !v.cls().equals("plan") && !v.lemma().equals("erwägen");
        }

        boolean insideDirect(int pos) {
            for (Span s : direct) {
                if (pos >= s.start() && pos < s.end()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The speaker of a cue verb at words [vi, vj]: after the verb ("sagte Medwedew", "sagte er") when
         * {@code preferAfter}, else the subject before it in the same clause, else the sentence's first actor.
         */
        Argument speakerAround(Words w, int vi, int vj, boolean preferAfter) {
            if (vj + 1 < w.size() && lex.pronouns.contains(w.lower[vj + 1]) && !w.clauseBreak(vj, vj + 1)) {
                return pronoun(new Span(w.start[vj + 1], w.end[vj + 1]));
            }
            // a fronted adverbial ("In einem Interview sagte X", "Am Montag erklärte X") puts the subject after the verb
            int cs = vi;
            while (cs > 0 && !w.clauseBreak(cs - 1, cs)) {
                cs--;
            }
            if (cs < vi && FRONTED.contains(w.lower[cs])) {
                preferAfter = true;
            }
            Argument after = speakerAfter(w, vj);
            if (preferAfter && after != null) {
                return after;
            }
            Argument before = speakerBefore(w, vi);
            if (before != null) {
                return before;
            }
            return after;
        }

        Argument speakerAfter(Words w, int vj) {
            if (lang.equals("de") && IMPERSONAL_CUE.contains(w.lower[vj])) {
                return impersonalSource(w, vj);
            }
            if (vj + 1 < w.size() && (w.lower[vj + 1].equals("dem") || w.lower[vj + 1].equals("einem") || w.lower[vj + 1].equals("ihm"))) {
                return null;
            }
            Argument named = namedAfter(w, vj);
            if (named != null) {
                return named;
            }
            // "sagte der Sprecher des Ministeriums", "erklärte ein Polizeisprecher"
            int k = vj + 1;
            if (k < w.size() && !w.clauseBreak(vj, k) && NOMINATIVE.contains(w.lower[k])) {
                Span sp = new Phrases(text, w, speakers).after(k);
                // "erklärt der 52-Jährige": a head that begins with a figure
                if (sp == null && lang.equals("de") && k + 1 < w.size() && !w.clauseBreak(k, k + 1)
                        && FIGURE_NOUN.matcher(w.surface(k + 1)).matches()) {
                    sp = new Span(w.start[k], w.end[k + 1]);
                }
                if (sp != null) {
                    return Speakers.argument(text, sp, headOf(sp));
                }
            }
            return null;
        }

        /**
         * German: the source an impersonal cue names after "es" ("heißt es aus dem Ministerium", "hieß es dazu von der
         * Salzburger Polizei", "heißt es in einer Erklärung der Gewerkschaft", "hieß es in einer GdW-Mitteilung"): after
         * at most two adverbs, a phrase after a source preposition (word-classes.tsv {@code source-from}), or the
         * genitive after a statement noun (or its compound's first part written with capitals) in a phrase with "in".
         * Null for "heißt es" alone, a document without its author ("in der Aussendung") or a place ("in der Branche").
         */
        Argument impersonalSource(Words w, int vj) {
            int k = vj + 1;
            if (k >= w.size() || !w.lower[k].equals("es") || w.clauseBreak(vj, k)) {
                return null;
            }
            k++;
            for (int n = 0; n < 2 && k < w.size() && !w.clauseBreak(k - 1, k) && !w.upper(k) && !isArticle(w.lower[k])
                    && !PREPOSITION.contains(w.lower[k]) && !SOURCE_FROM.contains(w.lower[k]) && !NOT_ADVERB.contains(w.lower[k])
                    && !lex.pronouns.contains(w.lower[k]); n++) {
                k++; // "hieß es dazu", "heißt es weiter"
            }
            if (k + 1 >= w.size() || w.clauseBreak(k - 1, k) || w.clauseBreak(k, k + 1)) {
                return null;
            }
            if (SOURCE_FROM.contains(w.lower[k])) {
                return sourceFrom(w, k + 1);
            }
            if (!w.lower[k].equals("in") || !isArticle(w.lower[k + 1])) {
                return null;
            }
            for (int j = k + 2; j < w.size() && j <= k + 8 && !w.clauseBreak(j - 1, j); j++) {
                if (!w.upper(j)) {
                    continue;
                }
                String x = w.lower[j];
                int dash = x.lastIndexOf('-');
                String tail = dash >= 0 ? x.substring(dash + 1) : x;
                boolean statement = STATEMENT_NOUN.stream().anyMatch(tail::endsWith);
                if (!statement) {
                    continue;
                }
                if (j + 1 < w.size() && !w.clauseBreak(j, j + 1) && OF.contains(w.lower[j + 1]) && !w.lower[j + 1].startsWith("v")) {
                    return sourceFrom(w, j + 1); // "in einer Erklärung der Gewerkschaft"
                }
                String surface = w.surface(j);
                int d2 = surface.lastIndexOf('-');
                if (d2 > 1 && surface.substring(0, d2).chars().filter(Character::isUpperCase).count() >= 2) {
                    // "in einer GdW-Mitteilung": the compound's first part, written with capitals, names the author
                    Span sp = new Span(w.start[j], w.start[j] + d2);
                    return Speakers.argument(text, sp, headOf(sp));
                }
                return null;
            }
            return null;
        }

        /** The noun phrase that opens at word k, as a source ("dem Ministerium", "der Salzburger Polizei"), or null. */
        Argument sourceFrom(Words w, int k) {
            if (k >= w.size()) {
                return null;
            }
            int end = extendSource(w, w.end[k]);
            if (!w.upper(k) && !isArticle(w.lower[k])) {
                return null;
            }
            Span sp = new Span(w.start[k], end);
            boolean noun = false;
            for (int j = k; j < w.size() && w.start[j] < end; j++) {
                noun |= w.upper(j);
            }
            return noun ? Speakers.argument(text, sp, headOf(sp)) : null;
        }

        /**
         * German: the subject right after a cue verb that opens the clause after a quote ("«, erklärt Rousi.", "“,
         * betonte Vilimsky.", "“, sagte Smil dem NTYM-Interviewer"): after the quote and its comma the verb stands
         * first and its subject follows it, so the words written with a capital right after the verb (at most six, up
         * to the first word in lower case other than an "und" between two capitals, or punctuation) are the speaker
         * even when the recognizer does not know the name. Without the comma the verb is no cue of its own ("als
         * »De-facto-Blockade« bezeichneten Situation"). Null if the word after the verb is not written with a capital.
         */
        Argument bareNameAfter(Words w, int vj) {
            int k = vj + 1;
            if (k >= w.size() || w.clauseBreak(vj, k)) {
                return null;
            }
            return bareNameAt(w, k);
        }

        /** The capitalised words from word k on (see {@link #bareNameAfter}), or null if word k is none. */
        Argument bareNameAt(Words w, int k) {
            int e = k;
            if (!w.upper(k)) {
                // "kritisiert van Hout": a name that opens with its lower-case particle
                int p = particleEnd(w, k);
                if (p < 0 || isArticle(w.lower[k])) {
                    return null;
                }
                e = p;
            } else if (!Character.isLetter(text.charAt(w.start[k]))) {
                return null;
            }
            while (e + 1 < w.size() && e + 1 - k < 6 && !speakerBreak(w, e)) {
                int p;
                if (w.upper(e + 1)) {
                    e++;
                } else if (w.lower[e + 1].equals("und") && e + 2 < w.size() && w.upper(e + 2) && !w.clauseBreak(e + 1, e + 2)) {
                    e += 2; // "erklärt Psychologe und Konfliktforscher Bastian Fenten"
                } else if ((p = particleEnd(w, e + 1)) > 0) {
                    e = p; // "sagte José Graziano da Silva"
                } else {
                    break;
                }
            }
            Span sp = new Span(w.start[k], w.end[e]);
            return Speakers.argument(text, sp, headOf(sp));
        }

        /**
         * A person's name the recognizer ends before its particle ("José Graziano" of "José Graziano da Silva"): the
         * particles and the capitalised word after them join the speaker (German only), its entity kept.
         */
        Argument withParticleName(Words w, Argument a, EntityMention m) {
            if (a == null || !lang.equals("de") || m.type() != EntityType.PER) {
                return a;
            }
            int e = w.indexAtOrAfter(a.span().end()) - 1;
            if (e < 0 || e + 1 >= w.size() || w.end[e] != a.span().end() || w.clauseBreak(e, e + 1)) {
                return a;
            }
            int p = particleEnd(w, e + 1);
            if (p < 0 || isArticle(w.lower[e + 1])) {
                return a;
            }
            return Speakers.argument(text, new Span(a.span().start(), w.end[p]), m);
        }

        /**
         * The index of the capitalised word after a run of name particles that starts at word k ("van Hout", "da
         * Silva", "van der Bellen": quote-words.tsv {@code name-particle}) with no punctuation between, or -1; the run
         * does not open with an article ("der", "den").
         */
        int particleEnd(Words w, int k) {
            if (k >= w.size() || isArticle(w.lower[k])) {
                return -1; // "sagte Nikolic der Zeitung Danas": an article opens no name
            }
            int p = k;
            while (p < w.size() && p < k + 3 && words.nameParticles.contains(w.lower[p]) && !w.upper(p)) {
                if (p + 1 >= w.size() || w.clauseBreak(p, p + 1)) {
                    return -1;
                }
                p++;
            }
            return p > k && p < w.size() && w.upper(p) && Character.isLetter(text.charAt(w.start[p])) ? p : -1;
        }

        /**
         * German: the subject of a cue verb that opens the clause after a quote and its comma, after adverbs and a time
         * phrase ("«, verkündet nun etwas sibyllinisch der Bundesjustizminister.", "“, erklärte heute, Donnerstag,
         * Harald Vilimsky,"): lower-case words that are no article, preposition, pronoun or conjunction (at most four)
         * and a weekday between commas after them are passed over; then a name the recognizer knows, an article
         * phrase in the nominative ("der Bundesjustizminister", "der 52-Jährige", a head that begins with a figure) or
         * capitalised words as in {@link #bareNameAfter}. Null for anything else (a dative "dem Sender", a pronoun, a
         * preposition).
         */
        Argument subjectAfterAdverbs(Words w, int vj) {
            int k = vj + 1;
            int skipped = 0;
            boolean weekday = false;
            while (k < w.size()) {
                if (!weekday && w.clauseBreak(k - 1, k)) {
                    // ", Donnerstag," apposed to the adverb of time before it
                    if (skipped > 0 && commaOnly(w, k - 1, k) && WEEKDAY.contains(w.lower[k]) && k + 1 < w.size()
                            && commaOnly(w, k, k + 1)) {
                        k++;
                        weekday = true;
                        continue;
                    }
                    return null;
                }
                weekday = false;
                String x = w.lower[k];
                if (w.upper(k) || isArticle(x) || Character.isDigit(text.charAt(w.start[k])) || particleEnd(w, k) > 0) {
                    break;
                }
                if (skipped >= 4 || lex.pronouns.contains(x) || PREPOSITION.contains(x) || NOT_ADVERB.contains(x)
                        || x.equals("sich") || lex.verbs.containsKey(x)) {
                    return null;
                }
                k++;
                skipped++;
            }
            if (skipped == 0 || k >= w.size()) {
                return null;
            }
            EntityMention m = speakers.at(w.start[k]);
            if (m != null && Speakers.actor(m)) {
                return withParticleName(w, Speakers.withTitle(text, speakers.personAfter(text, m)), speakers.personAfter(text, m));
            }
            if (NOMINATIVE.contains(w.lower[k])) {
                Span sp = new Phrases(text, w, speakers).after(k);
                if (sp == null && k + 1 < w.size() && !w.clauseBreak(k, k + 1) && FIGURE_NOUN.matcher(w.surface(k + 1)).matches()) {
                    sp = new Span(w.start[k], w.end[k + 1]);
                }
                return sp == null ? null : Speakers.argument(text, sp, headOf(sp));
            }
            return !isArticle(w.lower[k]) && (w.upper(k) || particleEnd(w, k) > 0) ? bareNameAt(w, k) : null;
        }

        /**
         * German: the subject of a cue verb before a colon that the speaker search did not find. After a quote and its
         * comma the verb opens its clause and its subject follows it ("»…«, berichtet Alma: »…«"); a verb joined by
         * "und" to a cue verb before it shares that verb's subject ("…, schrieb Medwedew, und fügte hinzu: „…“").
         */
        Argument colonSubject(Words w, int i) {
            if (i == 0) {
                return null;
            }
            String gap = text.substring(w.end[i - 1], w.start[i]);
            if (gap.indexOf(',') >= 0 && (gap.indexOf('\u00AB') >= 0 || gap.indexOf('\u201C') >= 0 || gap.indexOf('\u00BB') >= 0
                    || gap.indexOf('"') >= 0)) {
                return bareNameAfter(w, i);
            }
            if (!w.lower[i - 1].equals("und") || w.clauseBreak(i - 1, i)) {
                return null;
            }
            for (int j = i - 2; j >= 0 && j >= i - 15; j--) {
                if (insideDirect(w.start[j]) || w.sentenceBreak(j, j + 1)) {
                    return null;
                }
                Lexicon.Verb v = speechVerbAt(lex, w, j, lang);
                if (v != null && speechVerb(v)) {
                    Argument sp = speakerAfter(w, j);
                    if (sp == null && j > 0 && text.substring(w.end[j - 1], w.start[j]).indexOf(',') >= 0) {
                        sp = bareNameAfter(w, j);
                    }
                    return sp != null ? sp : speakerBefore(w, j);
                }
            }
            return null;
        }

        /** Only a comma (and spaces) between words a and b. */
        boolean commaOnly(Words w, int a, int b) {
            return text.substring(w.end[a], w.start[b]).strip().equals(",");
        }

        EntityMention headOf(Span sp) {
            EntityMention head = null;
            for (EntityMention m : speakers.within(sp.start(), sp.end())) {
                if (Speakers.actor(m)) {
                    head = m;
                }
            }
            return head;
        }

        Argument namedAfter(Words w, int vj) {
            int limit = vj + 4;
            for (int k = vj + 1; k < w.size() && k <= limit; k++) {
                if (w.clauseBreak(k - 1, k) && !new Phrases(text, w, speakers).quoteAround(k)) {
                    break;
                }
                if (w.lower[k].equals("laut")) {
                    // "berichtet laut „Daily Mail“ die Agentur Regnum": the cited outlet is not the speaker
                    Span skip = new Phrases(text, w, speakers).after(k + 1);
                    if (skip != null) {
                        int e = w.indexAtOrAfter(skip.end());
                        limit += e - k;
                        k = e - 1;
                        continue;
                    }
                }
                if (lex.pronouns.contains(w.lower[k])) {
                    return pronoun(new Span(w.start[k], w.end[k]));
                }
                EntityMention m = speakers.at(w.start[k]);
                if (m != null && (Speakers.actor(m) || m.type() == EntityType.DERIV && nounAfter(w, k) != null)) {
                    if (m.type() == EntityType.DERIV) {
                        return phrase(w, k);
                    }
                    return withParticleName(w, Speakers.withTitle(text, speakers.personAfter(text, m)), speakers.personAfter(text, m));
                }
                if (k > vj + 1 && w.upper(k) && !isArticle(w.lower[k - 1])) {
                    break;
                }
            }
            return null;
        }

        Argument speakerBefore(Words w, int vi) {
            int cs = vi;
            while (cs > 0 && !w.clauseBreak(cs - 1, cs)) {
                cs--;
            }
            // German: "Robert Habeck (Bündnis 90/Die Grünen) erklärte": a parenthesis right before the verb is no clause
            // break; the clause goes on before it
            boolean paren = lang.equals("de") && cs == vi && cs > 0 && text.substring(w.end[cs - 1], w.start[cs]).strip().equals(")");
            if (paren) {
                int j = cs - 1;
                while (j > 0 && j > cs - 10 && !w.clauseBreak(j - 1, j)) {
                    j--;
                }
                if (j > 0 && text.substring(w.end[j - 1], w.start[j]).strip().equals("(")) {
                    int c = j - 1;
                    while (c > 0 && !w.clauseBreak(c - 1, c)) {
                        c--;
                    }
                    // only a subject that opens the sentence before its verb, not a fronted phrase ("In seiner Rede
                    // auf dem Forum in St. Petersburg (SPIEF) erklärte der Präsident")
                    if (c == 0 && !FRONTED.contains(w.lower[c]) && !PREPOSITION.contains(w.lower[c])) {
                        cs = c;
                        // "Ein Sprecher von Baden-Württembergs Verkehrsminister Winfried Hermann (Grüne) wies darauf
                        // hin": a noun with a genitive or "von" after it heads the phrase, the name in it is not the
                        // speaker; the whole phrase before the parenthesis is
                        for (int g = 1; g + 1 < j - 1; g++) {
                            if (w.upper(g) && !w.upper(g + 1) && OF.contains(w.lower[g + 1]) && speakers.at(w.start[g]) == null
                                    && (g == 1 && isArticle(w.lower[0]))) {
                                return Speakers.argument(text, new Span(w.start[0], w.end[j - 1]), null);
                            }
                        }
                    }
                }
            }
            if (vi - 1 >= 0 && vi - 1 >= cs && lex.pronouns.contains(w.lower[vi - 1])) {
                return pronoun(new Span(w.start[vi - 1], w.end[vi - 1]));
            }
            // "…, Oberst Igor Korotchenko, sagte": the name right before the comma (not a parenthesis before the verb)
            if (vi == cs && vi > 0 && !paren) {
                EntityMention m = speakers.at(w.start[vi - 1]);
                if (m != null && (m.type() == EntityType.PER || m.type() == EntityType.ORG)) {
                    return Speakers.argument(m);
                }
            }
            // the first actor of the clause that is not governed by a preposition
            for (int k = cs; k < vi; k++) {
                EntityMention m = speakers.at(w.start[k]);
                if (m != null && Speakers.actor(m) && !Phrases.governed(w, k) && !Phrases.genitive(m)
                        && !Speakers.compoundModifier(text, m)) {
                    return Speakers.withTitle(text, speakers.personAfter(text, m));
                }
            }
            if (vi > 0 && cs == 0 || vi > 0 && vi - cs <= 0) {
                // "Medwedew, der … ist, untermauerte": the sentence's first word names the speaker
                EntityMention m = firstMention(w);
                if (m != null && Speakers.actor(m)) {
                    return Speakers.argument(speakers.personAfter(text, m));
                }
            }
            if (vi > 0) {
                EntityMention m = firstMention(w);
                if (m != null && Speakers.actor(m) && cs > 0 && w.text.substring(w.end[0], w.start[Math.min(1, w.size() - 1)]).contains(",")) {
                    return Speakers.argument(speakers.personAfter(text, m));
                }
                // an unnamed subject right before the verb ("der ukrainische Geheimdienst geschätzt", "Russische Medien berichteten")
                int k = vi - 1;
                if (k >= cs && k > 0 && w.upper(k) && speakers.at(w.start[k]) == null) {
                    Span sp = new Phrases(text, w, speakers).before(k);
                    if (sp != null) {
                        return Speakers.argument(text, sp, null);
                    }
                } else if (k >= cs + 1 && w.upper(k - 1) && !w.upper(k) && speakers.at(w.start[k - 1]) == null) {
                    Span sp = new Phrases(text, w, speakers).before(k - 1);
                    if (sp != null) {
                        return Speakers.argument(text, sp, null);
                    }
                }
                if (m != null && Speakers.actor(m)) {
                    return Speakers.argument(speakers.personAfter(text, m));
                }
                // the clause's first noun phrase ("Die Richter des Gerichts stellten fest")
                if (cs < vi && !FRONTED.contains(w.lower[cs]) && (NOMINATIVE.contains(w.lower[cs]) || w.upper(cs) && cs > 0)) {
                    Span sp = new Phrases(text, w, speakers).after(cs);
                    if (sp != null && sp.end() <= w.start[vi]) {
                        return Speakers.argument(text, sp, headOf(sp));
                    }
                }
                if (lang.equals("de") && vi == 1 && cs == 0 && nameOpening(w)) {
                    return Speakers.argument(text, new Span(w.start[0], w.end[0]), null); // "Borrell erklärte zudem, dass"
                }
            }
            return null;
        }

        /**
         * German: the single word opening the sentence right before its verb ("Borrell erklärte zudem, dass …", "Syquia
         * sagt, …") is the verb's subject when it is written with a capital inside a sentence elsewhere in the article
         * too (a name or a noun, not a word capitalised only as the first of its sentence: "Dies", "Deshalb"), is no
         * article, pronoun or fronted word, and no subject follows the verb ("Frieden forderte der Papst").
         */
        boolean nameOpening(Words w) {
            String x = w.lower[0];
            if (w.size() < 3 || !w.upper(0) || !Character.isLetter(text.charAt(w.start[0])) || w.clauseBreak(0, 1)
                    || isArticle(x) || FRONTED.contains(x) || lex.pronouns.contains(x) || NOT_ADVERB.contains(x)
                    || PREPOSITION.contains(x) || speakerAfter(w, 1) != null || subjectAfterAdverbs(w, 1) != null) {
                return false;
            }
            String word = w.surface(0);
            for (int p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
                int e = p + word.length();
                boolean whole = (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)));
                if (whole && p >= 2 && text.charAt(p - 1) == ' ' && (Character.isLetter(text.charAt(p - 2)) || text.charAt(p - 2) == ',')) {
                    return true;
                }
            }
            return false;
        }

        /** The mention that opens the words, after an article or an English title ("Rep. Lois Capps said …"), or null. */
        EntityMention firstMention(Words w) {
            EntityMention m = speakers.at(w.start[0]);
            if (m == null && w.size() > 1 && (isArticle(w.lower[0]) || words.speakerTitles.contains(w.lower[0]))) {
                m = speakers.at(w.start[1]);
            }
            return m;
        }

        /** "südkoreanische Nachrichtenagentur Yonhap" from a derived form at word k. */
        Argument phrase(Words w, int k) {
            int e = k + 1;
            while (e < w.size() && e < k + 4 && !w.clauseBreak(e - 1, e) && w.upper(e)) {
                e++;
            }
            Span sp = new Span(w.start[k], w.end[e - 1]);
            EntityMention head = null;
            for (EntityMention m : speakers.within(sp.start(), sp.end())) {
                if (m.type() != EntityType.DERIV) {
                    head = m;
                }
            }
            return Speakers.argument(text, sp, head);
        }

        String nounAfter(Words w, int k) {
            return k + 1 < w.size() && w.upper(k + 1) && !w.clauseBreak(k, k + 1) ? w.lower[k + 1] : null;
        }

        Argument pronoun(Span span) {
            // the first person named in the sentence before, else the last named speaker; never one whose first name
            // contradicts the pronoun ("er"/"he" is no woman, "sie"/"she" no man: first-name-genders.tsv)
            char not = contradicts(span.of(text));
            int si = d.sentenceAt(span.start());
            if (si > 0) {
                Span ps = d.sentences().get(si - 1).span();
                for (EntityMention m : speakers.within(ps.start(), ps.end())) {
                    if (m.type() == EntityType.PER && !hasGender(m.name(), not)) {
                        return new Argument(span, span.of(text), m.entityId(), m.name());
                    }
                }
            }
            if (lastSpeaker != null && !hasGender(lastSpeaker.name(), not)) {
                return new Argument(span, span.of(text), lastSpeaker.entityId(), lastSpeaker.name());
            }
            return new Argument(span, span.of(text), null, null);
        }

        /**
         * The gender a pronoun rules out, by what its antecedent must be (source-referents.tsv, column agrees): a woman
         * for "er"/"he" (m), a man for "she" (f), "sie" and "ihrer" (a woman or more than one), else none.
         */
        private static char contradicts(String pronoun) {
            String a = SourceReferents.load().agreement(pronoun);
            return a == null ? ' ' : a.equals("m") ? 'f' : 'm';
        }

        /** The gender a pronoun names ("he" m, "she" f; source-referents.tsv, column agrees); ' ' when it names none ("sie"). */
        private static char genderOf(String pronoun) {
            String a = SourceReferents.load().agreement(pronoun);
            return "m".equals(a) ? 'm' : "f".equals(a) ? 'f' : ' ';
        }

        private static boolean hasGender(String name, char gender) {
            return gender != ' ' && name != null && FirstNames.load().gender(name) == gender;
        }

        // ---- indirect speech

        boolean sentenceHasDirect(Sentence s) {
            for (Span x : whole) {
                if (x.overlaps(s.span())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Laut X …", "X zufolge …", "Nach Angaben X …": the rest of the sentence is X's, an indirect quote with the
         * cue word as cue.
         */
        void reportedBySource(Sentence s) {
            int from = s.span().start();
            int to = Math.min(s.span().end(), text.length());
            Words w = wordsOf(from, to);
            Phrases ph = new Phrases(text, w, speakers);
            for (int i = 0; i < w.size(); i++) {
                for (Lexicon.SourceCue c : lex.sourceByFirst.getOrDefault(w.lower[i], List.of())) {
                    if (!c.lang().equals(lang) || !(c.position().equals("after") || c.position().equals("before")
                            || c.position().equals("headbefore"))) {
                        continue;
                    }
                    boolean gap = java.util.Arrays.asList(c.words()).contains("\u2026");
                    if (gap && !c.words()[0].equals("nach")) {
                        continue;
                    }
                    int end = w.match(c.words(), i);
                    if (end < 0 || gap && end - i > 4) {
                        continue;
                    }
                    Span src = switch (c.position()) {
                        case "after" -> gap ? ph.after(i + 1) : ph.after(end);
                        case "headbefore" -> ph.before(i);
                        default -> ph.before(i - 1);
                    };
                    if (src == null) {
                        continue;
                    }
                    if (!c.position().equals("before") && !c.position().equals("headbefore")) {
                        src = new Span(src.start(), extendSource(w, src.end()));
                    }
                    int cueStart = c.position().equals("headbefore") ? w.start[end - 1] : w.start[i];
                    int cueEnd = w.end[end - 1];
                    if (gap) {
                        cueEnd = w.end[i];
                        src = new Span(w.start[i + 1], Math.max(src.end(), w.end[end - 1]));
                    } else if (c.words().length == 2 && c.words()[0].equals("nach")) {
                        // "Nach Angaben der Polizei": the cue is "nach", the source "Angaben der Polizei"
                        cueEnd = w.end[i];
                        src = new Span(w.start[i + 1], Math.max(src.end(), w.end[i + 1]));
                    }
                    int partStart = Math.min(src.start(), cueStart);
                    int partEnd = Math.max(src.end(), cueEnd);
                    Span left = trim(new Span(from, Math.max(from, partStart)));
                    int rs = partEnd;
                    while (rs < to && (text.charAt(rs) == ',' || text.charAt(rs) == ' ')) {
                        rs++;
                    }
                    Span right = trim(new Span(Math.min(rs, to), to));
                    Span msg = right.length() >= left.length() ? right : left;
                    Span hole = null;
                    if (wordsOf(left.start(), left.end()).size() >= 2 && wordsOf(right.start(), right.end()).size() >= 2) {
                        // "Am Samstag starben laut Polizei vier Menschen": the message is both sides of the source
                        msg = new Span(left.start(), right.end());
                        hole = new Span(partStart, rs);
                    }
                    if (wordsOf(msg.start(), msg.end()).size() < 3) {
                        return;
                    }
                    EntityMention head = null;
                    for (EntityMention m : speakers.within(src.start(), src.end())) {
                        if (Speakers.actor(m)) {
                            head = m;
                        }
                    }
                    Argument sp = Speakers.argument(text, src, head);
                    Span cue = new Span(cueStart, cueEnd);
                    out.add(new Attributed(new Quote(msg, msg.of(text), sp, cue.of(text), false,
                            new Provenance(NAME, "reported-source", s.index())), cue, null, null, hole));
                    return;
                }
            }
        }

        /**
         * The end of a source phrase that ends at {@code end}, carried on over the rest of its noun phrase: genitives,
         * names, adjectives before nouns, a parenthesis, quotation marks ("Angaben des United States Geological Survey
         * (USGS)", "Angaben des Magazins „Der Spiegel“"). Stops at a comma and at any other lower-case word.
         */
        int extendSource(Words w, int end) {
            int k = w.indexAtOrAfter(end);
            int last = end;
            int limit = Math.min(w.size(), k + 12);
            for (; k >= 0 && k < limit; k++) {
                if (k > 0 && w.end[k - 1] >= last && !softGap(w.end[k - 1], w.start[k])) {
                    break;
                }
                String x = w.lower[k];
                boolean ok = w.upper(k) && speechVerbAt(lex, w, k, lang) == null
                        || SOURCE_GLUE.contains(x)
                        || k + 1 < w.size() && w.upper(k + 1) && x.length() > 3 && (x.endsWith("en") || x.endsWith("er")
                        || x.endsWith("es") || x.endsWith("e")) && k > 0 && (isArticle(w.lower[k - 1]) || SOURCE_GLUE.contains(w.lower[k - 1]));
                if (!ok) {
                    break;
                }
                last = w.end[k];
            }
            // an article or preposition does not end a source
            while (last > end) {
                int j = w.indexAtOrAfter(last) - 1;
                if (j < 0 || !(isArticle(w.lower[j]) || SOURCE_GLUE.contains(w.lower[j])) || w.end[j] <= end) {
                    break;
                }
                last = w.end[j - 1];
            }
            // a parenthesis that the phrase opened is closed
            int close = last;
            while (close < text.length() && (text.charAt(close) == ' ' || text.charAt(close) == ')' || text.charAt(close) == '\u201C'
                    || text.charAt(close) == '"') && close - last < 4) {
                close++;
            }
            String tail = text.substring(last, close).strip();
            boolean opened = text.substring(end, last).contains("(") && tail.startsWith(")")
                    || text.substring(end, last).contains("\u201E") && tail.startsWith("\u201C");
            return opened ? last + text.substring(last, close).indexOf(tail.charAt(0)) + 1 : last;
        }

        /** True if only spaces, quotation marks and parentheses stand between two words. */
        boolean softGap(int a, int b) {
            for (int p = a; p < b; p++) {
                char ch = text.charAt(p);
                if (ch != ' ' && ch != '(' && ch != ')' && ch != '\u201E' && ch != '\u201C' && ch != '"') {
                    return false;
                }
            }
            return true;
        }

        /**
         * "Nach Polizeiangaben …", "Nach seiner Meinung …", "Demnach …": a source noun after "nach" (see
         * quote-words.tsv), or an adverb that is cue and source at once; the rest of the sentence is the source's.
         */
        void reportedByNach(Sentence s) {
            int from = s.span().start();
            int to = Math.min(s.span().end(), text.length());
            Words w = wordsOf(from, to);
            for (int i = 0; i + 1 < w.size(); i++) {
                if (insideDirect(w.start[i])) {
                    continue;
                }
                Span cue = null;
                Span src = null;
                if (words.selfSources.contains(w.lower[i])) {
                    cue = new Span(w.start[i], w.end[i]);
                    src = cue;
                } else if (w.lower[i].equals("nach")) {
                    for (int j = i + 1; j < w.size() && j <= i + 3; j++) {
                        if (w.clauseBreak(j - 1, j)) {
                            break;
                        }
                        if (w.upper(j) && words.sourceNoun(w.lower[j])) {
                            cue = new Span(w.start[i], w.end[i]);
                            src = new Span(w.start[i + 1], extendSource(w, w.end[j]));
                            break;
                        }
                        if (w.upper(j)) {
                            break;
                        }
                    }
                }
                if (cue == null) {
                    continue;
                }
                int rs = src.end();
                while (rs < to && (text.charAt(rs) == ',' || text.charAt(rs) == ' ')) {
                    rs++;
                }
                Span left = trim(new Span(from, cue.start()));
                Span right = trim(new Span(Math.min(rs, to), to));
                int lw = wordsOf(left.start(), left.end()).size();
                int rw = wordsOf(right.start(), right.end()).size();
                Span msg = rw >= lw ? right : left;
                Span hole = null;
                if (lw >= 2 && rw >= 2) {
                    msg = new Span(left.start(), right.end());
                    hole = new Span(cue.start(), rs);
                }
                if (wordsOf(msg.start(), msg.end()).size() < 3 || overlapsDirect(msg)) {
                    return;
                }
                Argument sp = Speakers.argument(text, src, headOf(src));
                out.add(new Attributed(new Quote(msg, msg.of(text), sp, cue.of(text), false,
                        new Provenance(NAME, "reported-nach", s.index())), cue, null, null, hole));
                return;
            }
        }

        /** "Müntefering sprach von einem Riesenerfolg.": reported speech, the whole sentence is the message. */
        void reported(Sentence s) {
            int from = s.span().start();
            int to = Math.min(s.span().end(), text.length());
            Words w = wordsOf(from, to);
            if (w.size() < 4 || text.substring(from, to).strip().endsWith("?")) {
                return;
            }
            for (int i = 1; i < w.size(); i++) {
                Lexicon.Verb v = speechVerbAt(lex, w, i, lang);
                if (v == null || !words.reportedVerbs.contains(v.lemma())) {
                    continue;
                }
                Argument sp = speakerAround(w, i, i, false);
                if (sp == null) {
                    return;
                }
                Span msg = new Span(from, to);
                while (msg.end() > msg.start() && Character.isWhitespace(text.charAt(msg.end() - 1))) {
                    msg = new Span(msg.start(), msg.end() - 1);
                }
                // the cue lies inside the message: the quote names it, the scored cue span is empty
                Span cue = new Span(w.start[i], w.end[i]);
                out.add(new Attributed(new Quote(msg, msg.of(text), sp, cue.of(text), false,
                        new Provenance(NAME, "reported", s.index())), null));
                return;
            }
        }

        /** "Wie die Zeitung berichtete, leidet X an …": the clause after the comma is the source's. */
        boolean wieReported(Sentence s) {
            int from = s.span().start();
            int to = Math.min(s.span().end(), text.length());
            Words w = wordsOf(from, to);
            if (w.size() < 5 || !(w.lower[0].equals("wie") || w.lower[0].equals("as"))) {
                return false;
            }
            for (int i = 1; i < w.size() - 2 && i < 15; i++) {
                Lexicon.Verb v = speechVerbAt(lex, w, i, lang);
                if (v != null && speechVerb(v) && w.clauseBreak(i, i + 1)
                        && text.substring(w.end[i], w.start[i + 1]).contains(",")) {
                    Span src = new Phrases(text, w, speakers).after(1);
                    Span msg = trim(new Span(w.start[i + 1], to));
                    Argument sp = src == null || src.end() > w.start[i] ? null : Speakers.argument(text, src, headOf(src));
                    Span cue = new Span(w.start[i], w.end[i]);
                    out.add(new Attributed(new Quote(msg, msg.of(text), sp, cue.of(text), false,
                            new Provenance(NAME, "indirect-wie", s.index())), cue));
                    return true;
                }
                if (w.clauseBreak(i, i + 1)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A Konjunktiv I sentence right after a quote continues it ("Er sei …"): free indirect speech. Consecutive
         * such sentences make one quote, as in the SpkAtt annotations. True if the sentence was taken.
         */
        boolean freeIndirect(Sentence s) {
            int from = s.span().start();
            int to = Math.min(s.span().end(), text.length());
            Words w = wordsOf(from, to);
            if (w.size() < 3 || !hasSubj1(w, 0, Math.min(w.size(), 12))) {
                return false;
            }
            Argument speaker = null;
            int pi = previousSpeech(from);
            Attributed prev = pi < 0 ? null : out.get(pi);
            int ps = prev == null ? -1 : d.sentenceAt(Math.max(prev.quote().span().start(), prev.quote().span().end() - 1));
            if (prev != null && ps == s.index() - 1 && prev.quote().provenance().rule().equals("free-indirect")) {
                Span merged = new Span(prev.quote().span().start(), trimEnd(to));
                out.set(pi, new Attributed(new Quote(merged, merged.of(text), prev.quote().speaker(), null,
                        false, prev.quote().provenance()), null));
                return true;
            }
            // the last quote read, which may be the sentence's own quoted words or a scare quote inside the speech
            // before; without a speaker of its own, the speaker is that of the speech it stands in or continues
            Attributed read = out.isEmpty() ? null : out.get(out.size() - 1);
            int rs = read == null ? -1 : d.sentenceAt(Math.max(read.quote().span().start(), read.quote().span().end() - 1));
            if (rs >= 0 && s.index() - rs <= 1) {
                speaker = read.quote().speaker();
                if (speaker == null && ps >= 0 && s.index() - ps <= 1) {
                    speaker = prev.quote().speaker();
                }
            } else if (s.index() > 0) {
                // the sentence before names a speaker with a reporting verb ("Lammert würdigte …")
                Span p = d.sentences().get(s.index() - 1).span();
                Words pw = wordsOf(p.start(), Math.min(p.end(), text.length()));
                // the first speaker, unless a later reporting verb after a comma closes the sentence as its main
                // clause: in "Van der Bellen hat selbst gesagt, …: …, behauptete Hofer." the sentence is Hofer's, and
                // so is the Konjunktiv after it ("Außerdem habe Van der Bellen seine Meinung … geändert")
                Argument last = null;
                for (int i = 0; i < pw.size(); i++) {
                    Lexicon.Verb v = speechVerbAt(lex, pw, i, lang);
                    if (v != null && speechVerb(v)) {
                        if (speaker != null && text.substring(pw.end[i - 1], pw.start[i]).contains(",")) {
                            Argument after = speakerAfter(pw, i);
                            if (after != null && closesAt(pw, i, after)) {
                                last = after;
                            }
                        } else if (speaker == null) {
                            speaker = speakerAround(pw, i, i, false);
                        }
                    }
                }
                if (speaker == null) {
                    return false;
                }
                if (last != null) {
                    speaker = last;
                }
            } else {
                return false;
            }
            Span msg = new Span(from, trimEnd(to));
            out.add(new Attributed(new Quote(msg, msg.of(text), speaker, null, false,
                    new Provenance(NAME, "free-indirect", s.index())), null));
            return true;
        }

        /**
         * The index in {@code out} of the quote a free indirect sentence starting at {@code from} continues: the last
         * one before the sentence, passing over the quotes inside the sentence itself (its own quoted words, read
         * first) and a quotation standing inside another quote (the scare quote "»klimapolitischer Rückschritt«" in
         * "Habeck erklärte, es sei zwar ein »klimapolitischer Rückschritt« …"), which are no speech of their own. -1
         * if there is none.
         */
        int previousSpeech(int from) {
            for (int i = out.size() - 1; i >= 0; i--) {
                Span sp = out.get(i).quote().span();
                if (sp.start() >= from) {
                    continue;
                }
                boolean inside = false;
                // the quotes of a sentence are not in text order here: its direct ones come before its indirect ones
                for (int j = Math.max(0, i - 8); j < Math.min(out.size(), i + 9) && !inside; j++) {
                    Span o = out.get(j).quote().span();
                    inside = o.start() <= sp.start() && sp.end() <= o.end() && !o.equals(sp);
                }
                if (!inside) {
                    return i;
                }
            }
            return -1;
        }

        /** True if the speaker after the reporting verb at i ends its sentence ("…, behauptete Hofer."). */
        boolean closesAt(Words w, int i, Argument sp) {
            return sp.span().start() >= w.end[i] && w.start[w.size() - 1] < sp.span().end();
        }

        /** {@code to} moved back over trailing white space. */
        int trimEnd(int to) {
            while (to > 0 && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            return to;
        }

        void indirect(Sentence s) {
            int from = s.span().start();
            int to = Math.min(s.span().end(), text.length());
            Words w = wordsOf(from, to);
            for (int i = 0; i < w.size(); i++) {
                if (insideDirect(w.start[i])) {
                    continue;
                }
                Lexicon.Verb v = speechVerbAt(lex, w, i, lang);
                boolean so = v == null && w.lower[i].equals("so") && i > 1 && i + 1 < w.size() && w.clauseBreak(i - 1, i)
                        && text.substring(w.end[i - 1], w.start[i]).contains(",")
                        && (NOMINATIVE.contains(w.lower[i + 1]) || speakers.at(w.start[i + 1]) != null)
                        && hasSubj1(w, 0, i);
                if (so) {
                    Span msg = trim(new Span(w.start[0], w.end[i - 1]));
                    if (!overlapsDirect(msg)) {
                        Argument sp = speakerAfter(w, i);
                        Span cue = new Span(w.start[i], w.end[i]);
                        out.add(new Attributed(new Quote(msg, msg.of(text), sp, cue.of(text), false,
                                new Provenance(NAME, "indirect-so", s.index())), cue));
                        if (sp != null && sp.entityId() != null) {
                            lastSpeaker = sp;
                        }
                        break;
                    }
                }
                if (v == null || !speechVerb(v)) {
                    continue;
                }
                // verb … , dass …
                int k = i + 1;
                int limit = Math.min(w.size() - 1, i + 12);
                int msgStart = -1;
                String rule = null;
                while (k <= limit) {
                    if (w.clauseBreak(k - 1, k)) {
                        String gap = text.substring(w.end[k - 1], w.start[k]);
                        if (gap.strip().equals(":") && k - i <= 4) {
                            // "Henderson sagte: Es sah so aus, als ob …": a colon without quotation marks
                            msgStart = k;
                            rule = "indirect-colon";
                        } else if (gap.contains(",")) {
                            String x = w.lower[k];
                            if (x.equals("dass") || x.equals("wonach") || x.equals("ob") || x.equals("that")) {
                                // the message includes the conjunction, as in the SpkAtt annotations
                                msgStart = k;
                                rule = "indirect-dass";
                            } else if (hasSubj1(w, k, Math.min(w.size(), k + 6))) {
                                msgStart = k;
                                rule = "indirect-subj1";
                            } else if (!v.cls().equals("report") && zuClause(w, k)) {
                                // "forderte, die Sanktionen zu beenden"
                                msgStart = k;
                                rule = "indirect-zu";
                            }
                        }
                        break;
                    }
                    if (lang.equals("en") && w.lower[k].equals("that") && k == i + 1) {
                        msgStart = k + 1;
                        rule = "indirect-that";
                        break;
                    }
                    k++;
                }
                int msgEnd = w.size();
                int cueIdx = i;
                if (msgStart < 0) {
                    // "Y sei …, sagte X."
                    if (i > 0 && w.clauseBreak(i - 1, i) && text.substring(w.end[i - 1], w.start[i]).contains(",")
                            && hasSubj1(w, 0, i) && !insideDirect(w.start[0])) {
                        msgStart = 0;
                        msgEnd = i;
                        rule = "indirect-trailing";
                    } else {
                        continue;
                    }
                }
                if (msgStart >= msgEnd) {
                    continue;
                }
                Span msg = trim(new Span(w.start[msgStart], w.end[msgEnd - 1]));
                if (msg.isEmpty() || overlapsDirect(msg)) {
                    continue;
                }
                Argument sp = rule.equals("indirect-trailing") ? speakerAfter(w, cueIdx) : speakerAround(w, cueIdx, cueIdx, false);
                if (sp == null && lang.equals("de") && rule.equals("indirect-trailing")) {
                    // "Danach werde man die Gaslieferungen … wieder erhöhen, versichert Moskau.": after the indirect
                    // speech and its comma the verb opens the main clause, its subject follows it, as after a quote
                    sp = bareNameAfter(w, cueIdx);
                    if (sp == null) {
                        sp = subjectAfterAdverbs(w, cueIdx);
                    }
                }
                if (sp != null && sp.entityId() != null) {
                    lastSpeaker = sp;
                }
                Span cue = new Span(w.start[cueIdx], w.end[cueIdx]);
                out.add(new Attributed(new Quote(msg, msg.of(text), sp, cue.of(text), false,
                        new Provenance(NAME, rule, s.index())), cue));
                if (rule.equals("indirect-trailing")) {
                    break;
                }
                i = msgEnd;
            }
        }

        /** A zu-infinitive clause from word k to the next clause break: "die Sanktionen zu beenden". */
        boolean zuClause(Words w, int k) {
            for (int j = k; j < w.size() && j < k + 15; j++) {
                if (j > k && w.clauseBreak(j - 1, j)) {
                    return false;
                }
                if (w.lower[j].equals("zu") && j + 1 < w.size() && !w.upper(j + 1)
                        && (j + 2 >= w.size() || w.clauseBreak(j + 1, j + 2))) {
                    return true;
                }
            }
            return false;
        }

        boolean hasSubj1(Words w, int from, int to) {
            for (int k = from; k < to; k++) {
                if (lex.subj1.contains(w.lower[k]) || konjunktiv(w, k)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A third-person Konjunktiv I form by shape: a lower-case word in -e after a noun or pronoun subject
         * ("der Pilot trage", "er gehe"); past tenses in -te and adjectives after articles do not qualify.
         */
        boolean konjunktiv(Words w, int k) {
            String x = w.lower[k];
            if (k == 0 || w.upper(k) || x.length() < 4 || !x.endsWith("e") || x.endsWith("te") || x.endsWith("ie")
                    || w.clauseBreak(k - 1, k) || words.notSubj1.contains(x)) {
                return false;
            }
            if (k + 1 < w.size() && w.upper(k + 1) && !w.clauseBreak(k, k + 1)) {
                return false; // an adjective before its noun: "Tausende nordkoreanische Soldaten"
            }
            String p = w.lower[k - 1];
            return (w.upper(k - 1) && !isArticle(p)) || p.equals("er") || p.equals("sie") || p.equals("es") || p.equals("man");
        }

        /** True if the message starts inside a direct quote or a direct quote covers most of it. */
        boolean overlapsDirect(Span s) {
            for (Span x : whole) {
                if (s.start() >= x.start() && s.start() < x.end() || x.overlaps(s) && x.length() * 2 > s.length()) {
                    return true;
                }
            }
            return false;
        }

        Span trim(Span s) {
            int a = s.start();
            int b = s.end();
            while (b > a && ",.;:!?\u201C\"".indexOf(text.charAt(b - 1)) >= 0) {
                b--;
            }
            return new Span(a, b);
        }
    }

    private static final Set<String> FRONTED = WordClasses.of("fronted");

    /** Words that join the parts of a source phrase ("Angaben des Instituts von Athen"). */
    private static final Set<String> SOURCE_GLUE = WordClasses.of("source-glue");

    private static final Set<String> NOMINATIVE = WordClasses.of("nominative-article");

    /** Lower-case words after a cue verb that are no adverb before its subject ("schrieb jemand als Reaktion"). */
    private static final Set<String> NOT_ADVERB = WordClasses.of("not-adverb");

    /** Words that open a genitive or "von" phrase after a noun ("Ein Sprecher der Landesrätin …"). */
    private static final Set<String> OF = Set.of("des", "der", "von", "vom");

    /** Weekdays apposed to an adverb of time ("heute, Donnerstag,"). */
    private static final Set<String> WEEKDAY = WordClasses.of("weekday");
    /** German impersonal cue verbs whose source follows "es" ("heißt es aus dem Ministerium"). */
    private static final Set<String> IMPERSONAL_CUE = WordClasses.of("impersonal-cue");
    /** German prepositions that name a source after an impersonal cue ("aus", "von", "seitens"). */
    private static final Set<String> SOURCE_FROM = WordClasses.of("source-from");
    /** German nouns of a written statement (also as a compound's end) whose genitive names its author. */
    private static final Set<String> STATEMENT_NOUN = WordClasses.of("statement-noun");

    /** Prepositions: a word after a cue verb that opens no subject ("sagte in Berlin …"). */
    private static final Set<String> PREPOSITION = union(WordClasses.of("place-preposition"), WordClasses.of("relative-preposition"));

    /** A noun whose head begins with a figure ("52-Jährige", "17-Jähriger"). */
    private static final java.util.regex.Pattern FIGURE_NOUN = java.util.regex.Pattern.compile("\\d+-\\p{Lu}\\p{L}+");

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    private static final Set<String> ARTICLE = WordClasses.of("article");

    static boolean isArticle(String lower) {
        return ARTICLE.contains(lower);
    }

    /**
     * A reporting verb that cues a quote: accusing verbs (reporting-verbs.tsv, class accuse: "beschuldigte",
     * "bezichtigte", "macht … verantwortlich") name the accuser as the source of a claim, but the phrase after them is
     * the accused, not a speaker, and what follows is no message ("als „Verschwörungstheoretiker“ beschuldigen").
     */
    static Lexicon.Verb speechVerbAt(Lexicon lex, Words w, int i, String lang) {
        Lexicon.Verb v = lex.verbAt(w, i, lang);
        return v == null || v.cls().equals("accuse") ? null : v;
    }
}
