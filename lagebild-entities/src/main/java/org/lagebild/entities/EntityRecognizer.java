package org.lagebild.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Stage;
import org.lagebild.entities.kb.Entity;
import org.lagebild.entities.kb.KnowledgeBase;
import org.lagebild.entities.link.NameKeys;
import org.lagebild.entities.ner.NerTagger;
import org.lagebild.entities.recognize.Cues;
import org.lagebild.entities.recognize.Gazetteer;
import org.lagebild.entities.recognize.Gazetteer.Kind;
import org.lagebild.entities.recognize.Gazetteer.Match;
import org.lagebild.entities.recognize.Gazetteer.Terminal;
import org.lagebild.entities.recognize.OfficeTerms;
import org.lagebild.entities.recognize.Senses;
import org.lagebild.entities.recognize.TextTokens;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;
import org.lagebild.model.Layer;
import org.lagebild.model.Provenance;
import org.lagebild.model.Span;

/**
 * Recognises and links people, organisations, places and derived forms in a document's clean text.
 * In: a {@link Document} with {@link Layer#LANGUAGE} and {@link Layer#SENTENCES}. Out: the same
 * document with {@link Layer#ENTITIES}: one {@link EntityMention} per mention, sorted by offset, with
 * spans into the clean text, the knowledge-base id (or a stable {@code lb:auto:…} id for unknown
 * names), the canonical name in the document's language, and provenance (stage, rule, sentence).
 *
 * <p>Rules, in order: gazetteer longest match over folded tokens with German inflection endings
 * ({@code gazetteer}, {@code gazetteer-inflected}); derived forms typed {@link EntityType#DERIV}
 * ({@code derived}); a name two entries share by its context ({@code sense}: the US state or the country
 * Georgia, {@code senses.tsv}); surnames and title forms resolved to the person named in full in the same
 * article, else to the knowledge base ({@code surname}, {@code title}); capitals and seats of power
 * acting as subject or party turned into the country's government ({@code metonymy}); countries after a
 * locative preposition typed LOC ({@code place}); unknown names from first-name, title and legal-form cues
 * ({@code auto-firstname}, {@code auto-title}, {@code auto-orgsuffix}) and their later surname-only
 * mentions ({@code auto-surname}), spelling variants of known surnames ({@code surname-variant}).
 *
 * <p>Stateless after construction and thread-safe; time is linear in the text length.
 */
public final class EntityRecognizer implements Stage {

    /** The stage name recorded in provenance. */
    public static final String NAME = "entities";

    private final KnowledgeBase kb;
    private final Gazetteer gazetteer;
    private final Cues cues;
    private final Senses senses;
    private final Map<String, List<Entity>> surnameVariants;
    private final NerTagger tagger;
    private final OfficeTerms terms = OfficeTerms.load();
    private final org.lagebild.entities.ner.WordClusters words = org.lagebild.entities.ner.WordClusters.load();

    /** A recognizer over the bundled knowledge base, with the bundled German NER model for unknown names. */
    public EntityRecognizer() {
        this(KnowledgeBase.load(), NerTagger.load());
    }

    /** A recognizer over that knowledge base, without the statistical tagger (rules and gazetteer only). */
    public EntityRecognizer(KnowledgeBase kb) {
        this(kb, null);
    }

    /**
     * A recognizer over that knowledge base; {@code tagger} (may be null) finds further German names
     * the knowledge base and cue rules miss, linked to stable {@code lb:auto:…} ids.
     */
    public EntityRecognizer(KnowledgeBase kb, NerTagger tagger) {
        this.kb = kb;
        this.tagger = tagger;
        this.gazetteer = Gazetteer.build(kb);
        this.cues = Cues.load();
        this.senses = Senses.load(kb);
        Map<String, List<Entity>> v = new HashMap<>();
        Set<String> transliterated = Cues.transliteratedCountries();
        for (Entity e : kb.entities()) {
            if (e.type() != EntityType.PER || !transliterated(e, transliterated)) {
                continue;
            }
            for (String n : e.names()) {
                String key = NameKeys.transliterationKey(n);
                if (key.length() >= 4 && key.indexOf('-') < 0) {
                    List<Entity> l = v.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!l.contains(e)) {
                        l.add(e);
                    }
                }
            }
        }
        this.surnameVariants = Map.copyOf(v);
    }

    /**
     * True for a person whose name reaches German and English text transliterated from another script: German and
     * English names differ ("Wladimir Putin" / "Vladimir Putin"), or the person's country is listed in
     * {@code transliterated-countries.tsv}. Only such surnames are matched across spellings ("Shoigu" for "Schoigu");
     * "Scholz" or "Rutte" have one spelling, and the folded key would also take "Schools" and "Route".
     */
    private static boolean transliterated(Entity e, Set<String> countries) {
        return !NameKeys.fold(e.nameDe()).equals(NameKeys.fold(e.nameEn()))
                || (e.country() != null && countries.contains(e.country()));
    }

    /**
     * The known person with a transliterated name whose surname has that transliteration key and whose first name
     * folds like {@code first} ("Sergei Shoygu" for Sergei Schoigu), or null.
     */
    private Entity fullNameVariant(String first, String surnameKey) {
        List<Entity> known = surnameVariants.get(surnameKey);
        if (known == null) {
            return null;
        }
        String firstKey = NameKeys.transliterationKey(first);
        for (Entity e : known) {
            for (String name : e.names()) {
                String[] w = name.split("\\s+");
                if (w.length >= 2 && NameKeys.transliterationKey(w[0]).equals(firstKey)
                        && NameKeys.transliterationKey(w[w.length - 1]).equals(surnameKey)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The knowledge base this recognizer links against. */
    public KnowledgeBase knowledgeBase() {
        return kb;
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
        return EnumSet.of(Layer.ENTITIES);
    }

    @Override
    public Document apply(Document document, AnnotationContext context) {
        org.lagebild.model.Article a = document.article();
        boolean dated = a.published().date() != null;
        java.time.LocalDate when = dated ? a.published().date() : context.today();
        String outlet = OfficeTerms.outletCountry(a.url());
        if (outlet.isEmpty()) {
            outlet = OfficeTerms.outletCountry(a.publisher());
        }
        List<EntityMention> found = recognize(document.text(), document.language(), when, outlet, dated);
        List<EntityMention> out = new ArrayList<>(found.size());
        List<org.lagebild.model.Span> credits = new ArrayList<>();
        for (org.lagebild.model.Block b : document.article().blocks()) {
            if (b.type() == org.lagebild.model.BlockType.CREDIT) {
                credits.add(b.span());
            }
        }
        // credits inside running text: the photographer is no actor (the agency stays a mention, as the seeds' gold has it)
        List<org.lagebild.model.Span> inline = org.lagebild.entities.recognize.InlineCredits.defaults().find(document.text());
        for (EntityMention m : found) {
            if (inAny(credits, m.span()) || m.type() == EntityType.PER && inAny(inline, m.span())) {
                continue; // photo credits name agencies and photographers, not actors of the story
            }
            int s = document.sentenceAt(m.span().start());
            out.add(new EntityMention(m.span(), m.text(), m.type(), m.entityId(), m.name(), m.confidence(),
                    m.provenance().inSentence(s)));
        }
        return document.withEntities(out);
    }

    /** True if c is a title linked to a holder the article does not name, right before the name of another person. */
    private static boolean titleBeforeOther(Cand c, Cand next) {
        return "title".equals(c.rule) && c.confidence < 0.9 && next != null && next.ts == c.te && next.type == EntityType.PER
                && !java.util.Objects.equals(c.entity != null ? c.entity.id() : c.autoId,
                        next.entity != null ? next.entity.id() : next.autoId);
    }

    /**
     * True if c is a title joined by a conjunction of {@code cues.tsv} TITLE_JOINER ("und") or a comma, and one to
     * three capitalised words (another title), to the name of a person other than its holder: "den Revolutionsführer
     * und Ex-Machthaber Fidel Castro". Both titles are that person's; which one, the words do not tell, so the title
     * is no mention of its holder of today.
     */
    private boolean titleJoinedToOther(TextTokens t, Cand c, Cand next) {
        if (next == null || next.type != EntityType.PER || next.ts <= c.te || crossesSentence(t, c.te - 1, next.ts)
                || java.util.Objects.equals(c.entity != null ? c.entity.id() : c.autoId,
                        next.entity != null ? next.entity.id() : next.autoId)) {
            return false;
        }
        String gap = t.text().substring(t.end(c.te - 1), t.start(next.ts));
        int i = skipSpace(gap, 0);
        if (i < gap.length() && gap.charAt(i) == ',') {
            i++;
        } else {
            int e = i;
            while (e < gap.length() && Character.isLetter(gap.charAt(e))) {
                e++;
            }
            String joiner = gap.substring(i, e);
            if (e == i || !joiner.equals(joiner.toLowerCase(java.util.Locale.ROOT))
                    || !cues.is(Cues.Kind.TITLE_JOINER, NameKeys.fold(joiner))) {
                return false;
            }
            i = e;
        }
        // then white space, and one to three capitalised words (letters and hyphens), each followed by white space
        int words = 0;
        if (skipSpace(gap, i) == i) {
            return false;
        }
        i = skipSpace(gap, i);
        while (i < gap.length()) {
            if (!Character.isUpperCase(gap.charAt(i))) {
                return false;
            }
            int e = i + 1;
            while (e < gap.length() && (Character.isLetter(gap.charAt(e)) || gap.charAt(e) == '-')) {
                e++;
            }
            int sp = skipSpace(gap, e);
            if (sp == e) {
                return false;
            }
            words++;
            i = sp;
        }
        return words >= 1 && words <= 3;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * True if c is a title after a word of a former holder ({@code cues.tsv} FORMER_WORD: "der frühere
     * UN-Generalsekretär") or a prefix of one (FORMER_PREFIX: "Ex-Kanzler"), within 30 characters before it.
     */
    private boolean formerTitle(TextTokens t, Cand c) {
        int s = t.start(c.ts);
        String before = t.text().substring(Math.max(0, s - 30), s);
        int e = before.length();
        if (e > 0 && before.charAt(e - 1) == '-') {
            int b = lettersBefore(before, e - 1);
            return b < e - 1 && Character.isUpperCase(before.charAt(b)) && (b == 0 || !Character.isLetterOrDigit(before.charAt(b - 1)))
                    && cues.is(Cues.Kind.FORMER_PREFIX, NameKeys.fold(before.substring(b, e - 1)));
        }
        int k = e;
        while (k > 0 && Character.isWhitespace(before.charAt(k - 1))) {
            k--;
        }
        if (k == e) {
            return false;
        }
        int b = lettersBefore(before, k);
        return b < k && (b == 0 || !Character.isLetterOrDigit(before.charAt(b - 1)))
                && cues.startsWithCue(Cues.Kind.FORMER_WORD, NameKeys.fold(before.substring(b, k)));
    }

    /** The start of the run of letters that ends at {@code end} in s. */
    private static int lettersBefore(String s, int end) {
        int b = end;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /** True if the title's words include a word of the holder's name ("Kanzler Merz"): then it is no bare title. */
    private static boolean namesHolder(TextTokens t, Cand c, Entity holder) {
        Set<String> names = new HashSet<>();
        for (String n : holder.names()) {
            for (String w : n.split("[\\s-]+")) {
                if (w.length() > 2) {
                    names.add(NameKeys.fold(w));
                }
            }
        }
        for (int k = c.ts; k < c.te; k++) {
            if (names.contains(NameKeys.fold(t.surface(k)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inAny(List<org.lagebild.model.Span> spans, org.lagebild.model.Span s) {
        for (org.lagebild.model.Span c : spans) {
            if (s.start() >= c.start() && s.end() <= c.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Recognises the entity mentions of a text; provenance has sentence -1. Never throws for any text.
     * German ("de", or undetermined) gets every rule and the statistical tagger; English the knowledge
     * base and the English cues; any other language (a Polish or Spanish page in a crawl) only the
     * knowledge base and the name rules, since the German tagger reads its capitalised words as names.
     */
    public List<EntityMention> recognize(String text, String language) {
        return recognize(text, language, null, "");
    }

    /**
     * Recognises the entity mentions of an article of that time ({@code when}: its publication date, else the
     * reference time; null: not known, titles are not checked) and outlet country (ISO code or ""): a title without
     * the person's name ("der Bundeskanzler") is linked to the knowledge base's holder only when
     * {@code office-terms.tsv} gives the holder a term at that time, in an outlet of no other country with that
     * office, for the languages it lists.
     */
    public List<EntityMention> recognize(String text, String language, java.time.LocalDate when, String outletCountry) {
        return recognize(text, language, when, outletCountry, true);
    }

    /**
     * As {@link #recognize(String, String, java.time.LocalDate, String)}; {@code dated} false: {@code when} is only the
     * reference time of an article without a publication date, which says nothing of the article's own time (a 2015
     * article of a corpus read in 2026), so a German bare title is linked only to the holder the article itself names
     * or gives the title, never by the holder's term ("der britische Premierminister" in 2015 is Cameron, not Starmer).
     */
    public List<EntityMention> recognize(String text, String language, java.time.LocalDate when, String outletCountry,
                                         boolean dated) {
        String lang = "en".equals(language) ? "en" : "de";
        boolean german = language == null || language.isEmpty() || "de".equals(language) || "und".equals(language);
        TextTokens t = TextTokens.of(text);
        int n = t.size();
        Cand[] at = new Cand[n];
        List<Cand> cands = new ArrayList<>();
        Set<String> otherBearers = new HashSet<>();
        List<Cand> kin = new ArrayList<>();
        // 1. gazetteer
        for (int i = 0; i < n; ) {
            Match m = gazetteer.longest(t, i);
            if (m == null) {
                i++;
                continue;
            }
            if (articleTitleOutOfQuotes(t, m)) {
                i++;
                continue;
            }
            if (shortOnly(m) && (german ? firstNameBefore(t, m) : partOfLongerName(t, m))) {
                // "Paul Lee", "Walter Lee Barfield", "Lee College": someone else of that name, not the known person
                otherBearers.add(t.norm(m.start()));
                i++;
                continue;
            }
            if (senses.firstName(m.terminals(), t, m.start(), m.end(), lang, cues)) {
                i++; // "Jordan Reeves": a person's first name, not the country
                continue;
            }
            if (senses.afterKin(m.terminals(), t, m.start(), m.end(), lang)) {
                // "his son Jordan": a person known by the first name, not the country
                String name = t.surface(m.start());
                Cand c = new Cand(m.start(), m.end(), null);
                c.auto(EntityType.PER, NameKeys.autoId("per", name), name, "kin-first-name", 0.6);
                mark(at, c);
                kin.add(c);
                i = m.end();
                continue;
            }
            Cand c = new Cand(m.start(), m.end(), m);
            cands.add(c);
            for (int k = m.start(); k < m.end(); k++) {
                at[k] = c;
            }
            i = m.end();
        }
        // 2. full names of people seen in this article, in order of first mention; shared names by their context
        Map<String, Integer> seen = new LinkedHashMap<>();
        Set<String> words = null;
        for (Cand c : cands) {
            Terminal x = best(c.match.terminals());
            if (x.kind() == Kind.NAME && c.match.terminals().size() > 1) {
                if (words == null) {
                    words = new HashSet<>();
                    for (int k = 0; k < n; k++) {
                        words.add(t.norm(k));
                    }
                }
                Terminal y = senses.choose(c.match.terminals(), x, t, c.ts, c.te, lang, words);
                if (y != x) {
                    c.set(y.entity(), y.entity().type(), "sense", 0.85);
                    continue;
                }
            }
            if (x.kind() == Kind.NAME) {
                c.set(x.entity(), x.entity().type(), c.match.inflections() > 0 ? "gazetteer-inflected" : "gazetteer",
                        c.match.inflections() > 0 ? 0.9 : 0.95);
                if (x.entity().type() == EntityType.PER) {
                    seen.putIfAbsent(x.entity().id(), c.ts);
                }
            } else if (x.kind() == Kind.DERIV) {
                c.set(x.entity(), EntityType.DERIV, "derived", 0.9);
            }
        }
        // 3. surnames and title forms
        for (Cand c : cands) {
            if (c.entity != null) {
                continue;
            }
            Terminal x = best(c.match.terminals());
            if (x.kind() == Kind.GENERIC) {
                continue;
            }
            Entity pick = null;
            int first = Integer.MAX_VALUE;
            for (Terminal y : c.match.terminals()) {
                Integer s = y.kind() == x.kind() ? seen.get(y.entity().id()) : null;
                if (s != null && s < first) {
                    first = s;
                    pick = y.entity();
                }
            }
            boolean inArticle = pick != null;
            if (!inArticle && x.kind() == Kind.SHORT && otherBearers.contains(t.norm(c.ts))) {
                // the article names someone else with this surname ("Thomas Jesse Lee … Lee was ordered …")
                for (int k = c.ts; k < c.te; k++) {
                    at[k] = null;
                }
                continue;
            }
            if (pick == null) {
                pick = x.entity();
            }
            String rule = x.kind() == Kind.TITLE ? "title" : "surname";
            // a bare title is whoever held the office then and there: not today's holder in an article of 2015, nor
            // Germany's chancellor in an Austrian outlet; unknown holder, no link (decided when the mentions are made)
            c.outOfTerm = !inArticle && x.kind() == Kind.TITLE && when != null && german && terms.checks(lang)
                    && !namesHolder(t, c, pick) && (!dated || !terms.holds(pick.id(), lang, when, outletCountry));
            c.set(pick, pick.type(), rule, inArticle ? 0.9 : (x.kind() == Kind.TITLE ? 0.7 : 0.65));
        }
        cands.addAll(kin);
        // 4. unknown names
        autoNames(t, at, cands, seen, otherBearers, german, lang);
        cands.sort(Comparator.comparingInt(c -> c.ts));
        // 5. generic names of bodies, by the country the sentence is about
        for (int i = 0; i < cands.size(); i++) {
            Cand c = cands.get(i);
            if (c.entity == null && c.match != null) {
                String country = sentenceCountry(t, cands, i);
                for (Terminal y : c.match.terminals()) {
                    if (y.kind() == Kind.GENERIC && y.entity().country().equals(country)) {
                        c.set(y.entity(), y.entity().type(), "generic", 0.6);
                        break;
                    }
                }
            }
        }
        cands.removeIf(c -> c.entity == null && c.autoId == null);
        // 6. metonymy and place/actor typing
        Cand prev = null;
        for (Cand c : cands) {
            if (c.entity != null && c.type != EntityType.DERIV && c.type != EntityType.PER) {
                resolveActor(t, c, prev);
            }
            prev = c;
        }
        List<EntityMention> out = new ArrayList<>(cands.size());
        // the article's own holder of a title: the person it names right after the title ("US-Außenminister John Kerry")
        Map<String, Cand> articleHolder = new HashMap<>();
        for (int i = 0; german && i + 1 < cands.size(); i++) {
            Cand c = cands.get(i);
            if (titleBeforeOther(c, cands.get(i + 1))) {
                articleHolder.putIfAbsent(c.entity.id(), cands.get(i + 1));
            }
        }
        for (int i = 0; i < cands.size(); i++) {
            Cand c = cands.get(i);
            Cand next = i + 1 < cands.size() ? cands.get(i + 1) : null;
            if (titleBeforeOther(c, next)) {
                // a title right before the name of someone else ("Bundeskanzler Werner Faymann" in 2015) is that
                // person's title: not the holder the knowledge base knows today (Merz), whom the article does not name
                continue;
            }
            if (german && "title".equals(c.rule) && (titleJoinedToOther(t, c, next) || formerTitle(t, c))) {
                // "den Revolutionsführer und Ex-Machthaber Fidel Castro" (not Chamenei), "der frühere
                // UN-Generalsekretär" (not today's): the title is someone else's, whom the knowledge base does not hold
                continue;
            }
            Cand holder = "title".equals(c.rule) && c.confidence < 0.9 && c.entity != null ? articleHolder.get(c.entity.id()) : null;
            if (holder != null) {
                // the same title alone elsewhere in the article is that person too ("Später traf der US-Außenminister …")
                int s = t.start(c.ts);
                int e = t.end(c.te - 1);
                out.add(new EntityMention(new Span(s, e), text.substring(s, e), EntityType.PER,
                        holder.entity != null ? holder.entity.id() : holder.autoId,
                        holder.entity != null ? holder.entity.name(lang) : holder.autoName, 0.6,
                        Provenance.of(NAME, "title-article-holder")));
                continue;
            }
            if (c.outOfTerm) {
                continue;
            }
            int s = t.start(c.ts);
            int e = t.end(c.te - 1);
            String id = c.entity != null ? c.entity.id() : c.autoId;
            String name = c.entity != null ? c.entity.name(lang) : c.autoName;
            out.add(new EntityMention(new Span(s, e), text.substring(s, e), c.type, id, name, c.confidence,
                    Provenance.of(NAME, c.rule)));
        }
        return out;
    }

    /**
     * The country a generic name belongs to: a genitive owner right after it ("… der Ukraine"), else
     * the nearest mention in the same sentence before it, then after it. Derived forms count only
     * directly before the name ("russische Armee"), since elsewhere they qualify other nouns. "" if none.
     */
    private static String sentenceCountry(TextTokens t, List<Cand> cands, int i) {
        Cand c = cands.get(i);
        if (c.te < t.size() && (t.norm(c.te).equals("der") || t.norm(c.te).equals("des"))) {
            if (i + 1 < cands.size() && cands.get(i + 1).ts == c.te + 1 && cands.get(i + 1).entity != null
                    && cands.get(i + 1).type != EntityType.DERIV) {
                return countryOf(cands.get(i + 1));
            }
            return "";
        }
        for (int k = i - 1; k >= 0; k--) {
            Cand o = cands.get(k);
            if (crossesSentence(t, o.te - 1, c.ts)) {
                break;
            }
            if (o.type == EntityType.DERIV && o.te != c.ts) {
                continue;
            }
            String s = countryOf(o);
            if (!s.isEmpty()) {
                return s;
            }
        }
        for (int k = i + 1; k < cands.size(); k++) {
            Cand o = cands.get(k);
            if (crossesSentence(t, c.te - 1, o.ts)) {
                break;
            }
            if (o.type == EntityType.DERIV) {
                continue;
            }
            String s = countryOf(o);
            if (!s.isEmpty()) {
                return s;
            }
        }
        return "";
    }

    private static String countryOf(Cand o) {
        Entity e = o.entity;
        if (e == null) {
            return "";
        }
        if (e.type() == EntityType.GPE) {
            return e.id();
        }
        if (!e.country().isEmpty()) {
            return e.country();
        }
        return e.type() == EntityType.ORG ? e.id() : "";
    }

    private static boolean crossesSentence(TextTokens t, int a, int b) {
        String s = t.text();
        for (int p = t.end(a); p < t.start(b); p++) {
            char ch = s.charAt(p);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Titles that begin with an article ("Die Zeit", "Die Welt", "Der Spiegel") are ordinary phrases
     * unless quoted or named as a paper ("Wochenzeitung Die Zeit").
     */
    private boolean articleTitleOutOfQuotes(TextTokens t, Match m) {
        String w = t.norm(m.start());
        if (m.end() - m.start() < 2 || m.terminals().stream().anyMatch(x -> x.entity().type() != EntityType.ORG)
                || !(w.equals("die") || w.equals("der") || w.equals("das") || w.equals("the"))) {
            return false;
        }
        int p = t.start(m.start()) - 1;
        while (p >= 0 && t.text().charAt(p) == ' ') {
            p--;
        }
        if (p >= 0 && "\"\u201E\u201C\u00BB\u00AB'\u2018\u201A".indexOf(t.text().charAt(p)) >= 0) {
            return false;
        }
        if (m.start() > 0) {
            String prev = t.norm(m.start() - 1);
            if (prev.endsWith("zeitung") || prev.endsWith("magazin") || prev.equals("blatt") || prev.equals("sender")) {
                return false;
            }
        }
        return true;
    }

    /** True if every entry of the match is a one-word alias of a person ("Lee", "Obama"). */
    private static boolean shortOnly(Match m) {
        for (Terminal x : m.terminals()) {
            if (x.kind() != Kind.SHORT) {
                return false;
            }
        }
        return !m.terminals().isEmpty();
    }

    /** How many capitalised words after a person's name may stand before the word that ends a place's name. */
    private static final int PLACE_RUN = 3;

    /**
     * English: true if a capitalised run of at most {@link #PLACE_RUN} words starting at token {@code k}, right after a
     * person's name, ends in a word that ends a place's name ({@code NAME_END} or {@code PLACE_END} of cues.tsv): the
     * person's name is part of the place's ("Martin Luther King Jr. Memorial Park", "Martin Luther King Drive", "Martin
     * Luther King Park"). The run goes over spaces and hyphens, and over the dot of a short abbreviation ("Jr.", "St.");
     * it ends at a function word in capitals ("At", "On"), so a headline in title case ("John Smith Shot On Main Street")
     * keeps its person.
     */
    private boolean placeRunAfter(TextTokens t, int k) {
        int n = t.size();
        for (int w = 0; w < PLACE_RUN && k < n && t.upper(k) && (t.tight(k - 1) || abbreviationDot(t, k - 1)); w++, k++) {
            if (cues.is(Cues.Kind.NOT_NAME, t.norm(k))) {
                return false;
            }
            if (cues.is(Cues.Kind.NAME_END, t.norm(k)) || cues.is(Cues.Kind.PLACE_END, t.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** True if token i is a short capitalised abbreviation followed by its dot and one space ("Jr. ", "St. "). */
    private static boolean abbreviationDot(TextTokens t, int i) {
        if (i + 1 >= t.size() || !t.upper(i) || t.surface(i).length() > 3) {
            return false;
        }
        int a = t.end(i);
        return t.start(i + 1) - a == 2 && t.text().charAt(a) == '.' && t.text().charAt(a + 1) == ' ';
    }

    /**
     * True if a one-word alias is written as part of a longer name: a capitalised word that is no title or function
     * word stands right before it ("Paul Lee", "Michelle Obama") or right after it ("Lee College", "Lee Barfield").
     */
    private boolean partOfLongerName(TextTokens t, Match m) {
        int b = m.start() - 1;
        int a = m.end();
        boolean before = b >= 0 && t.tight(b) && namePart(t, b) && (cues.firstName(t.norm(b)) || !titleCase(t, b));
        // before it a first name ("Paul Lee", "Michelle Obama"), after it a word ending a place or institution name
        // ("Lee College"); other capitalised neighbours may be a headline in title case ("Trump Meets Putin")
        boolean after = a < t.size() && t.tight(a - 1) && t.upper(a) && cues.is(Cues.Kind.NAME_END, t.norm(a));
        return before || after;
    }

    /**
     * German: true if a known first name of someone else stands right before a one-word alias ("der Komponist Lubomyr
     * Melnyk" is not the ambassador Andrij Melnyk). Only first names: a capitalised word before a German name is often
     * a noun or a genitive ("Russlands Putin").
     */
    private boolean firstNameBefore(TextTokens t, Match m) {
        int b = m.start() - 1;
        if (b < 0 || !t.tight(b) || !namePart(t, b) || !cues.firstName(t.norm(b))) {
            return false;
        }
        // a form of the person's own first name is no one else's: "Joseph Biden", "Anthony Blinken", "Wladimir
        // Selenskij" (spellings and full forms share the first letter); "Hunter Biden", "Wladimir Klitschko" beside
        // Vitali, "Michelle Obama" do not
        char initial = t.norm(b).charAt(0);
        for (Terminal x : m.terminals()) {
            for (String n : x.entity().names()) {
                String f = NameKeys.fold(n);
                if (f.indexOf(' ') > 0 && f.charAt(0) == initial) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True if every word of four or more letters within five tokens of i is capitalised: a headline in title case
     * ("Trump Meets Putin In Helsinki"), where a capitalised word before a name says nothing.
     */
    private static boolean titleCase(TextTokens t, int i) {
        for (int j = Math.max(0, i - 5); j <= Math.min(t.size() - 1, i + 5); j++) {
            String x = t.surface(j);
            if (x.length() >= 4 && x.chars().allMatch(Character::isLetter) && !t.upper(j)) {
                return false;
            }
        }
        return true;
    }

    private boolean namePart(TextTokens t, int i) {
        return t.upper(i) && !t.allCaps(i) && Character.isLetter(t.text().charAt(t.start(i)))
                && !cues.is(Cues.Kind.PERSON_TITLE, t.norm(i)) && !cues.is(Cues.Kind.NOT_NAME, t.norm(i));
    }

    private static Terminal best(List<Terminal> terms) {
        Terminal b = null;
        for (Terminal x : terms) {
            if (b == null || x.kind().ordinal() < b.kind().ordinal()
                    || (x.kind() == b.kind() && x.order() < b.order())) {
                b = x;
            }
        }
        return b;
    }

    private void autoNames(TextTokens t, Cand[] at, List<Cand> cands, Map<String, Integer> seen, Set<String> otherBearers,
                           boolean german, String lang) {
        int n = t.size();
        Map<String, String[]> bySurname = new HashMap<>();
        List<Cand> auto = new ArrayList<>();
        // first name + surname
        for (int i = 0; i + 1 < n; i++) {
            if (at[i] != null || !t.upper(i) || !(cues.firstName(t.norm(i)) || senses.firstNameWord(t.norm(i), lang)
                    || cues.firstNameAsWritten(t.surface(i)) || t.apostrophePrefixed(i) && cues.firstName(t.norm(i).substring(1))) || !t.tight(i)
                    || t.text().charAt(t.end(i)) == '-') {
                continue;
            }
            int j = i + 1;
            if (middleInitial(t, at, j)) {
                j++; // "Doris A. Fuller", "Michael J. Fox": the surname comes after the initial
            }
            int particleEnd = german ? particleSurnameEnd(t, at, j) : -1;
            if (particleEnd < 0 && !nameLike(t, at, j)) {
                continue;
            }
            int end = particleEnd > 0 ? particleEnd : j + 1;
            while (end < n && at[end] == null && t.upper(end) && t.tight(end - 1)
                    && t.text().charAt(t.end(end - 1)) == '-' && end - i < 4 + (particleEnd > 0 ? 2 : 0)) {
                end++;
            }
            if (particleEnd < 0 && commonWord(t.surface(j), 5)) {
                continue;
            }
            if (end < n && t.upper(end) && t.tight(end - 1) && cues.is(Cues.Kind.ORG_SUFFIX, t.norm(end))) {
                continue; // "Brady Campaign Coalition": an organisation's name, not a person's
            }
            if (end < n && t.upper(end) && t.tight(end - 1) && cues.is(Cues.Kind.NAME_END, t.norm(end))) {
                continue; // "Henry Ford Hospital", "Sam Houston Parkway": a place or institution named after someone
            }
            if (!german && placeRunAfter(t, end)) {
                continue; // "Martin Luther King Jr. Memorial Park", "Martin Luther King Drive": a street or park's name
            }
            String surname = t.text().substring(t.start(j), t.end(end - 1));
            String full = t.text().substring(t.start(i), t.end(end - 1));
            String key = NameKeys.transliterationKey(surname);
            Entity variant = fullNameVariant(t.surface(i), key);
            if (variant != null) {
                // "Sergei Shoygu": a spelling of a known person's full name ("Sergei Schoigu", "Sergei Shoigu")
                Cand c = new Cand(i, end, null);
                c.set(variant, EntityType.PER, "name-variant", 0.7);
                mark(at, c);
                auto.add(c);
                i = end - 1;
                continue;
            }
            String[] idName = bySurname.computeIfAbsent(key, k -> new String[] {NameKeys.autoId("per", full), full});
            Cand c = new Cand(i, end, null);
            c.auto(EntityType.PER, idName[0], idName[1], "auto-firstname", 0.6);
            mark(at, c);
            auto.add(c);
            i = end - 1;
        }
        // a surname with a particle, alone, of a person the article names in full ("Van der Bellen" after "Alexander Van
        // der Bellen"): a capitalised particle right after another name starts this name ("forderte Kickl Van der Bellen")
        for (int i = 0; german && i + 1 < n; i++) {
            int end = at[i] == null ? particleSurnameEnd(t, at, i) : -1;
            if (end < 0) {
                continue;
            }
            String[] idName = bySurname.get(NameKeys.transliterationKey(t.text().substring(t.start(i), t.end(end - 1))));
            if (idName != null) {
                Cand c = new Cand(i, end, null);
                c.auto(EntityType.PER, idName[0], idName[1], "auto-surname", 0.6);
                mark(at, c);
                auto.add(c);
                i = end - 1;
            }
        }
        // title + surname ("Oberst Korotchenko")
        for (int i = 0; i + 1 < n; i++) {
            if (at[i] != null || !t.upper(i) || !cues.is(Cues.Kind.PERSON_TITLE, t.norm(i)) || !t.tight(i)) {
                continue;
            }
            int j = i + 1;
            if (!nameLike(t, at, j) || cues.is(Cues.Kind.PERSON_TITLE, t.norm(j))
                    || (j + 1 < n && t.upper(j + 1) && t.tight(j))) {
                continue;
            }
            String surname = t.surface(j);
            if (commonWord(surname, 3)) {
                continue;
            }
            String key = NameKeys.transliterationKey(surname);
            String[] idName = bySurname.computeIfAbsent(key, k -> new String[] {NameKeys.autoId("per", surname), surname});
            Cand c = new Cand(j, j + 1, null);
            c.auto(EntityType.PER, idName[0], idName[1], "auto-title", 0.5);
            mark(at, c);
            auto.add(c);
        }
        // legal-form suffix ("… Nachrichtenfernsehen GmbH")
        for (int i = 1; i < n; i++) {
            if (at[i] != null || !cues.is(Cues.Kind.ORG_SUFFIX, t.norm(i)) || !(t.upper(i) || t.allCaps(i))) {
                continue;
            }
            int k = i;
            while (k - 1 >= 0 && i - k < 3 && nameLike(t, at, k - 1) && t.tight(k - 1)) {
                k--;
            }
            if (k == i) {
                continue;
            }
            String full = t.text().substring(t.start(k), t.end(i));
            Cand c = new Cand(k, i + 1, null);
            c.auto(EntityType.ORG, NameKeys.autoId("org", full), full, "auto-orgsuffix", 0.55);
            mark(at, c);
            auto.add(c);
        }
        // names the statistical tagger finds where no rule matched
        if (tagger != null && german) {
            nerNames(t, at, auto, bySurname);
        }
        // surname-only mentions of unknown people, and spelling variants of known surnames
        for (int i = 0; i < n; i++) {
            if (at[i] != null || !t.upper(i) || t.allCaps(i) || cues.is(Cues.Kind.NOT_NAME, t.norm(i))
                    || cues.is(Cues.Kind.NAME_END, t.norm(i))
                    || t.norm(i).length() < 4) {
                continue;
            }
            if (!german && placeRunAfter(t, i + 1)) {
                continue; // "Luther" of "Martin Luther King Jr. Memorial Park", "Grey" of "Zane Grey Continuation High School"
            }
            String w = t.surface(i);
            String key = NameKeys.transliterationKey(w);
            String keyS = w.endsWith("s") ? NameKeys.transliterationKey(w.substring(0, w.length() - 1)) : null;
            String[] idName = bySurname.get(key);
            if (idName == null && keyS != null) {
                idName = bySurname.get(keyS);
            }
            if (idName != null && !commonWord(w, 5)) {
                Cand c = new Cand(i, i + 1, null);
                c.auto(EntityType.PER, idName[0], idName[1], "auto-surname", 0.6);
                mark(at, c);
                auto.add(c);
                continue;
            }
            List<Entity> known = surnameVariants.get(key);
            if (known == null && keyS != null) {
                known = surnameVariants.get(keyS);
            }
            boolean placeAfter = i + 1 < n && t.upper(i + 1) && t.tight(i) && cues.is(Cues.Kind.NAME_END, t.norm(i + 1));
            if (known != null && !commonWord(w, 3) && !placeAfter && !otherBearers.contains(t.norm(i))) {
                // not a word the gazetteer set aside as someone else's name ("Paul Lee"), nor a place named after
                // someone ("Harris County")
                Entity pick = known.get(0);
                for (Entity e : known) {
                    if (seen.containsKey(e.id())) {
                        pick = e;
                        break;
                    }
                }
                Cand c = new Cand(i, i + 1, null);
                c.set(pick, EntityType.PER, "surname-variant", 0.7);
                mark(at, c);
                auto.add(c);
            }
        }
        if (german) {
            genitives(auto);
        }
        cands.addAll(auto);
    }

    /**
     * German genitives of unknown names ("Elon Musks Griff", "Chef Grahams", "des Bremer Max-Planck-Instituts") take the
     * id and name of the same name without the ending ({@code GENITIVE_ENDING} of {@code cues.tsv}) when the article
     * names it so too, in full ("Elon Musk") or, for a surname alone, as the surname of exactly one person ("Thomas
     * Graham"). Names that really end so are kept: no such other name, or another name ends in the same word ("Serena
     * Williams" keeps "Williams" from "Prinz William"; "Alexis Tsipras" has no "Alexis Tsipra").
     */
    private void genitives(List<Cand> auto) {
        Map<String, Cand> byName = new HashMap<>();
        Map<String, List<Cand>> byLast = new HashMap<>();
        List<Cand> unknown = new ArrayList<>(auto.size());
        for (Cand c : auto) {
            if (c.autoId != null && c.autoName != null) {
                unknown.add(c); // not the spelling variants of known surnames: they are linked
            }
        }
        for (Cand c : unknown) {
            byName.putIfAbsent(c.type + " " + NameKeys.transliterationKey(c.autoName), c);
            String[] ws = c.autoName.split("\\s+");
            if (c.type == EntityType.PER && ws.length > 1) {
                List<Cand> l = byLast.computeIfAbsent(NameKeys.transliterationKey(ws[ws.length - 1]), k -> new ArrayList<>());
                if (l.stream().noneMatch(o -> o.autoId.equals(c.autoId))) {
                    l.add(c);
                }
            }
        }
        for (Cand c : unknown) {
            for (String ending : cues.all(Cues.Kind.GENITIVE_ENDING)) {
                String name = c.autoName;
                String[] ws = name.split("\\s+");
                String last = ws[ws.length - 1];
                if (!last.endsWith(ending) || last.length() - ending.length() < 3 || last.endsWith(ending + ending)) {
                    continue;
                }
                String lastKey = NameKeys.transliterationKey(last);
                boolean realName = byLast.getOrDefault(lastKey, List.of()).stream().anyMatch(o -> !o.autoName.equals(name));
                if (realName) {
                    continue; // "Serena Williams": another name ends in this very word
                }
                String stem = name.substring(0, name.length() - ending.length());
                Cand to = byName.get(c.type + " " + NameKeys.transliterationKey(stem));
                if (to == null && ws.length == 1 && c.type == EntityType.PER) {
                    List<Cand> l = byLast.getOrDefault(NameKeys.transliterationKey(stem), List.of());
                    to = l.size() == 1 ? l.get(0) : null;
                }
                if (to != null && to != c && !to.autoId.equals(c.autoId)) {
                    c.autoId = to.autoId;
                    c.autoName = to.autoName;
                    c.rule = c.rule + "+genitive";
                    break;
                }
            }
        }
    }

    private void nerNames(TextTokens t, Cand[] at, List<Cand> auto, Map<String, String[]> bySurname) {
        String text = t.text();
        List<int[]> spans = NerTokens.of(text);
        int tokIdx = 0;
        int scan = 0;
        for (int a = 0; a < spans.size(); ) {
            int b = NerTokens.sentenceEnd(text, spans, a);
            int sentenceStart = spans.get(a)[0];
            int sentenceEnd = spans.get(b - 1)[1];
            while (scan < t.size() && t.start(scan) < sentenceStart) {
                scan++;
            }
            if (!twoFreeNameWords(t, at, scan, sentenceEnd)) {
                // every chunk used below spans two such words: the tagger's labels here could not count
                a = b;
                continue;
            }
            List<String> words = new ArrayList<>(b - a);
            for (int k = a; k < b; k++) {
                words.add(text.substring(spans.get(k)[0], spans.get(k)[1]));
            }
            List<String> labels = tagger.tag(words);
            for (int k = 0; k < labels.size(); ) {
                String l = labels.get(k);
                if (!l.startsWith("B-") && !l.startsWith("I-")) {
                    k++;
                    continue;
                }
                String type = l.substring(2);
                int e = k + 1;
                while (e < labels.size() && labels.get(e).equals("I-" + type)
                        && !separated(text, spans.get(a + e - 1)[1], spans.get(a + e)[0], spans.get(a + e - 1), spans.get(a + e))) {
                    e++;
                }
                int cs = spans.get(a + k)[0];
                int ce = spans.get(a + e - 1)[1];
                int chunkTokens = e - k;
                k = e;
                EntityType et = switch (type) {
                    case "PER" -> EntityType.PER;
                    case "ORG" -> EntityType.ORG;
                    case "LOC" -> EntityType.LOC;
                    default -> null;
                };
                if (et == null) {
                    // OTH, derived and part labels: the tagger's precision on them is too low to use
                    continue;
                }
                while (tokIdx < t.size() && t.start(tokIdx) < cs) {
                    tokIdx++;
                }
                int ti = tokIdx;
                int tj = ti;
                while (tj < t.size() && t.end(tj) <= ce) {
                    tj++;
                }
                for (int x = ti + 1; et == EntityType.PER && x < tj; x++) {
                    if (t.upper(x) && cues.is(Cues.Kind.NAME_PARTICLE, t.norm(x)) && x + 1 < t.size()
                            && (cues.is(Cues.Kind.NAME_PARTICLE_INNER, t.norm(x + 1)) || particleSurnameEnd(t, at, x) > 0)) {
                        // "Kickl Van der Bellen": a capitalised particle after a name opens the next name
                        tj = x;
                        chunkTokens = Math.min(chunkTokens, tj - ti);
                        break;
                    }
                }
                if (cs == sentenceStart && tj - ti >= 2 && cues.is(Cues.Kind.SENTENCE_DETERMINER, t.norm(ti))) {
                    // "Allen Unkenrufen zum Trotz", "Vielen Dank": a determiner opening the sentence, capitalised
                    // there only, and its noun; "Woody Allen", "Paul Allen" are names with a first name before
                    ti++;
                    chunkTokens--;
                }
                if (tj - ti < 2 || chunkTokens < 2) {
                    // single capitalised words (also hyphenated ones such as "Riesen-Problem") are mostly
                    // common nouns the tagger mistakes for names
                    continue;
                }
                boolean free = true;
                for (int x = ti; x < tj; x++) {
                    free &= freeNameWord(t, at, x);
                }
                if (!free) {
                    continue;
                }
                String name = text.substring(t.start(ti), t.end(tj - 1));
                if (et == EntityType.PER && ti > 0 && cues.is(Cues.Kind.PLACE_NOUN, t.norm(ti - 1)) && sameClause(t, ti - 1, ti)) {
                    et = EntityType.LOC; // "des Dorfes Beit Anon": the name after a noun of a kind of place is that place
                }
                String id;
                if (et == EntityType.PER) {
                    String key = NameKeys.transliterationKey(t.surface(tj - 1));
                    // the tagger's people do not seed surname-only mentions: its precision is too low for that
                    String[] idName = bySurname.get(key);
                    id = idName != null ? idName[0] : NameKeys.autoId("per", name);
                } else {
                    id = NameKeys.autoId(et.name().toLowerCase(java.util.Locale.ROOT), name);
                }
                Cand c = new Cand(ti, tj, null);
                c.auto(et, id, name, "ner", 0.5);
                mark(at, c);
                auto.add(c);
            }
            a = b;
        }
    }

    /**
     * True if a bar, or a slash between words that are not both abbreviations, stands between two words: two names
     * side by side ("Holger Klein/Helmholtz-Gemeinschaft", "Micheile Henderson / Unsplash", "Köln/Hamburg",
     * "dpa | Kristina Kormilitsyna"), never one name. Abbreviations joined by a slash are one name ("CDU/CSU").
     */
    private static boolean separated(String text, int from, int to, int[] before, int[] after) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '|') {
                return true;
            }
            if (text.charAt(i) == '/') {
                return !(abbreviation(text, before) && abbreviation(text, after));
            }
        }
        return false;
    }

    /** True for a word of capitals and digits only ("CSU", "G7"). */
    private static boolean abbreviation(String text, int[] span) {
        for (int i = span[0]; i < span[1]; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True if word token x may be part of a name the tagger adds: capitalised, unclaimed, no function word or title. */
    private boolean freeNameWord(TextTokens t, Cand[] at, int x) {
        return at[x] == null && t.upper(x) && !cues.is(Cues.Kind.NOT_NAME, t.norm(x))
                && !cues.is(Cues.Kind.PERSON_TITLE, t.norm(x));
    }

    /**
     * True if two adjacent word tokens from {@code from} on, both ending by {@code end}, are
     * {@link #freeNameWord}s: the least a chunk of the tagger needs to be used.
     */
    private boolean twoFreeNameWords(TextTokens t, Cand[] at, int from, int end) {
        boolean previous = false;
        for (int x = from; x < t.size() && t.end(x) <= end; x++) {
            boolean free = freeNameWord(t, at, x);
            if (free && previous) {
                return true;
            }
            previous = free;
        }
        return false;
    }

    /**
     * True if the word is frequent in raw German text (at least 2^(bucket + CORPUS_SCALE) occurrences
     * in the corpus behind the word clusters), so more likely a common noun than a surname.
     */
    private boolean commonWord(String word, int bucket) {
        return words.log2Frequency(word.toLowerCase(java.util.Locale.ROOT)) >= bucket + CORPUS_SCALE;
    }

    /**
     * log2 of how much larger the cluster corpus (3.3 million tokens) is than the 0.6 million tokens
     * of news the thresholds of {@link #commonWord} were set on; keeps them at the same rate per million.
     */
    private static final int CORPUS_SCALE = 2;

    /** True for a middle initial at j: one capital letter, a full stop and a space, then a capitalised word ("A. Fuller"). */
    private static boolean middleInitial(TextTokens t, Cand[] at, int j) {
        if (j + 1 >= t.size() || at[j] != null || t.end(j) - t.start(j) != 1 || !t.upper(j)) {
            return false;
        }
        String text = t.text();
        int dot = t.end(j);
        return dot + 2 == t.start(j + 1) && text.charAt(dot) == '.' && text.charAt(dot + 1) == ' ' && t.upper(j + 1);
    }

    /**
     * The end (exclusive) of a surname opened by a particle at j ({@code cues.tsv} NAME_PARTICLE, further particles
     * NAME_PARTICLE_INNER, then one capitalised name word: "Van der Bellen", "de Maizière", "von der Leyen"), or -1.
     */
    private int particleSurnameEnd(TextTokens t, Cand[] at, int j) {
        int n = t.size();
        if (j >= n || at[j] != null || !cues.is(Cues.Kind.NAME_PARTICLE, t.norm(j)) || t.allCaps(j)) {
            return -1;
        }
        int k = j + 1;
        while (k < n && k - j <= 2 && at[k] == null && !t.upper(k) && cues.is(Cues.Kind.NAME_PARTICLE_INNER, t.norm(k))
                && t.tight(k - 1)) {
            k++;
        }
        if (k >= n || !t.tight(k - 1) || !nameLike(t, at, k) || cues.is(Cues.Kind.NAME_PARTICLE, t.norm(k))
                || commonWord(t.surface(k), 5)) {
            return -1;
        }
        return k + 1;
    }

    private boolean nameLike(TextTokens t, Cand[] at, int j) {
        return j >= 0 && j < t.size() && at[j] == null && t.upper(j) && !t.allCaps(j)
                && !cues.is(Cues.Kind.NOT_NAME, t.norm(j)) && !cues.is(Cues.Kind.NAME_END, t.norm(j))
                && Character.isLetter(t.text().charAt(t.start(j)));
    }

    private static void mark(Cand[] at, Cand c) {
        for (int k = c.ts; k < c.te; k++) {
            at[k] = c;
        }
    }

    /** Decides whether a place or seat of power acts as a political actor here. */
    private void resolveActor(TextTokens t, Cand c, Cand prev) {
        Entity e = c.entity;
        boolean country = e.type() == EntityType.GPE;
        boolean seat = !e.metonymOf().isEmpty();
        if (!country && !seat) {
            return;
        }
        int k = skipBack(t, c.ts);
        boolean loc = k >= 0 && cues.is(Cues.Kind.LOC_BEFORE, t.norm(k)) && sameClause(t, k, c.ts);
        boolean gov = false;
        if (!loc) {
            if (k >= 0 && sameClause(t, k, c.ts)
                    && (cues.is(Cues.Kind.GOV_BEFORE, t.norm(k)) || cues.is(Cues.Kind.AGENT_VERB, t.norm(k)))) {
                gov = true;
            } else if (c.te < t.size() && sameClause(t, c.te - 1, c.te) && cues.is(Cues.Kind.AGENT_VERB, t.norm(c.te))) {
                gov = true;
            } else if (prev != null && prev.te == c.ts - 1 && prev.decided != 0 && sameClause(t, prev.te - 1, c.ts)
                    && (t.norm(c.ts - 1).equals("und") || t.norm(c.ts - 1).equals("and") || t.norm(c.ts - 1).equals("oder"))) {
                gov = prev.decided > 0;
                loc = prev.decided < 0;
            }
        }
        c.decided = gov ? 1 : (loc ? -1 : 0);
        if (country) {
            if (loc) {
                c.type = EntityType.LOC;
                c.rule = "place";
            }
            return;
        }
        if (gov) {
            Entity target = kb.byId(e.metonymOf()).orElse(e);
            c.entity = target;
            c.type = target.type() == EntityType.GPE ? EntityType.GPE : target.type();
            c.rule = "metonymy";
            c.confidence = 0.8;
        }
    }

    /** The index of the nearest token before {@code ts} that is not an article or adverb to skip, or -1. */
    private int skipBack(TextTokens t, int ts) {
        int k = ts - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 3 && cues.is(Cues.Kind.SKIP, t.norm(k)) && sameClause(t, k, k + 1)) {
            k--;
            skipped++;
        }
        return k;
    }

    /** True if no clause punctuation or line break lies between token a and token b (a < b). */
    private static boolean sameClause(TextTokens t, int a, int b) {
        String s = t.text();
        for (int p = t.end(a); p < t.start(b); p++) {
            char ch = s.charAt(p);
            if (ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == '!' || ch == '?' || ch == '\n'
                    || ch == '(' || ch == ')' || ch == '"' || ch == '\u201E' || ch == '\u201C' || ch == '|') {
                return false;
            }
        }
        return true;
    }

    /** A mention being built: tokens {@code [ts, te)}. */
    private static final class Cand {
        final int ts;
        final int te;
        final Match match;
        Entity entity;
        String autoId;
        String autoName;
        EntityType type;
        String rule;
        double confidence;
        int decided;
        /** A bare title whose holder in the knowledge base was not in office at the article's time and place. */
        boolean outOfTerm;

        Cand(int ts, int te, Match match) {
            this.ts = ts;
            this.te = te;
            this.match = match;
        }

        void set(Entity e, EntityType type, String rule, double confidence) {
            this.entity = e;
            this.type = type;
            this.rule = rule;
            this.confidence = confidence;
        }

        void auto(EntityType type, String id, String name, String rule, double confidence) {
            this.autoId = id;
            this.autoName = name;
            this.type = type;
            this.rule = rule;
            this.confidence = confidence;
        }
    }
}
