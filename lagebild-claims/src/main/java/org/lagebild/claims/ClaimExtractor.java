package org.lagebild.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Stage;
import org.lagebild.entities.kb.Entity;
import org.lagebild.entities.kb.KnowledgeBase;
import org.lagebild.model.Argument;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;
import org.lagebild.model.Layer;
import org.lagebild.model.Modality;
import org.lagebild.model.Provenance;
import org.lagebild.model.Quantity;
import org.lagebild.model.Quote;
import org.lagebild.model.Sentence;
import org.lagebild.model.Source;
import org.lagebild.model.Span;
import org.lagebild.model.TimeExpression;
import org.lagebild.model.TimexType;

/**
 * Turns sentences into claims: one {@link ClaimKind#QUANTITY} claim per stated quantity, one
 * {@link ClaimKind#EVENT} claim for a sentence without quantities whose event is in the ontology
 * ({@code events.tsv}), and one {@link ClaimKind#QUOTE} claim per quote. Each claim has its predicate, the agent
 * ({@code subject}), what is counted ({@code object}), the place and the event's time from the entity and time
 * layers of the same sentence (null when the sentence gives none), the attribution chain (the article's publisher,
 * then its agency credit, then the sources of the sentence from outermost to innermost, built from the cues in
 * {@code source-cues.tsv} and the reporting verbs in {@code reporting-verbs.tsv}) and the modality with the cue
 * words that decided it ({@code modality-cues.tsv}). Spans are into the clean text; a claim's span is its
 * sentence's. An event claim whose event is a definite noun pointing back ("teilte den Besuch mit",
 * {@code argument-roles.tsv}) and that names no agent or place takes both from the nearest earlier claim of the
 * article with its predicate (provenance rule {@code event-anaphor}); the argument spans are then that claim's.
 *
 * <p>In: {@link Layer#LANGUAGE}, {@link Layer#SENTENCES}, {@link Layer#TOKENS}, {@link Layer#REFERENCE_TIME},
 * {@link Layer#TIMES}, {@link Layer#QUANTITIES}, {@link Layer#ENTITIES}, {@link Layer#QUOTES}. Out:
 * {@link Layer#CLAIMS}. Stateless after construction and thread-safe; time is linear in the number of sentences
 * times their length, and it never throws: a sentence it cannot read gives no claim.
 */
public final class ClaimExtractor implements Stage {

    /** The stage name recorded in provenance. */
    public static final String NAME = "claims";

    private final Lexicon lex;
    /** One more word of an English name: "'s", then a capitalised word, maybe after "of" or "of the". */
    private static final java.util.regex.Pattern NAME_RUN =
            java.util.regex.Pattern.compile("(?:['\u2019]s)?(?: of(?: the)?)? (\\p{Lu}[\\p{L}\\-]*(?:['\u2019]s)?)");
    private final EventContexts contexts = EventContexts.load();
    private final ArgumentRoles argRoles = ArgumentRoles.get();
    private final VictimReader victims = VictimReader.load();
    private final NonFigures nonFigures = NonFigures.load();
    private final Map<String, Entity> byName;
    private final List<String[]> roles;

    /** A claim extractor over the bundled knowledge base and word lists. */
    public ClaimExtractor() {
        this(KnowledgeBase.load());
    }

    /** A claim extractor that looks up publishers and source roles in that knowledge base. */
    public ClaimExtractor(KnowledgeBase kb) {
        this.lex = Lexicon.load();
        Map<String, Entity> m = new HashMap<>();
        for (Entity e : kb.entities()) {
            for (String n : e.names()) {
                m.putIfAbsent(n.toLowerCase(Locale.ROOT), e);
            }
        }
        this.byName = Map.copyOf(m);
        this.kb = kb;
        List<String[]> r = new ArrayList<>();
        for (Map<String, String> row : Tsv.read("source-roles.tsv", "key", "role", "example")) {
            r.add(new String[] {row.get("key").toLowerCase(Locale.ROOT), row.get("role")});
        }
        this.roles = List.copyOf(r);
    }

    private final KnowledgeBase kb;
    /**
     * Predicates that frame another proposition (an estimate of it, its announcement, confirmation or denial): a
     * quantity claim takes the event nearby instead when the sentence has one ("Schätzungen zufolge sollen 2000
     * Soldaten getötet worden sein" is a killing, estimated).
     */
    private static final Set<String> FRAMES = Set.of("estimate", "announce", "confirm", "deny", "plan");
    /** The predicates whose figure counts victims: people killed, dead or hurt. */
    private static final Set<String> VICTIM_PREDICATES = Set.of("kill", "die", "injure", "shoot");
    /**
     * English words that make the verb after a figure passive or a state (the figure is then whom it befell), and the
     * prepositions that end the head of a counted phrase ("victims of the shootings"): figure-words.tsv.
     */
    private static final FigureWords FIGURE_WORDS = FigureWords.load();
    /** Nouns after which a genitive names a place: "im Osten der Ukraine". */
    private static final Set<String> REGION_NOUNS = WordClasses.of("region-noun");
    private static final RelativeClauses RELATIVES = RelativeClauses.load();
    private static final OwnParticiples PARTICIPLES = OwnParticiples.load();
    private static final Set<String> PREPOSITIONS = WordClasses.of("place-preposition");
    /**
     * The bounds of the clause a cue of accusing, planning or ordering governs (ClaimExtractor.clauseEnd): marks that end
     * a clause ("–", ";"), conjunctions that open a new clause after a comma (", und …", ", weil …") or before a finite
     * auxiliary ("und hat … festgenommen"), a finite auxiliary after a comma (", wurde dann … festgenommen"), the infinitive particle whose
     * verb and comma close an infinitive clause ("… begangen zu haben, warnte Macron"), and determiners that make an
     * event noun one already known, not what is accused ("dass deren Angriffe … ein Vorwand seien").
     */
    private static final Set<String> CLAUSE_MARKS = WordClasses.of("clause-mark");
    private static final Set<String> CLAUSE_JOINERS = WordClasses.of("clause-joiner");
    private static final Set<String> INFINITIVE_PARTICLES = WordClasses.of("infinitive-particle");
    private static final Set<String> KNOWN_DETERMINERS = WordClasses.of("known-determiner");
    private static final Set<String> FINITE_AUXILIARIES = WordClasses.of("finite-auxiliary");
    private static final Set<String> PRETERITE_ENDINGS = WordClasses.of("preterite-ending");
    private static final Set<String> INSEPARABLE_PREFIXES = WordClasses.of("inseparable-prefix");
    private static final Set<String> SUBORDINATORS = WordClasses.of("clause-subordinator");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.LANGUAGE, Layer.SENTENCES, Layer.TOKENS, Layer.REFERENCE_TIME, Layer.TIMES,
                Layer.QUANTITIES, Layer.ENTITIES, Layer.QUOTES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.CLAIMS);
    }

    @Override
    public Document apply(Document document, AnnotationContext context) {
        if (!readable(document)) {
            return document.withClaims(List.of());
        }
        List<Claim> claims;
        try {
            claims = new Run(document).run();
        } catch (RuntimeException e) {
            claims = List.of();
        }
        return document.withClaims(claims);
    }

    /**
     * True if the claim and quote rules can read this text: German and English, text whose language is not known or
     * too short to be sure of (read as German). A Spanish or French page in a crawl gets no claims and no quotes: German rules
     * read "Planète" as a plan (session 17, the 345 trafilatura web pages: 183 claims with a predicate and 471 figures
     * on 37 of the 38 Spanish, French, Polish, Portuguese, Swedish and Japanese pages; now 1, on a short French page).
     */
    static boolean readable(Document d) {
        String language = d.language();
        return language == null || language.isEmpty() || language.equals("de") || language.equals("en") || language.equals("und")
                || d.text().length() < SURE_LANGUAGE_CHARS;
    }

    /**
     * Below this length the language identified is no reason to skip a text: a sentence ("Laut Reuters starben 20
     * Menschen.") or a feed item's teaser is often taken for another language, and is read as German, as before.
     */
    static final int SURE_LANGUAGE_CHARS = 400;

    /** The role of a source: from the knowledge base when linked, else from the words of its phrase. */
    String role(String entityId, String text) {
        if (entityId != null) {
            Entity e = kb.byId(entityId).orElse(null);
            if (e != null) {
                String src = e.source();
                String r = e.role().toLowerCase(Locale.ROOT);
                if (src.startsWith("outlets")) {
                    if (r.contains("agentur")) {
                        return "agency";
                    }
                    if (r.contains("netzwerk") || r.contains("messenger") || r.contains("plattform")) {
                        return "media";
                    }
                    return "outlet";
                }
                String n = (e.nameDe() + " " + e.nameEn() + " " + String.join(" ", e.aliases())).toLowerCase(Locale.ROOT);
                if (n.contains("geheimdienst") || n.contains("nachrichtendienst") || n.contains("intelligence")
                        || n.contains("staatssicherheit") || n.contains("verfassungsschutz") || n.contains("abschirmdienst")) {
                    return "service";
                }
                if (e.type() == EntityType.PER) {
                    return e.role().isEmpty() ? roleByWords(text, "other") : "official";
                }
                if (e.type() == EntityType.GPE || e.type() == EntityType.ORG) {
                    return roleByWords(text, "official");
                }
            }
        }
        return roleByWords(text, "other");
    }

    private String roleByWords(String text, String fallback) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String[] r : roles) {
            if (t.contains(r[0])) {
                return r[1];
            }
        }
        return fallback;
    }

    /** A found source with its place in the chain. */
    private record Found(Source source, int level, int pos) {
    }

    /** What one sentence says about who says it. */
    private static final class Info {
        Sentence sentence;
        Words words;
        boolean body = true;
        boolean heading;
        List<Found> own = new ArrayList<>();
        List<Source> chain = List.of();
        boolean origin;
        boolean backref;
        boolean continues;
        boolean explicit;
        boolean hedged;
        Modality modality;
        int rank = -1;
        List<String> cues = new ArrayList<>();
        Modality imposed;
        String[] predicates;
        List<String> imposedCues = List.of();
        /** An English Title-Case headline: a capital there is no sign of a noun (TitleCase). */
        boolean titleCase;
        /** The modality cues of the sentence in text order, each with its first word ("?" at -1). */
        List<CueAt> cueList = new ArrayList<>();
        /** The relative clauses of the sentence, {from, to} word ranges (RelativeClauses). */
        List<int[]> relatives = List.of();
        /** Accusers (reporting-verbs.tsv class accuse): {span start, span end, first word, end word} of their clause. */
        List<int[]> accusers = new ArrayList<>();
    }

    /** A modality cue found at word {@code word} of its sentence (-1 for the question mark). */
    private record CueAt(int word, Modality modality, int rank, String text, boolean forward, int until, int from,
            int verbsFrom) {
        CueAt(int word, Modality modality, int rank, String text, boolean forward, int until) {
            this(word, modality, rank, text, forward, until, 0, Integer.MAX_VALUE);
        }

        /**
         * Whether a forward cue leaves the event word {@code event} alone (before it, or after its clause); or a modal
         * verb (ClaimExtractor.modalReach): an event word outside its clause, or a verb form (written in lower case:
         * "der angegriffene Musikclub will …") from {@code verbsFrom} up to the modal, which stands before it in its clause.
         * A modal's reach is read for event claims and figures of an event word only: a plain figure keeps the modal of its sentence ("Österreich will …
         * nur noch … 500 Flüchtlinge ins Land lassen", "nach Fertigstellung soll das Projekt 1.000 bis 2.000 Jobs bieten").
         */
        boolean misses(int event, boolean lowerCase, boolean eventClaim) {
            boolean modal = !forward && (from > 0 || until < Integer.MAX_VALUE);
            return forward && (word > event || event >= until) || modal && eventClaim && (event < from || event >= until
                    || lowerCase && event >= verbsFrom && event < word);
        }
    }

    /** One pass over one document. */
    private final class Run {
        final Document d;
        final String text;
        final String lang;
        final Speakers ents;
        final List<Source> outer = new ArrayList<>();
        final List<Span> quoteSpans = new ArrayList<>();
        /** The chars inside any of {@link #quoteSpans}: rules ask this for every word. */
        final java.util.BitSet quoted = new java.util.BitSet();
        final Set<Integer> quoteSentences = new java.util.HashSet<>();

        Run(Document d) {
            this.d = d;
            this.text = d.text();
            this.lang = "en".equals(d.language()) ? "en" : "de";
            this.ents = new Speakers(d.entities());
            for (Quote q : d.quotes()) {
                if (q.provenance().rule().equals("reported")) {
                    // a whole sentence as reported speech says nothing about which of its parts the verb covers
                    continue;
                }
                quoteSentences.add(q.provenance().sentence());
                quoteSentences.add(d.sentenceAt(q.span().start()));
                quoteSentences.add(d.sentenceAt(Math.max(q.span().start(), q.span().end() - 1)));
                if (q.direct()) {
                    quoteSpans.add(q.span());
                    quoted.set(q.span().start(), q.span().end());
                }
            }
            String pub = d.article().publisher();
            if (pub != null && !pub.isBlank()) {
                Entity e = lookup(pub);
                outer.add(new Source(null, pub, e == null ? null : e.id(), e == null ? null : e.name(lang), "publisher"));
            }
            String agency = d.article().meta("agency").orElse(null);
            if (agency != null && !agency.isBlank()) {
                for (String a : agency.split("[/,]")) {
                    a = a.strip();
                    if (a.isEmpty()) {
                        continue;
                    }
                    Entity e = lookup(a);
                    if (e != null && !outer.isEmpty() && e.id().equals(outer.get(0).entityId())) {
                        continue;
                    }
                    outer.add(new Source(null, a, e == null ? null : e.id(), e == null ? null : e.name(lang), "agency"));
                }
            }
        }

        /**
         * The ids of event claims whose event is a definite noun pointing back ("den Besuch") and that name no agent
         * or place (a quantity claim states its figure; its event noun is read as it stands).
         */
        final Set<String> anaphors = new java.util.HashSet<>();

        /**
         * True if the mention ending at word j is a name in the genitive: the entity stage read it as inflected, or
         * its last word is the name's last word with "-s" ("Schoigus" of Sergei Schoigu, "Putins", "Russlands").
         */
        boolean inflectedName(Words w, int j) {
            EntityMention m = ents.at(w.start[j]);
            if (m == null || m.span().end() != w.end[j] || m.name() == null) {
                return false;
            }
            String name = m.name().toLowerCase(Locale.ROOT);
            String last = name.substring(name.lastIndexOf(' ') + 1);
            return Phrases.genitive(m) || w.lower[j].equals(last + "s") && !last.endsWith("s");
        }

        /**
         * An event noun pointing back ("Der Sicherheitsrat teilte den Besuch mit") takes the agent and place of the
         * nearest earlier claim of the article with the same predicate that names either; without one it keeps
         * none. Other claims are returned unchanged.
         */
        List<Claim> resolveAnaphors(List<Claim> claims) {
            if (anaphors.isEmpty()) {
                return claims;
            }
            List<Claim> out = new ArrayList<>(claims);
            for (int i = 0; i < out.size(); i++) {
                Claim c = out.get(i);
                if (!anaphors.contains(c.id())) {
                    continue;
                }
                for (int j = i - 1; j >= 0; j--) {
                    Claim a = out.get(j);
                    if (a.kind() != ClaimKind.QUOTE && a.sentence() < c.sentence() && c.predicate().equals(a.predicate())
                            && (a.subject() != null || a.location() != null)) {
                        out.set(i, new Claim(c.id(), c.kind(), c.span(), c.sentence(), c.predicate(), c.verb(), a.subject(),
                                c.object(), c.quantity(), a.location(), c.time(), c.attribution(), c.modality(), c.cues(),
                                c.quote(), new Provenance(NAME, c.provenance().rule() + "-anaphor", c.sentence())));
                        break;
                    }
                }
            }
            return out;
        }

        Entity lookup(String name) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            Entity e = byName.get(n);
            if (e == null && n.matches(".+\\.(de|com|at|ch|net|org)")) {
                e = byName.get(n.substring(0, n.lastIndexOf('.')));
            }
            return e;
        }

        List<Claim> run() {
            List<Sentence> ss = d.sentences();
            Info[] info = new Info[ss.size()];
            for (int i = 0; i < ss.size(); i++) {
                try {
                    info[i] = analyse(ss.get(i));
                } catch (RuntimeException e) {
                    // a sentence the rules cannot read gives no claim; the others still do
                    if (Boolean.getBoolean("lagebild.debug")) {
                        throw e;
                    }
                    info[i] = new Info();
                    info[i].sentence = ss.get(i);
                    info[i].words = Words.of("", 0, 0);
                    info[i].body = false;
                }
            }
            chains(info);
            List<Claim> out = new ArrayList<>();
            int qi = 0;
            List<Quantity> qs = new ArrayList<>(d.quantities());
            qs.sort((a, b) -> a.span().compareTo(b.span()));
            for (int i = 0; i < info.length; i++) {
                Info in = info[i];
                Span ss2 = in.sentence.span();
                List<Quantity> here = new ArrayList<>();
                while (qi < qs.size() && qs.get(qi).span().start() < ss2.end()) {
                    if (qs.get(qi).span().start() >= ss2.start()) {
                        here.add(qs.get(qi));
                    }
                    qi++;
                }
                if (!in.body) {
                    continue;
                }
                if (lang.equals("en")) {
                    english(in, here, out);
                    continue;
                }
                // numbers that are no figure (non-figures.tsv: a rank in a results list, an age in parentheses) give
                // no claim; a sentence left without figure may still state an event
                here.removeIf(q -> q.span().end() <= ss2.end()
                        && nonFigures.match(lang, text, ss2.start(), ss2.end(), q.span().start(), q.span().end()) != null);
                if (!here.isEmpty()) {
                    for (Quantity q : here) {
                        if (partOfName(q)) {
                            continue;
                        }
                        Claim c = safely(() -> claim(out.size(), ClaimKind.QUANTITY, in, q, q.span().start()));
                        if (c != null) {
                            out.add(c);
                        }
                    }
                } else {
                    int p = predicateIndex(in, -1);
                    if (p >= 0) {
                        Claim c = safely(() -> claim(out.size(), ClaimKind.EVENT, in, null, in.words.start[p]));
                        if (c != null) {
                            out.add(c);
                        }
                    } else if (in.modality == Modality.DENIED && !in.cues.isEmpty()) {
                        // a denial said without a denying verb ("bezeichnete ... als \"haltlose Gerüchte\""): the cue is the event
                        Claim c = safely(() -> denial(claim(out.size(), ClaimKind.EVENT, in, null, in.sentence.span().start())));
                        if (c != null) {
                            out.add(c);
                        }
                    }
                }
            }
            for (Quote q : d.quotes()) {
                int si = d.sentenceAt(q.span().start());
                if (si < 0 || !info[si].body) {
                    continue;
                }
                Claim c = safely(() -> quoteClaim(out.size(), q, info[si]));
                if (c != null) {
                    out.add(c);
                }
            }
            return resolveSources(resolveAnaphors(out));
        }

        /**
         * Sources that are no name (source-referents.tsv) get the entity they refer to, or the description they
         * refer to as their name ("er" after "Der Präsident …": name "der Präsident", no entity), or the role
         * "unresolved" so that no one shows them as a name ("er" without antecedent, "Man", "Ziel des Präsidenten");
         * span and text stay as written.
         */
        List<Claim> resolveSources(List<Claim> claims) {
            SourceResolver resolver = new SourceResolver(d, ents,
                    id -> kb.byId(id).map(e -> e.type() == EntityType.PER).orElseGet(() -> id.contains(":per:")));
            for (Claim c : claims) {
                for (Source s : c.attribution()) {
                    resolver.named(s.span(), s.text(), s.entityId(), s.name());
                }
            }
            List<Claim> out = new ArrayList<>(claims.size());
            for (Claim c : claims) {
                List<Source> chain = new ArrayList<>(c.attribution());
                boolean changed = false;
                for (int i = 0; i < chain.size(); i++) {
                    Source s = chain.get(i);
                    if (s.span() == null || s.entityId() != null || s.name() != null || "publisher".equals(s.role())
                            || "agency".equals(s.role())) {
                        continue; // a name of its own, or the description the quote stage found for a speaker
                    }
                    SourceResolver.Resolution r = resolver.resolve(s.span(), s.text());
                    if (r.referent() == SourceReferents.Referent.NAME && !r.resolved()) {
                        continue;
                    }
                    chain.set(i, r.named() ? new Source(s.span(), s.text(), r.entityId(), r.name(), role(r.entityId(), r.name()))
                            : new Source(s.span(), s.text(), null, null, "unresolved"));
                    changed = true;
                }
                out.add(!changed ? c : new Claim(c.id(), c.kind(), c.span(), c.sentence(), c.predicate(), c.verb(),
                        c.subject(), c.object(), c.quantity(), c.location(), c.time(), chain, c.modality(), c.cues(),
                        c.quote(), c.provenance()));
            }
            return out;
        }

        private List<Span> persons;

        /** The spans of the document's person mentions (entity stage), for the referents of pronoun victims. */
        List<Span> personSpans() {
            if (persons == null) {
                persons = new ArrayList<>();
                for (EntityMention m : ents.all()) {
                    if (m.type() == EntityType.PER) {
                        persons.add(m.span());
                    }
                }
            }
            return persons;
        }

        /**
         * The claims of an English sentence. Killing and dying come from {@link VictimReader} only: one claim per
         * expression, counting the victims it reads (the tagger's quantity when it states that count, else the
         * count read from the victims' words, e.g. "a man" = 1), or an event claim when no number can be read.
         * Other quantities (ages, times, addresses, the wounded) keep their own claims with any other predicate,
         * so "a 24-year-old man was killed" is one death, not 24. Numbers that are no figure (non-figures.tsv: ages,
         * times of day, addresses, telephone numbers, days of a month) give no claim of their own.
         */
        void english(Info in, List<Quantity> tagged, List<Claim> out) {
            Span ss = in.sentence.span();
            List<Quantity> here = new ArrayList<>(tagged.size());
            for (Quantity q : tagged) {
                if (q.span().end() > ss.end() || !inDateOrClockTime(q)
                        && nonFigures.match(lang, text, ss.start(), ss.end(), q.span().start(), q.span().end()) == null) {
                    here.add(q);
                }
            }
            List<VictimReader.Reading> rs = victims.read(in.words, personSpans());
            if (!rs.isEmpty()) {
                // "shot and killed", "fatally shot", "shot to death": the shooting word of a killing VictimReader read
                // is that killing, no shooting of its own ("Three would-be robbers were shot and killed" is no
                // "shot: 3" when the reader counts no victims)
                predicateIndex(in, -1);
                for (VictimReader.Reading r : rs) {
                    for (int j = r.first(); j <= r.last() && j < in.predicates.length; j++) {
                        if ("shoot".equals(in.predicates[j])) {
                            in.predicates[j] = null;
                        }
                    }
                }
            }
            List<Quantity> used = new ArrayList<>();
            for (VictimReader.Reading r : rs) {
                Quantity q = null;
                if (r.count() != null) {
                    for (Quantity x : here) {
                        if (x.span().overlaps(r.phrase()) && states(x, r.count())) {
                            q = x;
                        }
                    }
                    if (q == null) {
                        Span ph = r.phrase();
                        String phrase = ph.of(text);
                        // "murder-suicide": at least two dead; more may have died
                        Double min = r.rule().equals("en.victims.fixed") ? r.count() : null;
                        String unit = victims.countedAs(r);
                        q = new Quantity(ph, phrase, r.count(), min, null, false, false, false, null, unit, unit,
                                phrase, new Provenance(NAME, r.rule(), in.sentence.index()));
                    } else {
                        used.add(q);
                        q = countingPeople(in, q);
                        if (q.unit() != null && PARTICIPLES.participle(q.unit().toLowerCase(Locale.ROOT))
                                && r.head() != null && victims.person(r.head())) {
                            // "Three people died": the tagger took the verb for the counted word; the victims' noun is
                            q = new Quantity(q.span(), q.text(), q.value(), q.min(), q.max(), q.minExclusive(),
                                    q.maxExclusive(), q.approximate(), q.qualifier(), r.head(), r.head(), q.counts(),
                                    q.provenance());
                        }
                    }
                }
                Quantity fq = q;
                String verb = text.substring(in.words.start[r.first()], in.words.end[r.last()]);
                Claim c = safely(() -> claim(out.size(), fq == null ? ClaimKind.EVENT : ClaimKind.QUANTITY, in, fq,
                        in.words.start[r.first()], r.predicate(), verb));
                if (c != null) {
                    out.add(c);
                }
            }
            for (Quantity q : here) {
                boolean inVictims = false;
                for (VictimReader.Reading r : rs) {
                    inVictims |= r.count() != null && q.span().overlaps(r.phrase());
                }
                if (used.contains(q) || inVictims || partOfName(q)) {
                    continue;
                }
                Claim c = safely(() -> claim(out.size(), ClaimKind.QUANTITY, in, q, q.span().start(), null, null));
                if (c != null) {
                    out.add(c);
                }
            }
            if (here.isEmpty() && rs.isEmpty()) {
                int p = predicateIndex(in, -1, true);
                Claim c = null;
                if (p >= 0) {
                    c = safely(() -> claim(out.size(), ClaimKind.EVENT, in, null, in.words.start[p], null, null));
                } else if (in.modality == Modality.DENIED && !in.cues.isEmpty()) {
                    c = safely(() -> denial(claim(out.size(), ClaimKind.EVENT, in, null, in.sentence.span().start(), null, null)));
                }
                if (c != null) {
                    out.add(c);
                }
            }
        }

        /**
         * True in English when the mention is whom the killing or wounding befell, not who did it: a name among the
         * victims ("Barfield was killed", "Walter Barfield, 23, of Cleveland was found dead"), anyone who died (dying
         * has no agent), or anyone but the "by" phrase of a passive ("was shot by his brother").
         */
        boolean victimNotAgent(String predicate, Quantity q, EntityMention m, boolean passive, boolean agentPhrase,
                               Words w, int k, int p) {
            if (lang.equals("de") && argRoles.harm(predicate)) {
                // Session 17: "Er hatte … den italienischen Fotografen Andrea Rocchelli erschossen", "Als … Volodymyr
                // Struk … verschleppt und erschossen wurde", "der ermordeten Journalistin Anna Politkowskaja": the
                // name is whom the killing befell (argument-roles.tsv, patient-article, patient-predicate)
                // and a name after the clause of the predicate ("…, den Fernsehmoderator Wladimir Solowjow zu töten,
                // hatte mehrere andere Ziele, darunter … Margarita Simonjan") or after its noun in the same clause
                // ("über die mögliche Ermordung des Generaldirektors der Nachrichtenagentur Sputnik": a name governed
                // by "durch" is skipped before) is no agent either; a genitive inside the "von"/"durch" phrase of a
                // passive is ("vom nationalen Sicherheitsstaat der USA ermordet")
                return passive && !agentPhrase && passiveClause(w, p) && !argRoles.agentBefore(w, k)
                        || argRoles.patient(w, k, p) || p >= 0 && k > p && (!sameClause(w, p, k) || w.upper(p));
            }
            if (!lang.equals("en") || predicate == null) {
                return false;
            }
            // "One of the suspects, Cornell Beckley, 27, was arrested": whom an arrest befell is no agent either
            boolean harm = predicate.equals("kill") || predicate.equals("injure") || predicate.equals("shoot")
                    || predicate.equals("capture");
            if (!harm && !predicate.equals("die")) {
                return false;
            }
            if (q != null && q.span().overlaps(m.span()) || predicate.equals("die")) {
                return true;
            }
            return passive && !agentPhrase;
        }

        /**
         * True if the German name at word k is whom the predicate at p befell, in its own clause (argument-roles.tsv,
         * patient-predicate): the subject of a passive of the predicate without "von"/"durch", a noun phrase opened by
         * a patient-article, a name after the predicate's own participle or after its noun; never a name governed by a
         * preposition. Not a name of a later clause: that is no agent ({@link #victimNotAgent}), but no patient either.
         */
        boolean namedPatient(String predicate, boolean passive, Words w, int k, int p) {
            if (!lang.equals("de") || !argRoles.harm(predicate) || p < 0 || p >= w.size()) {
                return false;
            }
            String gov = argRoles.governor(w, k);
            if (gov != null) {
                return false; // "von Männern", "gegen die Ukraine": an agent, a target or a place, no patient
            }
            return passive && k < p && passiveClause(w, p) && !argRoles.agentBefore(w, k) && appositionsOnly(w, k, p)
                    || argRoles.patient(w, k, p) && (k < p || sameClause(w, p, k)) || k > p && sameClause(w, p, k) && w.upper(p);
        }

        /**
         * True if every clause break between words k and p follows a capitalised word: what stands between is an
         * apposition ("Volodymyr Struk, der Bürgermeister der Stadt Kreminna, von Männern … erschossen wurde"), not a
         * clause of its own ("Als der Korrespondent Lawrow … fragte, die … gefangen genommen … wurden").
         */
        static boolean appositionsOnly(Words w, int k, int p) {
            for (int j = k + 1; j <= p; j++) {
                if (w.clauseBreak(j - 1, j) && !w.upper(j - 1)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True if the clause of word p (from the last comma or dash before it to the next) is passive: "…, von Männern
         * im Tarnfleck verschleppt und erschossen wurde", not "Russland hat 20 Soldaten getötet, wie berichtet wurde".
         */
        boolean passiveClause(Words w, int p) {
            if (p < 0 || p >= w.size()) {
                return false;
            }
            int from = p;
            while (from > 0 && !w.clauseBreak(from - 1, from)) {
                from--;
            }
            int to = p;
            while (to + 1 < w.size() && !w.clauseBreak(to, to + 1)) {
                to++;
            }
            return argRoles.passive(w, from, to + 1);
        }

        /** True for a number inside a date or clock time the time tagger found ("Feb. 18", "the 2014 shooting"). */
        boolean inDateOrClockTime(Quantity q) {
            for (TimeExpression t : d.times()) {
                if ((t.type() == TimexType.DATE || t.type() == TimexType.TIME) && t.span().start() <= q.span().start()
                        && q.span().end() <= t.span().end()) {
                    return true;
                }
            }
            return false;
        }

        /** True when a tagged quantity states this count: its value, or bounds that hold it. */
        boolean states(Quantity q, double count) {
            if (q.value() != null && q.value() == count) {
                return true;
            }
            return q.value() == null && (q.min() == null || q.min() <= count) && (q.max() == null || q.max() >= count)
                    && (q.min() != null || q.max() != null);
        }

        /** The blocks that may contain offset {@code from}: blocks are in text order, so a binary search finds them. */
        List<Block> blocksNear(int from) {
            List<Block> bs = d.article().blocks();
            int lo = 0;
            int hi = bs.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (bs.get(mid).span().end() <= from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return bs.subList(Math.max(0, lo - 1), Math.min(bs.size(), lo + 2));
        }

        boolean quantityAfter(int from, int to) {
            for (Quantity q : d.quantities()) {
                if (q.span().start() >= from && q.span().start() < to) {
                    return true;
                }
            }
            return false;
        }

        /** The direct quote containing offset pos, or null. */
        Quote quoteAt(int pos) {
            for (Quote q : d.quotes()) {
                if (q.direct() && pos >= q.span().start() && pos < q.span().end()) {
                    return q;
                }
            }
            return null;
        }

        Claim safely(java.util.function.Supplier<Claim> f) {
            try {
                return f.get();
            } catch (RuntimeException e) {
                if (Boolean.getBoolean("lagebild.debug")) {
                    throw e;
                }
                return null;
            }
        }

        /** True inside a quote of at most 40 characters: a quoted label or verdict rather than a statement. */
        boolean shortQuoteAt(int pos) {
            for (Span s : quoteSpans) {
                if (pos >= s.start() && pos < s.end()) {
                    return s.length() <= 40;
                }
            }
            return false;
        }

        boolean insideQuote(int pos) {
            return pos >= 0 && quoted.get(pos);
        }

        /** "France 2", "Rossija 24": a bare number right after a capitalised word inside a sentence names something. */
        boolean partOfName(Quantity q) {
            if (q.unit() != null || q.value() == null || q.value() >= 100 || q.min() != null || q.max() != null) {
                return false;
            }
            int p = q.span().start() - 1;
            if (p < 1 || text.charAt(p) != ' ') {
                return false;
            }
            int e = p;
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (b == e || !Character.isUpperCase(text.charAt(b))) {
                return false;
            }
            int before = b - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            boolean sentenceStart = before < 0 || ".!?:\n\"„".indexOf(text.charAt(before)) >= 0;
            return !sentenceStart && ents.at(b) != null || !sentenceStart && q.span().end() < text.length()
                    && !Character.isLetter(text.charAt(Math.min(text.length() - 1, q.span().end() + 1)));
        }

        Info analyse(Sentence s) {
            Info in = new Info();
            in.sentence = s;
            int from = Math.min(s.span().start(), text.length());
            int to = Math.min(s.span().end(), text.length());
            in.words = Words.of(text, from, to);
            in.titleCase = lang.equals("en") && TitleCase.load().is(in.words, i -> ents.at(in.words.start[i]) != null);
            for (Block b : blocksNear(from)) {
                if (b.span().overlaps(s.span()) && b.span().start() <= from) {
                    in.body = b.type().isBody();
                    in.heading = b.type() == BlockType.TITLE || b.type() == BlockType.SUBHEADING || b.type() == BlockType.HIGHLIGHT;
                }
            }
            if (lang.equals("en") && TitleCase.allCapitals(in.words)) {
                in.body = false; // a caption transcript or table row: words run together at line ends
            }
            Words w = in.words;
            // sources from cues
            boolean[] used = new boolean[w.size()];
            for (int i = 0; i < w.size(); i++) {
                if (insideQuote(w.start[i])) {
                    continue;
                }
                for (Lexicon.SourceCue c : lex.sourceByFirst.getOrDefault(w.lower[i], List.of())) {
                    if (!c.lang().equals(lang)) {
                        continue;
                    }
                    int end = w.match(c.words(), i);
                    if (end < 0) {
                        continue;
                    }
                    Span ph = null;
                    switch (c.position()) {
                        case "after" -> {
                            int gap = java.util.Arrays.asList(c.words()).indexOf("\u2026");
                            // "geht aus … hervor": the source is in the gap; "nach … Angaben": after the cue
                            ph = gap > 0 && gap < c.words().length - 1 && !c.words()[0].equals("nach")
                                    ? phraseAfter(w, i + gap) : phraseAfter(w, end);
                        }
                        case "origin" -> ph = phraseAfter(w, end);
                        case "before" -> ph = i > 0 && used[i - 1] ? null : phraseBefore(w, i - 1);
                        case "continues" -> {
                            // "Den Angaben zufolge": the source of the sentences before, as with "demnach"
                            in.explicit = true;
                            in.continues = true;
                        }
                        case "self", "headbefore" -> ph = phraseBefore(w, i);
                        case "subject" -> {
                            if (i == 0 || w.clauseBreak(i - 1, i)) {
                                if (verbLater(w, end)) {
                                    ph = phraseAfter(w, end);
                                }
                            }
                        }
                        case "backref" -> {
                            if (i == 0) {
                                in.backref = true;
                                ph = firstActor(w, end);
                            }
                        }
                        default -> {
                        }
                    }
                    if (ph != null && !ph.isEmpty()) {
                        int lvl = c.level();
                        Source found = source(ph);
                        if (!c.role().isEmpty() && end - 1 >= 0 && w.start[end - 1] < ph.start()) {
                            // "heißt es in Russland": unnamed people there, not the state the place names
                            Span with = new Span(w.start[end - 1], ph.end());
                            found = new Source(with, with.of(text), null, null, c.role());
                        }
                        in.own.add(new Found(found, lvl, ph.start()));
                        markUsed(w, used, ph);
                        if (c.position().equals("origin")) {
                            in.origin = true;
                        }
                    }
                    for (int k = i; k < end && k < used.length; k++) {
                        used[k] = true;
                    }
                    break;
                }
            }
            // sources as subjects of reporting verbs
            for (int i = 0; i < w.size(); i++) {
                if (used[i] || insideQuote(w.start[i])) {
                    continue;
                }
                Lexicon.Verb v = lex.verbAt(w, i, lang);
                if (v == null || v.cls().equals("plan") || v.cls().equals("propose")) {
                    continue;
                }
                // English news attributes most statements with a bare "…, police said." or "Police say …": the
                // sayer is the source whatever stands where; German "sagte" sentences are left to the quotes
                boolean englishSay = lang.equals("en") && v.cls().equals("say");
                if (v.cls().equals("say") && !englishSay && !quoteSentences.contains(s.index())
                        && text.substring(from, to).indexOf(':') < 0
                        && (!quantityAfter(w.end[i], to) || v.lemma().equals("sprechen"))) {
                    continue;
                }
                Span ph = subjectOf(w, i, used);
                if (ph != null) {
                    in.own.add(new Found(source(ph), 2, ph.start()));
                    markUsed(w, used, ph);
                    if (v.cls().equals("accuse")) {
                        // the accuser says only what his clause says: "Nach der Festnahme … – Belgien klagt … an"
                        in.accusers.add(new int[] {ph.start(), ph.end(), clauseStart(w, i), clauseEnd(w, i + 1)});
                    }
                }
            }
            // modality cues
            String last = text.substring(from, to).strip();
            if (last.endsWith("?")) {
                in.modality = Modality.QUESTION;
                in.rank = 1000;
                in.cues.add("?");
                in.cueList.add(new CueAt(-1, Modality.QUESTION, 1000, "?", false, Integer.MAX_VALUE));
            }
            for (int i = 0; i < w.size(); i++) {
                boolean quoted = insideQuote(w.start[i]);
                if (quoted && !shortQuoteAt(w.start[i])) {
                    continue;
                }
                for (Lexicon.ModalityCue c : lex.modalityByFirst.getOrDefault(w.lower[i], List.of())) {
                    // a short quoted verdict ("als \"haltlose Gerüchte\" bezeichnet") is the speaker's denial
                    if (!c.lang().equals(lang) || quoted && c.modality() != Modality.DENIED) {
                        continue;
                    }
                    int end = w.match(c.words(), i);
                    if (end < 0 || c.verbOnly() && Lexicon.capitalisedInside(w, i)) {
                        continue; // "_beschuldigte" (a verb) is not "der Beschuldigte" (a noun)
                    }
                    String cue = cueText(w, i, end, c.words());
                    int until = c.phrase() ? nounEnd(w, end) : c.forward() ? clauseEnd(w, end) : Integer.MAX_VALUE;
                    in.cueList.add(c.modal() ? modalReach(w, i, c, cue) : new CueAt(i, c.modality(), c.rank(), cue, c.forward(), until));
                    if (c.modality() == Modality.ALLEGED) {
                        in.hedged = true;
                    }
                    if (c.rank() > in.rank) {
                        in.rank = c.rank();
                        in.modality = c.modality();
                        in.cues.add(0, cue);
                    } else if (!in.cues.contains(cue)) {
                        in.cues.add(cue);
                    }
                }
                String x = w.lower[i];
                if (x.equals("demnach") || (x.equals("weiter") && i > 0 && w.lower[i - 1].equals("es"))) {
                    in.explicit = true;
                    in.continues = true;
                } else if (lex.subj1.contains(x)) {
                    in.continues = true;
                }
            }
            in.relatives = RELATIVES.find(w, lang, k -> lex.verbAt(w, k, lang) != null
                    || lex.modalityByFirst.getOrDefault(w.lower[k], List.of()).stream().anyMatch(c -> c.lang().equals(lang)));
            // the same source found by two cues ("wie der Sender X berichtete"): keep the longer phrase
            List<Found> kept = new ArrayList<>();
            for (Found f : in.own) {
                boolean covered = false;
                for (Found g : in.own) {
                    Span a = f.source().span();
                    Span b = g.source().span();
                    if (f != g && a.overlaps(b) && (b.length() > a.length() || b.length() == a.length() && in.own.indexOf(g) < in.own.indexOf(f))) {
                        covered = true;
                    }
                }
                if (!covered) {
                    kept.add(f);
                }
            }
            in.own = kept;
            in.own.sort((a, b) -> a.level() != b.level() ? Integer.compare(a.level(), b.level()) : Integer.compare(a.pos(), b.pos()));
            return in;
        }

        /**
         * The end (exclusive) of the clause that goes on at word {@code from}: the first word after a clause mark ("–",
         * ";"), a comma and a conjunction opening a new clause (", und …", ", aber …", ", da …"), a comma and a finite
         * auxiliary (", wurde dann … festgenommen"), "und" before one ("und hat … festgenommen"), or the comma closing an
         * infinitive clause ("… begangen zu haben, warnte Macron"); the sentence's end if none.
         */
        int clauseEnd(Words w, int from) {
            for (int k = Math.max(from, 1); k < w.size(); k++) {
                String gap = text.substring(w.end[k - 1], w.start[k]);
                if (clauseMark(gap)) {
                    return k;
                }
                if (gap.indexOf(',') >= 0 && (CLAUSE_JOINERS.contains(w.lower[k]) || SUBORDINATORS.contains(w.lower[k])
                        || FINITE_AUXILIARIES.contains(w.lower[k])
                        || k - 2 >= from && INFINITIVE_PARTICLES.contains(w.lower[k - 2]))) {
                    return k;
                }
                if (CLAUSE_JOINERS.contains(w.lower[k]) && k + 1 < w.size()
                        && (FINITE_AUXILIARIES.contains(w.lower[k + 1]) || finiteEventVerb(w, k + 1))) {
                    return k; // "… vereitelt und hat drei Männer festgenommen": a main clause of its own, its verb second
                }
            }
            return w.size();
        }

        /**
         * The reach of a modal verb at word {@code i} ("will", "soll"): the event words of its own clause, the infinitive
         * it governs. At the end of its clause (a comma, a clause mark or the sentence's end after it) the modal is the
         * finite verb of a subordinate clause (also before "und", "aber" …), its infinitive before it ("…, dass … Rechtsextremisten … auseinanderdividieren
         * wollen"): it reaches back to the clause's first word (modalClauseStart) and no further on. Otherwise it is the
         * second word of a main clause, its infinitive at the clause's end (clauseEnd): what stands before it is another
         * phrase, the subject or what is fronted, whose verb forms (a participle, "der … angegriffene Musikclub Bataclan
         * will … wiedereröffnen") it does not reach; a noun there may be its fronted object ("Einen Anschlag wollen sie …").
         */
        CueAt modalReach(Words w, int i, Lexicon.ModalityCue c, String cue) {
            int start = modalClauseStart(w, i);
            boolean last = i + 1 >= w.size() || clauseMark(text.substring(w.end[i], w.start[i + 1]))
                    || text.substring(w.end[i], w.start[i + 1]).indexOf(',') >= 0 || CLAUSE_JOINERS.contains(w.lower[i + 1]);
            if (last) {
                return new CueAt(i, c.modality(), c.rank(), cue, false, i + 1, start, Integer.MAX_VALUE);
            }
            int end = clauseEnd(w, i + 1);
            for (int k = i + 1; k < end; k++) {
                if (text.substring(w.end[k - 1], w.start[k]).indexOf(',') >= 0 && !w.upper(k)) {
                    end = k; // ", wie …", ", dass …", ", der …": a clause of its own after the infinitive
                }
            }
            return new CueAt(i, c.modality(), c.rank(), cue, false, end, start, start);
        }

        /**
         * The first word of the clause a modal verb at word {@code at} stands in: after a clause mark, or after a comma
         * before a word in lower case (a conjunction or relative pronoun opening a clause: ", dass …", ", der …"; a comma
         * before a capital more often parts a list: "Angriffe, Anschläge und Morde"); the sentence's first word if none.
         */
        int modalClauseStart(Words w, int at) {
            for (int k = at; k > 0; k--) {
                String gap = text.substring(w.end[k - 1], w.start[k]);
                if (clauseMark(gap) || gap.indexOf(',') >= 0 && !w.upper(k)) {
                    return k;
                }
            }
            return 0;
        }

        /**
         * Whether word j, right after "und" or "aber", is the finite verb of a new main clause sharing its subject
         * ("Die Armee plante eine Offensive und tötete dabei 20 Zivilisten"): an event word of the lexicon in lower case
         * with the ending of a weak preterite (word-classes.tsv preterite-ending), not a participle ("ge…"); one of an
         * inseparable prefix ("verletzte", also an adjective) only when no noun follows it ("und verletzte Zivilisten"
         * may be the wounded civilians); or the first word of a split event verb ("und nahm drei Männer fest").
         */
        boolean finiteEventVerb(Words w, int j) {
            String x = w.lower[j];
            if (!w.upper(j) && lex.splitEventVerbAt(w, j, "de")) {
                return true; // "und nahm drei Männer fest": a strong preterite, finite as parted from its particle
            }
            if (w.upper(j) || x.startsWith("ge") || PRETERITE_ENDINGS.stream().noneMatch(x::endsWith)
                    || lex.predicateAt(w, j, "de") == null) {
                return false;
            }
            boolean prefixed = INSEPARABLE_PREFIXES.stream().anyMatch(p -> x.startsWith(p) && x.length() > p.length() + 3);
            return !prefixed || j + 1 >= w.size() || !w.upper(j + 1);
        }

        /** The first word of the clause word {@code at} stands in: after a clause mark or a comma and conjunction. */
        int clauseStart(Words w, int at) {
            for (int k = at; k > 0; k--) {
                String gap = text.substring(w.end[k - 1], w.start[k]);
                if (clauseMark(gap) || gap.indexOf(',') >= 0 && CLAUSE_JOINERS.contains(w.lower[k])) {
                    return k;
                }
            }
            return 0;
        }

        /** Whether the text between two words holds a mark ending a clause, standing apart ("vor – Gespräche", "; "). */
        boolean clauseMark(String gap) {
            for (String t : gap.strip().split("\\s+")) {
                if (CLAUSE_MARKS.contains(t) || !t.equals("-") && CLAUSE_MARKS.stream().anyMatch(m -> !m.equals("-") && t.contains(m))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The end (exclusive) of the noun phrase opened by a cue ending before word {@code from}: its noun, the first
         * word written with a capital ("eine mögliche russische Offensive"), or the sentence's end if none.
         */
        int nounEnd(Words w, int from) {
            for (int k = from; k < w.size(); k++) {
                String sf = w.surface(k);
                if (!sf.isEmpty() && Character.isUpperCase(sf.charAt(0))) {
                    return k + 1;
                }
            }
            return w.size();
        }

        String cueText(Words w, int i, int end, String[] words) {
            if (end - i == words.length) {
                return text.substring(w.start[i], w.end[end - 1]);
            }
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < words.length; k++) {
                if (!words[k].equals("\u2026")) {
                    if (b.length() > 0) {
                        b.append(" \u2026 ");
                    }
                    b.append(words[k].startsWith("$") ? words[k].substring(1) : words[k]);
                }
            }
            return b.toString();
        }

        void markUsed(Words w, boolean[] used, Span ph) {
            for (int k = 0; k < w.size(); k++) {
                if (w.start[k] >= ph.start() && w.end[k] <= ph.end()) {
                    used[k] = true;
                }
            }
        }

        boolean verbLater(Words w, int from) {
            for (int k = from; k < w.size() && k < from + 15; k++) {
                if (lex.verbAt(w, k, lang) != null) {
                    return true;
                }
            }
            return false;
        }

        /** The first person (else actor) named after word {@code from}: "Dies verkündete … Sergei Schoigu". */
        Span firstActor(Words w, int from) {
            if (from >= w.size()) {
                return null;
            }
            List<EntityMention> ms = ents.within(w.start[from], w.end[w.size() - 1]);
            for (EntityMention m : ms) {
                if (m.type() == EntityType.PER) {
                    return m.span();
                }
            }
            for (EntityMention m : ms) {
                if (Speakers.actor(m)) {
                    return m.span();
                }
            }
            return null;
        }

        Span phraseAfter(Words w, int k) {
            return new Phrases(text, w, ents).after(k);
        }

        Span phraseBefore(Words w, int k) {
            return new Phrases(text, w, ents).before(k);
        }

        boolean quoteAround(Words w, int j) {
            return new Phrases(text, w, ents).quoteAround(j);
        }

        /** The subject of a reporting verb at word v: an actor before it in its clause, else the phrase after it. */
        Span subjectOf(Words w, int v, boolean[] used) {
            int cs = v;
            while (cs > 0 && !w.clauseBreak(cs - 1, cs)) {
                cs--;
            }
            if (v - 1 >= cs && lex.pronouns.contains(w.lower[v - 1])) {
                return pronounSource(w, v - 1);
            }
            // a fronted prepositional phrase puts the subject after the finite verb: "In einem Bericht … warnte die
            // Analystin X", "Im Herbst hatte der Geheimdienst geschätzt"
            boolean fronted = cs < v && PREPOSITIONS.contains(w.lower[cs]);
            if (fronted) {
                Span after = subjectAfter(w, v, used);
                if (after != null) {
                    return after;
                }
                int k = cs + 1;
                while (k < v && (w.upper(k) || QuoteExtractor.isArticle(w.lower[k]) || Phrases.adjective(w.lower[k]))) {
                    k++;
                }
                if (k + 1 < v) {
                    return subjectBefore(w, k + 1, v, used);
                }
                // "Während US-Präsident Joe Biden Russland beschuldigte, …": a conjunction, only names, the verb at the
                // end of its clause: the subject stands before the verb
                boolean names = true;
                for (int j = cs + 1; j < v; j++) {
                    names &= w.upper(j);
                }
                return names && (v == w.size() - 1 || w.clauseBreak(v, v + 1)) ? subjectBefore(w, cs + 1, v, used) : null;
            }
            Span before = subjectBefore(w, cs, v, used);
            Span after = before != null ? null : subjectAfter(w, v, used);
            if (before == null && after == null && cs == v && v > 0) {
                // "Reuters, citing two sources, reported": the sentence's first actor before an inserted clause
                EntityMention m = ents.at(w.start[0]);
                if (m == null && w.size() > 1 && QuoteExtractor.isArticle(w.lower[0])) {
                    m = ents.at(w.start[1]);
                }
                if (m != null && Speakers.actor(m) && !used[w.indexAtOrAfter(m.span().start())]) {
                    return m.span();
                }
            }
            return before != null ? before : after;
        }

        Span subjectBefore(Words w, int cs, int v, boolean[] used) {
            Span firstPer = null;
            Span firstActor = null;
            for (int k = cs; k < v; k++) {
                if (used[k]) {
                    continue;
                }
                EntityMention m = ents.at(w.start[k]);
                int k0 = m == null ? k : Math.max(cs, w.indexAtOrAfter(m.span().start()));
                if (m != null && k0 < k) {
                    continue;
                }
                if (m != null && Speakers.actor(m) && !Phrases.governed(w, k0) && !Phrases.genitive(m)
                        && !Speakers.compoundModifier(text, m)) {
                    if (m.type() == EntityType.PER && firstPer == null) {
                        firstPer = m.span();
                    }
                    if (firstActor == null) {
                        int e = k;
                        while (e + 1 < w.size() && w.start[e + 1] < m.span().end()) {
                            e++;
                        }
                        Span ph = phraseBefore(w, e);
                        firstActor = ph != null ? ph : m.span();
                    }
                }
            }
            if (firstActor != null) {
                return firstPer != null && firstPer.start() >= firstActor.start() ? firstPer : firstActor;
            }
            for (int k = v - 1; k >= cs; k--) {
                if (used[k]) {
                    continue;
                }
                EntityMention m = ents.at(w.start[k]);
                // English writes role nouns in lower case ("…, police said"); German ones are capitalised
                if (m == null && (w.upper(k) || lang.equals("en")) && (lex.anonymous(w.lower[k]) || lex.media.contains(w.lower[k])
                        || roleByWords(w.lower[k], "").length() > 0)) {
                    return w.upper(k) ? extendAttribute(w, k, v, phraseBefore(w, k)) : englishRolePhrase(w, cs, k);
                }
            }
            // "Das Ressort erklärte", "Die Wirtschaftsexperten warnten"
            if (v - cs >= 2 && v - cs <= 4 && QuoteExtractor.isArticle(w.lower[cs]) && w.upper(v - 1)) {
                return new Span(w.start[cs], w.end[v - 1]);
            }
            return null;
        }

        Span subjectAfter(Words w, int v, boolean[] used) {
            // inverted: "berichtet laut … die russische Online-Nachrichtenagentur Regnum", "sagte Medwedew"
            int k = v + 1;
            while (k < w.size() && used[k]) {
                k++;
            }
            if (k < w.size() && k <= v + 8 && (k == v + 1 || !w.clauseBreak(k - 1, k) || quoteAround(w, k))) {
                if (lex.pronouns.contains(w.lower[k])) {
                    return pronounSource(w, k);
                }
                Span ph = phraseAfter(w, k);
                if (ph != null) {
                    EntityMention m = ents.at(ph.start());
                    boolean named = false;
                    for (EntityMention x : ents.within(ph.start(), ph.end())) {
                        named |= Speakers.actor(x);
                    }
                    String pt = ph.of(text).toLowerCase(Locale.ROOT);
                    boolean roleWord = false;
                    for (String x : pt.split("[^\\p{L}]+")) {
                        roleWord |= !x.isEmpty() && (lex.anonymous(x) || lex.media.contains(x));
                    }
                    if (named || m != null || roleWord || !roleByWords(pt, "").isEmpty()) {
                        return ph;
                    }
                }
            }
            return null;
        }

        /** An English role noun with the capitalised words before it: "police", "Alturas police", "state troopers". */
        Span englishRolePhrase(Words w, int cs, int k) {
            int j = k;
            while (j - 1 >= cs && !w.clauseBreak(j - 1, j) && w.upper(j - 1) && ents.at(w.start[j - 1]) == null
                    || j - 1 >= cs && !w.clauseBreak(j - 1, j) && ents.at(w.start[j - 1]) != null
                    && ents.at(w.start[j - 1]).type() != EntityType.PER) {
                j--;
            }
            return new Span(w.start[j], w.end[k]);
        }

        /** "Analysten von JPMorgan Chase": an attribute after the head noun, up to the verb. */
        Span extendAttribute(Words w, int k, int v, Span ph) {
            if (ph == null || k + 2 >= v) {
                return ph;
            }
            String x = w.lower[k + 1];
            if ((x.equals("von") || x.equals("der") || x.equals("des") || x.equals("aus")) && !w.clauseBreak(k, v - 1)) {
                return new Span(ph.start(), w.end[v - 1]);
            }
            return ph;
        }

        /**
         * English: true when word {@code k} (a claim's figure or event word) stands in a clause or phrase opened by a
         * time-clause word (figure-words.tsv: "after", "before") and time {@code t} before that word: "Chief Eliot
         * Isaac spoke Monday … after 17 were injured and one killed" dates the speech, not the injuries.
         */
        boolean beforeTimeClause(Words w, TimeExpression t, int k) {
            if (!lang.equals("en") || k <= 0 || k > w.size()) {
                return false;
            }
            for (int j = Math.min(k, w.size()) - 1; j >= 0; j--) {
                if (j + 1 < w.size() && w.clauseBreak(j, j + 1)) {
                    return false; // the clause of word k starts after j
                }
                if (FIGURE_WORDS.timeClause(w.lower[j])) {
                    return t.span().start() < w.start[j];
                }
            }
            return false;
        }

        /**
         * English: the time written right before a date-clause word (figure-words.tsv: "where") that opens the clause
         * of word {@code k}, or null: "Police today are announcing the arrests … in connection with a shooting
         * incident on November 12, 2016 where five people were shot" dates the five to November 12, not "today".
         */
        TimeExpression dateBeforeClause(Words w, List<TimeExpression> times, int k, Span ss) {
            if (!lang.equals("en") || k <= 0 || k > w.size()) {
                return null;
            }
            for (int j = Math.min(k, w.size()) - 1; j >= 0; j--) {
                if (FIGURE_WORDS.dateClause(w.lower[j])) {
                    for (TimeExpression t : times) {
                        if (t.span().start() >= ss.start() && t.span().end() <= w.start[j] && t.type() != TimexType.DURATION
                                && t.type() != TimexType.SET && t.value() != null && !t.value().equals("PRESENT_REF")
                                && text.substring(t.span().end(), w.start[j]).matches("[\\s,]*")) {
                            return t;
                        }
                    }
                    return null;
                }
                if (j + 1 < w.size() && w.clauseBreak(j, j + 1) || FIGURE_WORDS.timeClause(w.lower[j])) {
                    return null;
                }
            }
            return null;
        }

        /** True when the time at {@code pos} starts a period ("seit 2022", "since 2022"): that is not the event's time. */
        boolean since(int pos) {
            int from = Math.max(0, pos - 6);
            String before = text.substring(from, pos).toLowerCase(Locale.ROOT);
            return before.endsWith("seit ") || before.endsWith("since ");
        }

        boolean locative(Words w, int k) {
            if (k == 0) {
                return false;
            }
            String p = w.lower[k - 1];
            if ((p.equals("der") || p.equals("des")) && k >= 2 && REGION_NOUNS.contains(w.lower[k - 2])) {
                return true; // "im Osten der Ukraine"
            }
            return p.equals("in") || p.equals("nach") || p.equals("aus") || p.equals("von") || p.equals("mit") || p.equals("über");
        }

        /**
         * True if word {@code k} stands in the clause of one of the sentence's sources, with a verb of saying, and the
         * claim's predicate (else its figure) at {@code p} does not: a place there is where the statement was made
         * ("teilte die UNO in New York mit"), unlike "Nach Angaben der Behörde exportierten die USA … nach Europa".
         */
        boolean statementPlace(Words w, int k, int p, List<Span> sourceSpans) {
            if (p < 0 || k >= w.size() || sameClause(w, k, p)) {
                return false;
            }
            for (Span x : sourceSpans) {
                int j = w.indexAtOrAfter(x.start());
                if (j < w.size() && w.start[j] < x.end() && sameClause(w, j, k) && speechIn(w, k)) {
                    return true;
                }
            }
            return false;
        }

        /** True if the clause of word {@code k} holds a verb of saying ("teilte … mit", "sagte", "mitteilte"). */
        boolean speechIn(Words w, int k) {
            for (int j = 0; j < w.size(); j++) {
                if (sameClause(w, j, k) && lex.verbAt(w, j, lang) != null) {
                    return true;
                }
            }
            return false;
        }

        boolean sameClause(Words w, int a, int b) {
            for (int j = Math.min(a, b) + 1; j <= Math.max(a, b); j++) {
                if (w.clauseBreak(j - 1, j)) {
                    return false;
                }
            }
            return true;
        }

        /** Marks a pronoun subject ("sagte er", "Er sagte") for resolution to the first person of the sentence before. */
        Span pronounSource(Words w, int k) {
            return new Span(w.start[k], w.end[k]);
        }

        /** The first person named in the sentence before {@code pos}, or null. */
        EntityMention previousPerson(int pos) {
            int si = d.sentenceAt(pos);
            for (int p = si - 1; p >= 0 && p >= si - 2; p--) {
                Span ps = d.sentences().get(p).span();
                for (EntityMention m : ents.within(ps.start(), ps.end())) {
                    if (m.type() == EntityType.PER) {
                        return m;
                    }
                }
            }
            return null;
        }

        Source source(Span ph) {
            if (lang.equals("en")) {
                ph = wholeEnglishName(ph);
            }
            String t = ph.of(text);
            EntityMention head = null;
            for (EntityMention m : ents.within(ph.start(), ph.end())) {
                if (m.type() != EntityType.DERIV && (head == null || head.type() == EntityType.LOC || m.type() == EntityType.PER)) {
                    head = m;
                }
            }
            if (head == null && lex.pronouns.contains(t.toLowerCase(Locale.ROOT))) {
                head = previousPerson(ph.start());
            }
            String id = head == null ? null : head.entityId();
            String name = head == null ? null : head.name();
            String role;
            String lower = t.toLowerCase(Locale.ROOT);
            boolean anon = false;
            for (String x : lower.split("[^\\p{L}]+")) {
                anon |= !x.isEmpty() && lex.anonymous(x);
            }
            if (anon && lower.indexOf("quelle") >= 0) {
                role = "anonymous";
            } else {
                role = role(id, t);
            }
            return new Source(ph, t, id, name, role);
        }

        /**
         * An English source phrase that stops inside a name runs on over the name's capitalised words, "'s" and "of
         * (the)": "the Cuyahoga" → "the Cuyahoga County Medical Examiner's Office", "The Los Angeles County
         * Sheriff's" → "… Sheriff's Department". Days and months (quote-words.tsv {@code not-speaker}) end it.
         */
        Span wholeEnglishName(Span ph) {
            if (ph.end() <= ph.start() || !endsInCapitalisedWord(ph.end())) {
                return ph;
            }
            java.util.regex.Matcher m = NAME_RUN.matcher(text).region(ph.end(), Math.min(text.length(), ph.end() + 120));
            int end = ph.end();
            while (m.lookingAt()) {
                String word = m.group(1).toLowerCase(Locale.ROOT);
                if (QuoteWords.load().notSpeakers.contains(word)) {
                    break;
                }
                end = m.end();
                m.region(end, m.regionEnd());
            }
            return end == ph.end() ? ph : new Span(ph.start(), end);
        }

        boolean endsInCapitalisedWord(int end) {
            int b = end;
            while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '\'' || text.charAt(b - 1) == '\u2019')) {
                b--;
            }
            return b < end && Character.isUpperCase(text.charAt(b));
        }

        /** Chains per sentence: own sources, continued from the sentence before, extended by origin sentences. */
        void chains(Info[] info) {
            for (int i = 0; i < info.length; i++) {
                Info in = info[i];
                List<Source> own = new ArrayList<>();
                for (Found f : in.own) {
                    own.add(f.source());
                }
                if (in.backref && i > 0) {
                    // "Dies verkündete Schoigu": the previous sentence is Schoigu's
                    Info prev = info[i - 1];
                    prev.chain = merge(outer, own);
                    if (in.modality != null && in.modality != Modality.QUESTION) {
                        prev.imposed = in.modality;
                        prev.imposedCues = List.copyOf(in.cues);
                    }
                }
                List<Source> before = List.of();
                if (in.explicit || (in.continues || in.hedged) && own.isEmpty()) {
                    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                        if (info[k].heading && k != i - 1 || !info[k].body) {
                            continue;
                        }
                        if (info[k].chain.size() > outer.size()) {
                            before = info[k].chain.subList(outer.size(), info[k].chain.size());
                            break;
                        }
                        if (!in.continues || !info[k].heading) {
                            break;
                        }
                    }
                }
                if (in.origin) {
                    // "Diese Informationen stammen laut LIGA von X": X is the origin of the sentences before that cite LIGA
                    List<Source> tail = new ArrayList<>();
                    List<Source> anchors = new ArrayList<>();
                    for (Found f : in.own) {
                        (f.level() >= 4 ? tail : anchors).add(f.source());
                    }
                    for (int k = i - 1; k >= 0 && info[k].chain.size() > outer.size(); k--) {
                        if (!containsAll(info[k].chain, anchors)) {
                            break;
                        }
                        info[k].chain = merge(info[k].chain, tail);
                    }
                }
                List<Source> inner = new ArrayList<>(before);
                inner.addAll(own);
                in.chain = merge(outer, inner);
            }
        }

        boolean containsAll(List<Source> chain, List<Source> anchors) {
            for (Source a : anchors) {
                boolean found = false;
                for (Source x : chain) {
                    found |= a.entityId() != null && a.entityId().equals(x.entityId()) || a.text().equalsIgnoreCase(x.text());
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }

        List<Source> merge(List<Source> a, List<Source> b) {
            List<Source> out = new ArrayList<>(a);
            for (Source s : b) {
                boolean dup = false;
                for (Source x : out) {
                    if (s.entityId() != null && s.entityId().equals(x.entityId()) || x.text().equalsIgnoreCase(s.text())) {
                        dup = true;
                        break;
                    }
                }
                if (!dup) {
                    out.add(s);
                }
            }
            return out;
        }

        /** The claim as a denial: predicate "deny", its first modality cue as the verb. */
        Claim denial(Claim c) {
            if (c == null || c.modality() != Modality.DENIED) {
                return null;
            }
            return new Claim(c.id(), c.kind(), c.span(), c.sentence(), "deny", c.cues().get(0), c.subject(), c.object(),
                    c.quantity(), c.location(), c.time(), c.attribution(), c.modality(), c.cues(), c.quote(), c.provenance());
        }

        /**
         * A Title-Case headline's figure whose counted word is a verb, participle or adverb ("Three Others Injured",
         * "Five People Shot", "2 Critically Hurt"): the counted word is the noun before it ("Others", "People"), or
         * none. The tagger reads the last capitalised word of the phrase as its noun, as German capitals are.
         */
        Quantity titleCaseUnit(Info in, Quantity q) {
            Words w = in.words;
            if (q.unit() == null || q.counts() == null) {
                return q;
            }
            int k = w.indexAtOrAfter(q.span().end());
            int last = -1;
            for (int i = k; i < w.size() && i < k + 4 && !(i > k && w.clauseBreak(i - 1, i)); i++) {
                if (w.surface(i).equals(q.unit())) {
                    last = i;
                    break;
                }
            }
            if (last < 0 || !notNoun(w, last)) {
                return q;
            }
            int noun = last - 1;
            while (noun >= k && notNoun(w, noun)) {
                noun--;
            }
            String unit = noun >= k && w.start[noun] >= q.span().end() ? w.surface(noun) : null;
            return new Quantity(q.span(), q.text(), q.value(), q.min(), q.max(), q.minExclusive(), q.maxExclusive(),
                    q.approximate(), q.qualifier(), unit, unit == null ? null : unit.toLowerCase(Locale.ROOT),
                    unit == null ? null : w.text.substring(w.start[noun], w.end[noun]), q.provenance());
        }

        /** A verb or predicate of the lexicon, or an adverb in -ly: no counted noun. */
        boolean notNoun(Words w, int i) {
            return lex.predicateAt(w, i, lang) != null || lex.verbAt(w, i, lang) != null || w.lower[i].endsWith("ly");
        }

        /** True if word i is capitalised as a noun or name is: in a Title-Case headline only a name the entity stage found. */
        boolean capital(Info in, int i) {
            return in.words.upper(i) && (!in.titleCase || ents.at(in.words.start[i]) != null);
        }

        /** True if an event noun of the sentence has a genitive name before it that names its agent ("Schoigus Besuch"). */
        boolean possessed(Info in) {
            for (int i = 0; i < in.words.size(); i++) {
                if (in.predicates[i] != null && possessor(in.words, i, in.predicates[i]) != null) {
                    return true;
                }
            }
            return false;
        }

        /** The actor named in the genitive before event noun p ("Schoigus Besuch", "Shoigu's visit"), or null. */
        EntityMention possessor(Words w, int p, String predicate) {
            if (lex.compound(w, p, lang)) {
                return null; // "Salzborns Professorenvertrag": the genitive names the owner of the thing, not the agent
            }
            int j = argRoles.genitiveBefore(w, p, predicate, k -> inflectedName(w, k));
            EntityMention m = j >= 0 ? ents.at(w.start[j]) : null;
            if (m == null || !Speakers.actor(m) || insideQuote(m.span().start())) {
                return null;
            }
            // "mit Unterstützung Großbritanniens Luftangriffe": a genitive after a noun belongs to that noun
            int first = w.indexAtOrAfter(m.span().start());
            boolean afterNoun = first > 0 && !w.clauseBreak(first - 1, first) && w.upper(first - 1)
                    && ents.at(w.start[first - 1]) == null && !QuoteExtractor.isArticle(w.lower[first - 1]);
            return afterNoun ? null : m;
        }

        int predicateIndex(Info in, int near) {
            return predicateIndex(in, near, false);
        }

        /** The word of the sentence's predicate nearest {@code near} (the first when -1); English reads killing and dying apart. */
        int predicateIndex(Info in, int near, boolean noDeaths) {
            Words w = in.words;
            if (in.predicates == null) {
                in.predicates = new String[w.size()];
                for (int i = 0; i < w.size(); i++) {
                    in.predicates[i] = insideQuote(w.start[i]) || i > 0 && (capital(in, i) || lang.equals("en")) && argRoles.background(w, i) ? null
                            : contexts.apply(w, i, lex.predicateAt(w, i, lang));
                    if (lang.equals("en") && in.predicates[i] != null && VICTIM_PREDICATES.contains(in.predicates[i])
                            && victims.outcomeAlternative(w, i)) {
                        // "16 people hurt or killed": the figure counts either outcome, it is no figure of one of them
                        in.predicates[i] = null;
                    }
                }
            }
            int best = -1;
            int bestScore = Integer.MAX_VALUE;
            for (int i = 0; i < w.size(); i++) {
                String p = in.predicates[i];
                if (p == null || noDeaths && (p.equals("kill") || p.equals("die"))) {
                    continue;
                }
                if (near >= 0 && lang.equals("en") && !sameRelativeClause(in, i, near)) {
                    continue; // "two suspects in a shooting in which 16 were injured": the suspects are no injured
                }
                int score = near < 0 ? i : Math.abs(i - near) + (capital(in, i) ? 3 : 0) + (FRAMES.contains(p) ? 6 : 0)
                        // "… seien verletzt worden, als fünf Einrichtungen getroffen worden seien": a predicate of the
                        // figure's own clause first
                        + (sameClause(w, i, near) ? 0 : 1000);
                if (near < 0 && capital(in, i) && i > 0) {
                    score += 100;
                }
                if (near < 0 && argRoles.anaphor(w, i) && possessed(in)) {
                    // "Die Ankündigung erfolgte während Schoigus Besuch": the event named with its agent, not the
                    // one pointed back to
                    score += 10_000;
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            return best;
        }

        /**
         * True if figure q stands before the event word p as its active subject (at most four words between them, none
         * a form of "be" or "get", no clause break) and a figure follows p as its object ("More than one shooter hurt 15
         * people", "Two gunmen killed three people").
         */
        boolean agentFigure(Info in, Quantity q, int p) {
            Words w = in.words;
            if (q == null || q.span().end() > w.start[p]) {
                return false;
            }
            int k = w.indexAtOrAfter(q.span().end());
            if (p - k > 4) {
                return false;
            }
            for (int j = k; j < p; j++) {
                if (FIGURE_WORDS.passive(w.lower[j]) || j > 0 && w.clauseBreak(j - 1, j)) {
                    return false;
                }
            }
            int o = p + 1;
            if (o < w.size() && w.lower[o].endsWith("ly") && !w.clauseBreak(p, o)) {
                o++;
            }
            if (o >= w.size() || w.clauseBreak(o - 1, o) || w.clauseBreak(p, p + 1)) {
                return false;
            }
            for (Quantity x : d.quantities()) {
                if (x.span().start() == w.start[o]) {
                    return true;
                }
            }
            return false;
        }

        /** True if "that" stands between words p and k: a name in the that-clause after a verb is no agent of the verb. */
        static boolean thatBetween(Words w, int p, int k) {
            for (int j = p + 1; j < k; j++) {
                if (w.lower[j].equals("that")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True in English if a reporting verb stands between word k and the event word p ("Mayor John Cranley announce
         * the arrests of two men", "Smith said police arrested two men"): who stands before it says or announces the
         * event, he is not its agent.
         */
        boolean reportsBetween(Words w, int k, int p) {
            if (!lang.equals("en") || p < 0 || k >= p) {
                return false;
            }
            for (int v = k + 1; v < p; v++) {
                Lexicon.Verb verb = lex.verbAt(w, v, lang);
                if (verb != null && !verb.cls().equals("plan") && !verb.cls().equals("propose")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True if the figure's counted word, or a word of its counted phrase before a preposition, names events or
         * things ("10 mass shootings", "two calls about people", "three gunshot wounds").
         */
        boolean countsThings(Quantity q, boolean victimsRead) {
            if (q == null) {
                return false;
            }
            if (q.unit() != null && PARTICIPLES.thing(q.unit().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (victimsRead) {
                return false; // the victims' phrase VictimReader read ("Arlington Shooting Kills Father of 3") names people
            }
            for (String word : (q.counts() == null ? "" : q.counts().strip().toLowerCase(Locale.ROOT)).split("\\s+")) {
                if (FIGURE_WORDS.phraseEnd(word)) {
                    return false; // "victims of the shootings": the victims are counted
                }
                if (PARTICIPLES.thing(word)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The figure with "person"/"people" as its counted word when the word it stands before is its own
         * participle ("16 injured", "1 dead"): the participle says what befell them, the figure counts people.
         */
        Quantity countingPeople(Info in, Quantity q) {
            if (ownParticiple(in, q) < 0 && !bareBeforeParticiple(in, q)) {
                return q;
            }
            String unit = victims.people(q.value() != null ? q.value() : q.min());
            return new Quantity(q.span(), q.text(), q.value(), q.min(), q.max(), q.minExclusive(), q.maxExclusive(),
                    q.approximate(), q.qualifier(), unit, unit, q.counts(), q.provenance());
        }

        /**
         * True when the figure has no counted word and its participle follows right after it in its clause ("Three
         * died.", "One died at a hospital …": "died" ends a counted phrase, function-words.tsv): it counts people, in
         * running text as the figure with its own participle does ({@link #ownParticiple}).
         */
        boolean bareBeforeParticiple(Info in, Quantity q) {
            if (q == null || q.unit() != null || !lang.equals("en")) {
                return false;
            }
            Words w = in.words;
            int k = w.indexAtOrAfter(q.span().end());
            // as written in lower case: in a Title-Case headline ("4 Dead, 2 Critically Hurt") the figure keeps no word
            return k < w.size() && k > 0 && !w.clauseBreak(k - 1, k) && w.surface(k).equals(w.lower[k])
                    && PARTICIPLES.participle(w.lower[k]);
        }

        /**
         * The word index of the figure's own participle: the word right after the number, in its clause, that is the
         * quantity's counted word and a participle or state word ({@link OwnParticiples}); else -1.
         */
        int ownParticiple(Info in, Quantity q) {
            if (q == null || q.unit() == null) {
                return -1;
            }
            Words w = in.words;
            int k = w.indexAtOrAfter(q.span().end());
            int n = k - 1;
            if (k >= w.size() || n < 0 || w.clauseBreak(n, k) || !w.surface(k).equals(q.unit())
                    || !PARTICIPLES.participle(w.lower[k])) {
                return -1;
            }
            return k;
        }

        /**
         * True if word i (an event word) and the figure at word near stand in the same relative clause or both outside
         * any, or the figure is the antecedent of i's clause ("two more who were injured").
         */
        boolean sameRelativeClause(Info in, int i, int near) {
            int[] ri = RelativeClauses.around(in.relatives, i);
            int[] rn = RelativeClauses.around(in.relatives, near);
            return ri == rn || rn == null && ri == RELATIVES.ofAntecedent(in.words, lang, in.relatives, near, victims::person);
        }

        Claim claim(int n, ClaimKind kind, Info in, Quantity q, int pos) {
            return claim(n, kind, in, q, pos, null, null, false);
        }

        /** An English claim: the given predicate and verb, else the nearest predicate that is not killing or dying. */
        Claim claim(int n, ClaimKind kind, Info in, Quantity q, int pos, String givenPredicate, String givenVerb) {
            return claim(n, kind, in, q, pos, givenPredicate, givenVerb, true);
        }

        Claim claim(int n, ClaimKind kind, Info in, Quantity q, int pos, String givenPredicate, String givenVerb, boolean noDeaths) {
            Words w = in.words;
            if (in.titleCase && q != null) {
                q = titleCaseUnit(in, q);
            }
            int qi = w.indexAtOrAfter(pos);
            int p = givenPredicate != null ? qi : predicateIndex(in, kind == ClaimKind.QUANTITY ? qi : -1, noDeaths);
            int own = givenPredicate == null && lang.equals("en") ? ownParticiple(in, q) : -1;
            if (own >= 0) {
                // "One killed, 15 injured", "16 shot, 1 fatally": the figure's own participle is its predicate, or
                // none when it is no event of the ontology or a killing VictimReader did not read
                String pr = in.predicates[own];
                p = pr == null || noDeaths && (pr.equals("kill") || pr.equals("die")) ? -1 : own;
                q = countingPeople(in, q);
            }
            if (lang.equals("en") && givenPredicate == null && own < 0 && p >= 0 && in.predicates[p] != null
                    && VICTIM_PREDICATES.contains(in.predicates[p]) && agentFigure(in, q, p)) {
                // "More than one shooter hurt 15 people": the figure before an active verb with a figure of its own
                // after it counts who did it, not whom it befell
                p = -1;
            }
            if (lang.equals("en") && countsThings(q, givenPredicate != null)
                    && (givenPredicate != null ? VICTIM_PREDICATES.contains(givenPredicate)
                    : p >= 0 && in.predicates[p] != null && VICTIM_PREDICATES.contains(in.predicates[p]))) {
                // "the 10 mass shootings", "three gunshot wounds": the figure counts events or things, never victims
                givenPredicate = null;
                givenVerb = null;
                p = -1;
            }
            String predicate = givenPredicate != null ? givenPredicate : p >= 0 ? in.predicates[p] : null;
            String verb = givenPredicate != null ? givenVerb : p >= 0 ? w.surface(p) : null;
            Set<String> sourceIds = new java.util.HashSet<>();
            List<Span> sourceSpans = new ArrayList<>();
            for (Source s : in.chain) {
                if (s.entityId() != null) {
                    sourceIds.add(s.entityId());
                }
                if (s.span() != null) {
                    sourceSpans.add(s.span());
                }
            }
            Argument location = null;
            Span ss = in.sentence.span();
            // the agent: who did it, not the target ("gegen die Ukraine"), the partner, the patient of a passive
            // ("getötet worden") or the receiver ("bekommt … von Kim"); inside the predicate's own clause, and
            // after a headline's colon when an actor stands there (argument-roles.tsv)
            boolean receiving = p >= 0 && kind != ClaimKind.QUOTE && argRoles.recipient(w, p);
            boolean passive = argRoles.passive(w, 0, w.size());
            int clause = p >= 0 ? argRoles.clauseStart(w, p) : -1;
            int segment = p >= 0 ? ArgumentRoles.segmentStart(w, p) : -1;
            Argument subject = null;
            Argument beforeColon = null;
            Argument patient = null;
            for (EntityMention m : ents.within(ss.start(), ss.end())) {
                boolean inSource = false;
                for (Span x : sourceSpans) {
                    inSource |= x.overlaps(m.span());
                }
                if (inSource || insideQuote(m.span().start()) || Speakers.datelineAgency(text, ss.start(), m)) {
                    continue;
                }
                int k = w.indexAtOrAfter(m.span().start());
                if (k > 0 && w.end[k - 1] > m.span().start()) {
                    k--; // a mention that starts inside a word ("Bryan Spikes" of "O'Bryan Spikes"): that word
                }
                boolean loc = m.type() == EntityType.LOC || k < w.size() && locative(w, k) && m.type() == EntityType.GPE;
                if (!loc && m.type() == EntityType.DERIV && k + 1 < w.size() && REGION_NOUNS.contains(w.lower[k + 1])
                        && !w.clauseBreak(k, k + 1) && PREPOSITIONS.contains(Objects.toString(argRoles.governor(w, k), ""))
                        && (k + 2 >= w.size() || w.clauseBreak(k + 1, k + 2) || ents.at(w.start[k + 2]) == null)) {
                    // "in der nordkoreanischen Hauptstadt": a place of the country the adjective names (unless a name
                    // follows: "in der ukrainischen Hauptstadt Kiew" names the place itself)
                    if (location == null) {
                        location = Speakers.argument(text, new Span(m.span().start(), w.end[k + 1]), m);
                    }
                    continue;
                }
                if (loc && Speakers.compoundModifier(text, m)) {
                    continue; // "im Ukraine-Krieg" names a war, not where the claim happens
                }
                if (loc && Speakers.dateline(text, ss.start(), m)) {
                    continue; // "Paris – Bei Angriffen in Syrien …": where the report was filed, not where it happened
                }
                if (loc && statementPlace(w, k, p >= 0 ? p : qi < w.size() ? qi : -1, sourceSpans)) {
                    continue; // "…, teilte die UNO am Montag in New York mit": where it was said, not where it happened
                }
                if (loc) {
                    if (location == null || p >= 0 && k > p && location.span().start() < w.start[Math.min(p, w.size() - 1)]) {
                        location = Speakers.argument(m);
                    }
                    continue;
                }
                if (patient == null && q == null && kind == ClaimKind.EVENT && m.type() == EntityType.PER && k < w.size()
                        && !Speakers.compoundModifier(text, m) && namedPatient(predicate, passive, w, k, p)) {
                    patient = Speakers.argument(m); // Session 18: whom the killing befell, the claim's object
                    continue;
                }
                if (subject != null || !Speakers.actor(m) || Speakers.compoundModifier(text, m) || Phrases.genitive(m)
                        || k >= w.size() || clause >= 0 && k < clause || reportsBetween(w, k, p)) {
                    continue;
                }
                String gov = argRoles.governor(w, k);
                boolean agentPhrase = gov != null && argRoles.agentPreposition(gov) && (passive || receiving)
                        && !argRoles.attributive(w, k);
                if (gov != null && !agentPhrase || gov == null && receiving) {
                    continue;
                }
                boolean placed = agentPhrase || q == null || m.span().start() < q.span().start()
                        || p >= 0 && w.start[p] > m.span().start();
                if (lang.equals("en") && p >= 0 && k > p && k - p <= 4 && w.lower[p].endsWith("ed") && !agentPhrase
                        && !in.titleCase && !w.clauseBreak(p, k)) {
                    continue; // "Officers arrested Cornell Beckley": right after an English verb stands its object, not its agent
                }
                if (lang.equals("en") && p >= 0 && k > p && thatBetween(w, p, k)) {
                    continue; // "Channel 2 Action News has confirmed that the Sheriff Joey Terrell … have been shot"
                }
                if (!placed || victimNotAgent(predicate, q, m, passive, agentPhrase, w, k, p)) {
                    continue;
                }
                if (segment >= 0 && k < segment) {
                    beforeColon = beforeColon == null ? Speakers.argument(m) : beforeColon;
                    continue;
                }
                subject = Speakers.argument(m);
            }
            if (subject == null) {
                subject = beforeColon;
            }
            // "durch einen Besuch des Ex-Präsidenten Dimitri Medwedew": the genitive after the event noun is its agent
            int g = p >= 0 && givenPredicate == null ? argRoles.genitiveAfter(w, p, predicate) : -1;
            for (int j = g; j >= 0 && j < w.size() && j < g + 6 && (j == g || !w.clauseBreak(j - 1, j)); j++) {
                EntityMention m = ents.at(w.start[j]);
                if (m != null && Speakers.actor(m) && !Speakers.compoundModifier(text, m) && !insideQuote(m.span().start())) {
                    subject = Speakers.argument(m);
                    break;
                }
            }
            // "während Schoigus Besuch", "Shoigu's visit": the genitive name before the event noun is its agent
            EntityMention possessor = p >= 0 && givenPredicate == null && g < 0 ? possessor(w, p, predicate) : null;
            if (possessor != null) {
                subject = Speakers.argument(possessor);
            }
            // "stattete Wladimir Putin Nordkorea einen Besuch ab": the object of a visit is its place
            if (location == null && argRoles.placeObject(predicate) && subject != null) {
                for (EntityMention m : ents.within(subject.span().end(), ss.end())) {
                    int k = w.indexAtOrAfter(m.span().start());
                    if (m.type() == EntityType.GPE && k < w.size() && argRoles.governor(w, k) == null
                            && !Speakers.compoundModifier(text, m) && !insideQuote(m.span().start())) {
                        location = Speakers.argument(m);
                        break;
                    }
                }
            }
            // a killing, wounding or capture without a figure names its patient (German): "den italienischen Fotografen
            // Andrea Rocchelli erschossen" is another proposition than "Volodymyr Struk … erschossen wurde"
            Argument object = q == null ? patient : null;
            if (q != null && q.counts() != null && !q.counts().isBlank()) {
                int at = text.indexOf(q.counts(), q.span().start());
                if (at >= 0 && at + q.counts().length() <= ss.end()) {
                    Span os = new Span(at, at + q.counts().length());
                    // the counted group keeps its nationality: "nordkoreanische Soldaten" is linked to Nordkorea
                    EntityMention om = ents.at(at);
                    object = Speakers.argument(text, os, om);
                }
            }
            TimeExpression time = dateBeforeClause(w, d.times(), qi, ss);
            for (TimeExpression t : time != null ? List.<TimeExpression>of() : d.times()) {
                if (t.span().start() >= ss.start() && t.span().end() <= ss.end() && t.type() != TimexType.DURATION
                        && t.type() != TimexType.SET && t.value() != null && !t.value().equals("PRESENT_REF")
                        && !since(t.span().start()) && !beforeTimeClause(w, t, qi)) {
                    time = t;
                    break;
                }
            }
            List<Source> chain = in.chain;
            if (possessor != null) {
                // "Die Ankündigung erfolgte während Schoigus Besuch": the visitor is the visit's agent, not its source
                List<Source> others = new ArrayList<>();
                for (Source s : chain) {
                    if (s.span() == null || !s.span().overlaps(possessor.span())) {
                        others.add(s);
                    }
                }
                chain = others;
            }
            if (!in.accusers.isEmpty() && (q != null || kind == ClaimKind.EVENT)) {
                // an accuser is the source of what his clause says only: "Nach der Festnahme … – Belgien klagt … an"
                int at = p >= 0 ? p : q != null ? w.indexAtOrAfter(q.span().start()) : qi;
                List<Source> others = new ArrayList<>();
                for (Source s : chain) {
                    boolean out = false;
                    for (int[] a : in.accusers) {
                        out |= s.span() != null && s.span().start() == a[0] && s.span().end() == a[1] && (at < a[2] || at >= a[3]);
                    }
                    if (!out) {
                        others.add(s);
                    }
                }
                chain = others;
            }
            Quote inQuote = q == null ? null : quoteAt(q.span().start());
            if (inQuote != null && inQuote.speaker() != null) {
                Argument sp = inQuote.speaker();
                chain = merge(chain, List.of(new Source(sp.span(), sp.text(), sp.entityId(), sp.name(), role(sp.entityId(), sp.text()))));
            }
            Modality modality = in.modality;
            List<String> cues = new ArrayList<>(in.cues);
            if (q != null || kind == ClaimKind.EVENT) {
                int anchor = q != null ? w.indexAtOrAfter(q.span().start()) : qi;
                int[] rel = RelativeClauses.around(in.relatives, anchor);
                // a cue of planning, ordering or accusing (">" in modality-cues.tsv) reaches only the event words after
                // it: "Der festgenommene Verdächtige enthüllte, dass der SBU befohlen hatte, … zu töten" is no planned arrest
                int event = p >= 0 ? p : anchor;
                // and only up to the end of the clause it governs ("wirft … vor – Gespräche …": the talks are no accusation),
                // and no event noun already known by its determiner ("vor, dass deren Angriffe … ein Vorwand seien")
                boolean known = event > 0 && KNOWN_DETERMINERS.contains(w.lower[event - 1])
                        && !Character.isLowerCase(w.surface(event).charAt(0));
                boolean eventOwn = kind == ClaimKind.EVENT || p >= 0;
                boolean lowerEvent = event >= 0 && event < w.size() && !w.surface(event).isEmpty()
                        && Character.isLowerCase(w.surface(event).charAt(0));
                boolean behind = in.cueList.stream().anyMatch(c -> c.misses(event, lowerEvent, eventOwn) || known && c.forward()
                        && c.modality() == Modality.ALLEGED);
                if (rel != null || behind) {
                    // "the shootout that wounded 16 people … has denied firing": a cue after the relative clause is
                    // the main clause's; the figure inside keeps the clause's own cues
                    modality = null;
                    cues = new ArrayList<>();
                    int rank = -1;
                    for (CueAt c : in.cueList) {
                        if (rel != null && c.word() >= rel[1] || c.misses(event, lowerEvent, eventOwn) || known && c.forward()
                                && c.modality() == Modality.ALLEGED) {
                            continue;
                        }
                        if (c.rank() > rank) {
                            rank = c.rank();
                            modality = c.modality();
                            cues.add(0, c.text());
                        } else if (!cues.contains(c.text())) {
                            cues.add(c.text());
                        }
                    }
                }
            }
            if (inQuote != null && (modality == null || modality == Modality.ASSERTED)) {
                modality = Modality.REPORTED;
                if (inQuote.cue() != null) {
                    cues.add(inQuote.cue());
                }
            }
            if (in.imposed != null && (modality == null || in.imposed.ordinal() > modality.ordinal() && modality != Modality.QUESTION)) {
                modality = in.imposed;
                cues.addAll(0, in.imposedCues);
            }
            if (modality == null) {
                modality = chain.size() > outer.size() ? Modality.REPORTED : Modality.ASSERTED;
            }
            Span span = ss;
            if (kind == ClaimKind.EVENT && givenPredicate == null && p >= 0 && subject == null && location == null
                    && argRoles.anaphor(w, p)) {
                anaphors.add("c" + n);
            }
            return new Claim("c" + n, kind, span, in.sentence.index(), predicate, verb, subject, object, q, location, time,
                    chain, modality, cues, null,
                    new Provenance(NAME, kind.name().toLowerCase(Locale.ROOT), in.sentence.index()));
        }

        Claim quoteClaim(int n, Quote q, Info in) {
            List<Source> chain = new ArrayList<>(in.chain);
            if (q.speaker() != null) {
                String role = role(q.speaker().entityId(), q.speaker().text());
                chain = merge(chain, List.of(new Source(q.speaker().span(), q.speaker().text(), q.speaker().entityId(),
                        q.speaker().name(), role)));
            }
            // a quote is someone's words even when the speaker is unknown (a teaser's "Wird verheerend sein")
            Modality m = in.modality == Modality.QUESTION ? Modality.QUESTION : Modality.REPORTED;
            List<String> cues = q.cue() == null ? List.of(q.direct() ? "\u201E\u2026\u201C" : "") : List.of(q.cue());
            return new Claim("c" + n, ClaimKind.QUOTE, q.span(), in.sentence.index(), "say", q.cue(), q.speaker(), null,
                    null, null, null, chain, m, cues, q, new Provenance(NAME, "quote", in.sentence.index()));
        }
    }
}
