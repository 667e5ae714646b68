package org.lagebild.stories.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lagebild.model.Argument;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.Document;
import org.lagebild.model.Modality;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Quantity;
import org.lagebild.model.Sentence;
import org.lagebild.model.Source;
import org.lagebild.model.TimeExpression;

/**
 * Groups the claims of one story's annotated documents into facts.
 *
 * <p>A proposition is keyed by: the predicate after {@code propositions.tsv}; a compatible subject (equal entity
 * ids, else equal normalised text; a missing subject fits any); a compatible location (equal, or one is the
 * country of the other per {@link EntityKnowledge}; a missing one fits any); a compatible unit (equal lemma or
 * one kind per {@code units.tsv}; unknown fits any); overlapping quantity bounds (an approximate figure widened
 * by 10%); and the same time bucket: event times must nest ("2024-FA" lies in "2024"); a figure or occurrence
 * without event time belongs to its publication window; a qualitative state ("North Korea has sent troops")
 * without event time joins across publication dates, which is what lets its status history span them. A
 * qualitative claim without time also takes the dated claim of its own article (articles give a date once).
 * Vague counts ("Tausende", no value and no upper bound) join another article's figure never. Frame claims
 * ("bestätigte", "bestritt") join the proposition their sentence is about ({@code topics.tsv}) and date its
 * status, not its event. Grouping is complete-linkage: a claim joins a fact only when it is compatible with
 * every claim in it (the largest such fact), so vague bounds cannot chain different figures together.
 *
 * <p>The most conservative figure follows ACLED's rule for fatalities (the lowest credible figure): each
 * credible claim (not denied, questioned or explicitly not confirmed) contributes its lower bound, its value
 * when it gives no bound, or its upper bound when that is all it gives ("bis zu 3.000"); vague counts
 * contribute only when no claim gives a figure; the lowest contribution is the figure.
 *
 * <p>Independent sources: the distinct innermost sources of the credible claims (entity id if linked, else
 * normalised text); an unattributed claim counts its outlet (the agency credit, else the publisher), and all
 * copies in one duplicate group count as one outlet. Stateless after construction and thread-safe.
 */
public final class FactBuilder {
    private static final Set<Modality> NOT_CREDIBLE = Set.of(Modality.DENIED, Modality.QUESTION, Modality.NOT_CONFIRMED);
    /** Modalities of something not (yet) done: intended, announced, considered. */
    private static final Set<Modality> INTENDED = Set.of(Modality.PLANNED, Modality.PROPOSED, Modality.ANNOUNCED);
    private static final Set<Modality> STATING = Set.of(Modality.ASSERTED, Modality.REPORTED, Modality.ALLEGED,
            Modality.ESTIMATED, Modality.CONFIRMED);

    private final EntityKnowledge kb;
    private final Propositions props = Propositions.get();
    private final PhraseForms forms = PhraseForms.get();

    public FactBuilder() {
        this(EntityKnowledge.NONE);
    }

    public FactBuilder(EntityKnowledge kb) {
        this.kb = kb == null ? EntityKnowledge.NONE : kb;
    }

    /**
     * The facts of one story.
     *
     * @param documents       the story's annotated documents (the claims layer; null entries and claims with
     *                        missing parts are tolerated)
     * @param duplicateGroups article id to duplicate-group id; copies in one group are one source (may be null)
     */
    public FactSet build(List<Document> documents, Map<String, String> duplicateGroups) {
        Map<String, String> groups = duplicateGroups == null ? Map.of() : duplicateGroups;
        List<Document> docs = new ArrayList<>();
        if (documents != null) {
            for (Document d : documents) {
                if (d != null) {
                    docs.add(d);
                }
            }
        }
        docs.sort(Comparator.comparing((Document d) -> orderDay(d.article().published()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(d -> d.article().id()));
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            int headline = headlineSentence(d); // once per article: it searches the text for the title
            for (Claim c : d.claims()) {
                Candidate k = candidate(d, i, c, groups.get(d.article().id()), headline);
                if (k != null) {
                    cands.add(k);
                }
            }
        }
        List<Candidate> order = new ArrayList<>(cands);
        order.sort(Comparator.comparing((Candidate c) -> c.event == null)
                .thenComparing(c -> c.vague)
                .thenComparingDouble(Candidate::width)
                .thenComparingInt(c -> c.doc)
                .thenComparingInt(c -> c.sentence)
                .thenComparingInt(c -> c.claimIndex));
        List<List<Candidate>> groupsOut = new ArrayList<>();
        for (Candidate c : order) {
            List<Candidate> best = null;
            for (List<Candidate> g : groupsOut) {
                if (!allCompatible(g, c)) {
                    continue;
                }
                if (best == null || g.size() > best.size()) {
                    best = g;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                groupsOut.add(best);
            }
            best.add(c);
        }
        List<Fact> facts = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (List<Candidate> g : groupsOut) {
            Fact f = fact(g, ids);
            facts.add(f);
        }
        facts = valueConflicts(facts, groupsOut);
        facts.sort(Comparator.comparing(Fact::time, Comparator.nullsLast(EventTime.ORDER)).thenComparing(Fact::label));
        List<Conflict> all = new ArrayList<>();
        for (Fact f : facts) {
            for (Conflict c : f.conflicts()) {
                if (!all.contains(c)) {
                    all.add(c);
                }
            }
        }
        return new FactSet(facts, all);
    }

    // ---- candidates -------------------------------------------------------------------------------------------

    /** A claim prepared for grouping. */
    private record Candidate(Evidence ev, String proposition, Propositions.Kind kind, boolean frame, String subjectKey,
                             String subjectName, String locKey, String locName, String unit, String counted, boolean increment, String unitKind, boolean hasQ,
                             Double lo, Double hi, boolean vague, EventTime event, EventTime pub, LocalDate order,
                             int doc, int sentence, int claimIndex, String outlet, String group, String patientKey,
                             String patientName) {
        double width() {
            if (!hasQ) {
                return Double.MAX_VALUE;
            }
            if (lo == null || hi == null) {
                return Double.MAX_VALUE / 2;
            }
            return hi - lo;
        }

        /** The same sentence of the same article. */
        boolean sameSentence(Candidate o) {
            return doc == o.doc && sentence == o.sentence;
        }

        /** One article, or copies of one text. */
        boolean sameText(Candidate o) {
            return doc == o.doc || group != null && group.equals(o.group);
        }
    }

    private Candidate candidate(Document d, int docIndex, Claim c, String group, int headline) {
        if (c == null || c.kind() == ClaimKind.QUOTE) {
            return null; // quotes are speech acts; their propositions come as event and quantity claims
        }
        Quantity q = yearLike(c.quantity()) ? null : c.quantity();
        String sentence = sentenceText(d, c.sentence());
        // one counted group in the singular and the plural is one unit: "1 person" and "2 people" (unit-plurals.tsv)
        String unit = q == null ? null : props.singular(lower(q.unitLemma()));
        if (q != null && unit == null) {
            unit = props.unitInSentence(sentence);
        }
        // a row for the form as written wins over its lemma's (units.tsv): "500 Männer" are people, while "3.000 Mann",
        // the military idiom of the same lemma, are troops
        String writtenKind = q == null ? null : props.unitKind(q.unit());
        String unitKind = writtenKind != null ? writtenKind : unit == null ? null : props.unitKind(unit);
        String prop = props.proposition(c.predicate(), q == null ? null : unitKind == null ? "unknown" : unitKind);
        Propositions.Kind kind = prop == null ? Propositions.Kind.OCCURRENCE : props.kind(prop);
        boolean frame = kind == Propositions.Kind.FRAME;
        if (frame && q == null) {
            String topic = props.topic(sentence, c.sentence() > 0 ? sentenceText(d, c.sentence() - 1) : null);
            if (topic != null) {
                prop = topic;
                kind = props.kind(topic);
            }
        }
        if (prop == null) {
            if (q == null) {
                return null; // no predicate, no figure: nothing to state
            }
            prop = "count";
        }
        PublicationDate pd = d.article().published();
        EventTime pub = EventTime.ofPublication(pd);
        EventTime timex = c.time() == null || standIn(d, pd, c.time()) ? null : EventTime.ofTimex(c.time().value());
        if (timex == null && c.time() == null && frame) {
            timex = timeInSentence(d, c.sentence(), pd);
        }
        EventTime event = frame ? null : timex;
        EventTime stated = frame && timex != null ? timex : frame && pastRef(c.time()) ? null : pub;
        LocalDate order = frame && timex != null ? timex.end()
                : frame && pastRef(c.time()) && orderDay(pd) != null ? orderDay(pd).minusDays(1) : orderDay(pd);
        Source inner = Sources.innermost(c.attribution());
        String outlet = outletKey(d, c, group);
        String sourceKey;
        String sourceText;
        String sourceRole;
        if (inner != null && Sources.unresolved(inner)) {
            // "er" without antecedent, "Man", "Ziel des Präsidenten": someone the article does not name; only the
            // outlet vouches for the claim, so it counts as the outlet's
            sourceKey = outlet;
            sourceText = Sources.unidentified(forms.source(inner.text()));
            sourceRole = inner.role();
        } else if (inner != null) {
            sourceKey = Sources.key(inner);
            sourceText = inner.name() != null ? inner.name() : forms.source(inner.text());
            sourceRole = inner.role();
        } else {
            sourceKey = outlet;
            Source carrier = c.attribution().isEmpty() ? null : c.attribution().get(c.attribution().size() - 1);
            sourceText = carrier != null ? (carrier.name() != null ? carrier.name() : forms.source(carrier.text()))
                    : d.article().publisher() != null ? d.article().publisher() : "unnamed outlet";
            sourceRole = carrier != null ? carrier.role() : "publisher";
        }
        boolean opening = c.sentence() >= headline && c.sentence() <= headline + LEAD_SENTENCES;
        Evidence ev = new Evidence(d.article().id(), c.id(), c.span(), sentence, c.attribution(), c.modality(), c.cues(), q,
                event, stated, pd, d.article().publisher(), group, sourceKey, sourceText, sourceRole, opening);
        Argument s = frame ? null : agent(c, prop);
        Argument l = c.location();
        Double lo = null;
        Double hi = null;
        boolean vague = false;
        if (q != null) {
            lo = q.min() != null ? q.min() : q.max() != null ? null : q.value();
            hi = q.max() != null ? q.max() : q.min() != null ? null : q.value();
            if (q.approximate() && q.value() != null && q.min() == null && q.max() == null) {
                lo = q.value() * 0.9;
                hi = q.value() * 1.1;
            }
            vague = q.value() == null && q.max() == null;
        }
        String counted = q == null || q.unitLemma() == null ? null : forms.counted(q.counts(), q.unit());
        return new Candidate(ev, prop, kind, frame, argKey(s), argName(s), argKey(l), argName(l), unit, counted,
                q != null && forms.increment(q.counts()), unitKind, q != null,
                lo, hi, vague, event, pub, order, docIndex, c.sentence(), claimIndex(c.id()), outlet, group,
                q == null && !frame ? argKey(c.object()) : null, q == null && !frame ? argName(c.object()) : null);
    }

    private static final java.util.regex.Pattern PLAIN_YEAR = java.util.regex.Pattern.compile("(?:^|\\s)(1[89]\\d\\d|20\\d\\d)$");

    /**
     * True for a figure that is a year, not a count: four digits without thousands separator between 1800 and 2099,
     * without unit, and not a round hundred ("mehr als 2020 (1,9 Millionen)"). Counts of that size are written
     * "2.020" or "2,020"; "mehr als 2000" stays a count.
     */
    static boolean yearLike(Quantity q) {
        if (q == null || q.value() == null || q.unit() != null && !q.unit().isBlank() || q.counts() != null && !q.counts().isBlank()) {
            return false;
        }
        java.util.regex.Matcher m = PLAIN_YEAR.matcher(q.text().strip());
        return m.find() && Integer.parseInt(m.group(1)) % 100 != 0 && q.value() == Integer.parseInt(m.group(1));
    }

    /**
     * The claim's subject as the proposition's agent (none for dying, see below): for a proposition whose agent is the counted group's origin
     * (proposition-kinds.tsv) and a claim whose verb states something else, a subject known to belong to another
     * country is the receiving or wanting side ("Putin will 100.000 Nordkorea-Soldaten", "Putin sei bereit, für
     * 100.000 Nordkorea-Soldaten Energie anzubieten") and gives no agent.
     */
    private Argument agent(Claim c, String prop) {
        if ("die".equals(c.predicate())) {
            // dying has no agent: the subject the claim found is who died ("Greens Mutter starb") or a word of
            // another clause ("Israel … wird von einer Gewaltwelle erschüttert, bei der 28 Israelis starben"), never
            // the killer; "killed: Israel 28 Israelis" read as Israel killing Israelis
            return null;
        }
        Argument s = c.subject();
        Argument counted = c.object();
        if (s == null || s.entityId() == null || counted == null || counted.entityId() == null || !props.originAgent(prop)
                || prop.equals(c.predicate())) {
            // the sentence's own verb states the proposition ("Kremlchef schickt Tausende Nordkoreaner"): its subject stands
            return s;
        }
        String origin = counted.entityId();
        String originCountry = countryOf(origin) != null ? countryOf(origin) : origin;
        String country = s.entityId().equals(origin) ? originCountry : countryOf(s.entityId());
        return country == null || country.equals(originCountry) || s.entityId().equals(originCountry) ? s : null;
    }

    private String countryOf(String id) {
        String c = kb.countryOf(id);
        return c == null || c.isBlank() ? null : c;
    }

    private static String outletKey(Document d, Claim c, String group) {
        if (group != null) {
            return "group:" + group;
        }
        List<Source> chain = c.attribution();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Source s = chain.get(i);
            if (s.role().equals("agency") || s.role().equals("publisher")) {
                return Sources.key(s);
            }
        }
        if (d.article().publisher() != null && !d.article().publisher().isBlank()) {
            return "outlet:" + Sources.key(d.article().publisher());
        }
        return "article:" + d.article().id();
    }

    /**
     * True for a time resolved against the article's own date ("im August", "am Donnerstag"): in an article
     * without any publication date its value rests on a stand-in reference day, not on the text, and says nothing.
     * So does a time anchored to such a time ("tags zuvor", "gegen 12.15 Uhr" after "am Samstag"), and a part of a
     * year whose year the text does not write ("zum Jahresende", "Anfang des Jahres": the tagger gives them the
     * reference year without an anchor).
     */
    static boolean relative(Document d, TimeExpression t) {
        if ("DCT".equals(t.anchor())) {
            return true;
        }
        if (t.anchor() == null) {
            return t.value() != null && t.value().matches("\\d{4}.*") && !DIGIT.matcher(t.text()).find();
        }
        // anchored to an earlier time of the text: stands in if that one does, as far as the chain goes back
        java.util.Set<String> grounded = new java.util.HashSet<>();
        for (TimeExpression x : d.times()) {
            if (x.span().start() >= t.span().start()) {
                continue;
            }
            if (x.value() != null && !"DCT".equals(x.anchor())
                    && (x.anchor() == null ? DIGIT.matcher(x.text()).find() : grounded.contains(x.anchor()))) {
                grounded.add(x.value());
            }
        }
        return !grounded.contains(t.anchor());
    }

    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

    /** True for a publication date inferred from the content as a window of more than one day (no stated day). */
    static boolean guessed(PublicationDate pd) {
        return pd != null && pd.isInferred() && (pd.earliest() == null || !pd.earliest().equals(pd.latest()));
    }

    /**
     * True for a time that rests on a stand-in day rather than on the text: a relative time ({@link #relative}) of an
     * article without any date; and (session 17) one of an article whose date was only inferred from its content as a
     * window, when the window is longer than a year (the year itself is a guess: "Ende Februar" became 2013-02 in a
     * 2022 article whose only year was 2014) or the time names a day or a week ("am Donnerstag" became 2005-01-13,
     * "letzte Woche" 2022-W09), which no window of more than a day can place. "Im vergangenen Jahr", "im Herbst" in a
     * window of a year keep their year.
     */
    static boolean standIn(Document d, PublicationDate pd, TimeExpression t) {
        if (EventTime.ofPublication(pd) == null) {
            return relative(d, t);
        }
        if (!guessed(pd) || !relative(d, t)) {
            return false;
        }
        if (pd.earliest() == null || pd.latest() == null || pd.latest().isAfter(pd.earliest().plusYears(1))) {
            return true;
        }
        EventTime e = t.value() == null ? null : EventTime.ofTimex(t.value());
        return e != null && (e.granularity() == Granularity.DAY || e.granularity() == Granularity.WEEK);
    }

    private static EventTime timeInSentence(Document d, int sentence, PublicationDate pd) {
        if (sentence < 0 || sentence >= d.sentences().size()) {
            return null;
        }
        var span = d.sentences().get(sentence).span();
        for (TimeExpression t : d.times()) {
            if (t.span().start() >= span.start() && t.span().end() <= span.end() && !standIn(d, pd, t)) {
                EventTime e = EventTime.ofTimex(t.value());
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean pastRef(TimeExpression t) {
        return t != null && "PAST_REF".equals(t.value());
    }

    static LocalDate orderDay(PublicationDate p) {
        if (p == null) {
            return null;
        }
        return p.date() != null ? p.date() : p.earliest() != null ? p.earliest() : p.latest();
    }

    /** How many sentences after the headline make an article's lead (see {@link Evidence#opening}). */
    static final int LEAD_SENTENCES = 2;

    /**
     * The index of the article's headline sentence: the first sentence where the article's title stands (a web page
     * may open with page furniture, "Hide Transcript Show Transcript", before it), else the first sentence.
     */
    static int headlineSentence(Document d) {
        String title = d.article().title();
        String text = d.text();
        if (title == null || title.isBlank() || text == null) {
            return 0;
        }
        int at = text.indexOf(title.strip());
        if (at < 0) {
            return 0;
        }
        for (int i = 0; i < d.sentences().size(); i++) {
            if (d.sentences().get(i).span().end() > at) {
                return i;
            }
        }
        return 0;
    }

    private static String sentenceText(Document d, int index) {
        if (index < 0 || index >= d.sentences().size()) {
            return "";
        }
        Sentence s = d.sentences().get(index);
        String text = d.text();
        if (s.span().end() > text.length()) {
            return "";
        }
        return s.span().of(text).strip();
    }

    private static int claimIndex(String id) {
        try {
            return Integer.parseInt(id.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String argKey(Argument a) {
        if (a == null) {
            return null;
        }
        if (a.entityId() != null) {
            return a.entityId();
        }
        String k = Sources.key(a.text());
        return k.isEmpty() ? null : "text:" + k;
    }

    private static String argName(Argument a) {
        if (a == null) {
            return null;
        }
        return a.name() != null ? a.name() : a.text();
    }

    // ---- compatibility ----------------------------------------------------------------------------------------

    private boolean allCompatible(List<Candidate> g, Candidate c) {
        for (Candidate o : g) {
            if (!compatible(o, c)) {
                return false;
            }
        }
        return true;
    }

    boolean compatible(Candidate a, Candidate b) {
        if (!a.proposition.equals(b.proposition) || a.hasQ != b.hasQ) {
            return false;
        }
        if (a.subjectKey != null && b.subjectKey != null && !a.subjectKey.equals(b.subjectKey)
                && !(a.kind == Propositions.Kind.STATE && !a.hasQ && organOf(a.subjectKey, b.subjectKey))) {
            return false;
        }
        if (!placesCompatible(a.locKey, b.locKey)) {
            return false;
        }
        if (a.kind == Propositions.Kind.OCCURRENCE && !a.hasQ && !a.sameText(b)
                && (a.subjectKey == null) != (b.subjectKey == null)) {
            return false; // "Noch untersuchen Polizeibeamte den Anschlagsort" is not Russia's attack of another article
        }
        if (a.kind == Propositions.Kind.OCCURRENCE && !a.hasQ && !Objects.equals(a.patientKey, b.patientKey)) {
            // whom it befell: the killing of Andrea Rocchelli (2014) is not that of Volodymyr Struk (2022), nor that of
            // an unnamed interpreter, in one article or in two
            return false;
        }
        if (a.hasQ) {
            if (a.proposition.equals("count") && !a.sameSentence(b)
                    && (a.unit == null || !a.unit.equals(b.unit) || !Objects.equals(a.lo, b.lo) || !Objects.equals(a.hi, b.hi))) {
                return false; // figures no predicate ties together are one fact only when they agree in unit and bounds
            }
            if (a.increment != b.increment) {
                return false; // "weitere Truppen" adds to a total, it does not state it
            }
            if (a.unit != null && b.unit != null && !a.unit.equals(b.unit)
                    && (a.unitKind == null || !a.unitKind.equals(b.unitKind))) {
                return false;
            }
            if (!overlap(a.lo, a.hi, b.lo, b.hi)) {
                return false;
            }
            if ((a.vague || b.vague) && !a.sameText(b)) {
                return false;
            }
        }
        return timesCompatible(a, b);
    }

    private boolean timesCompatible(Candidate a, Candidate b) {
        if (a.event != null && b.event != null) {
            return a.event.nests(b.event);
        }
        boolean state = a.kind == Propositions.Kind.STATE || a.kind == Propositions.Kind.FRAME;
        if (!a.hasQ && state) {
            return true;
        }
        if (a.event == null && b.event == null) {
            return a.pub == null || b.pub == null || a.pub.nests(b.pub);
        }
        Candidate dated = a.event != null ? a : b;
        Candidate undated = a.event != null ? b : a;
        if (!a.hasQ && a.sameText(b)) {
            return true;
        }
        return undated.pub == null || undated.pub.nests(dated.event);
    }

    /**
     * True if one subject is an organisation of the other state ("Zentrale Militärkommission" of Nordkorea): a
     * state's organ acting is the state acting, for qualitative states ("North Korea has sent troops"). Persons
     * are not organs: Kim's figures stay apart from the state's.
     */
    private boolean organOf(String a, String b) {
        return a.startsWith("lb:org:") && b.equals(countryOf(a)) || b.startsWith("lb:org:") && a.equals(countryOf(b));
    }

    private boolean placesCompatible(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        return a.equals(kb.countryOf(b)) || b.equals(kb.countryOf(a));
    }

    private static boolean overlap(Double alo, Double ahi, Double blo, Double bhi) {
        double l1 = alo == null ? Double.NEGATIVE_INFINITY : alo;
        double h1 = ahi == null ? Double.POSITIVE_INFINITY : ahi;
        double l2 = blo == null ? Double.NEGATIVE_INFINITY : blo;
        double h2 = bhi == null ? Double.POSITIVE_INFINITY : bhi;
        return l1 <= h2 && l2 <= h1;
    }

    // ---- facts ------------------------------------------------------------------------------------------------

    private Fact fact(List<Candidate> g, Set<String> ids) {
        List<Candidate> members = new ArrayList<>(g);
        members.sort(Comparator.comparing((Candidate c) -> c.order, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(c -> c.doc).thenComparingInt(c -> c.sentence).thenComparingInt(c -> c.claimIndex));
        List<Evidence> evidence = members.stream().map(Candidate::ev).toList();
        Candidate first = members.get(0);
        String prop = first.proposition;
        EventTime time = null;
        for (Candidate c : members) {
            if (c.event != null && (time == null || time.within(c.event) && !c.event.equals(time))) {
                time = c.event;
            }
        }
        if (time == null) {
            List<Candidate> byPub = new ArrayList<>(members);
            byPub.sort(Comparator.comparing((Candidate c) -> c.pub == null ? null : c.pub.end(), Comparator.nullsLast(Comparator.naturalOrder())));
            time = byPub.get(0).pub;
        }
        String subjectKey = majority(members, Candidate::subjectKey);
        String subject = nameFor(members, subjectKey, true);
        String locKey = majority(members, Candidate::locKey);
        String location = nameFor(members, locKey, false);
        // the unit most members count, by its singular ("people" and "person" are one); shown as the lemma most of
        // those members give
        String unit = null;
        Map<String, Integer> unitCounts = new LinkedHashMap<>();
        for (Candidate c : members) {
            if (c.ev.quantity() != null && c.ev.quantity().unitLemma() != null) {
                unitCounts.merge(props.singular(c.ev.quantity().unitLemma()), 1, Integer::sum);
            }
        }
        String single = mostCounted(unitCounts);
        if (single != null) {
            Map<String, Integer> lemmaCounts = new LinkedHashMap<>();
            for (Candidate c : members) {
                if (c.ev.quantity() != null && c.ev.quantity().unitLemma() != null && single.equals(props.singular(c.ev.quantity().unitLemma()))) {
                    lemmaCounts.merge(c.ev.quantity().unitLemma(), 1, Integer::sum);
                }
            }
            unit = mostCounted(lemmaCounts);
        }
        String counted = counted(members, single);
        Double min = null;
        Double max = null;
        for (Evidence e : evidence) {
            Quantity q = e.quantity();
            if (q == null) {
                continue;
            }
            for (Double v : new Double[] {q.value(), q.min(), q.max()}) {
                if (v != null) {
                    min = min == null ? v : Math.min(min, v);
                    max = max == null ? v : Math.max(max, v);
                }
            }
        }
        Double conservative = conservative(members);
        Map<String, String> sources = new LinkedHashMap<>();
        Set<String> named = new java.util.HashSet<>();
        for (Evidence e : evidence) {
            if (!NOT_CREDIBLE.contains(e.modality()) && !generic(e)) {
                named.add(e.articleId());
            }
        }
        for (Evidence e : evidence) {
            // a headline or teaser restating what the article attributes to a named source is not a source of its own
            if (!NOT_CREDIBLE.contains(e.modality()) && !(generic(e) && named.contains(e.articleId()))) {
                sources.putIfAbsent(e.source(), e.sourceText());
            }
        }
        List<StatusStep> status = status(members);
        String figure = figureText(members, conservative);
        // whom a killing, wounding or capture without figure befell (its members share it: compatible())
        String patient = first.kind == Propositions.Kind.OCCURRENCE && !first.hasQ ? first.patientName : null;
        String label = label(prop, subject, patient, figure, counted != null ? counted : unit, location, time, status);
        String id = id(prop, subjectKey, locKey, unit, time, conservative, ids);
        Fact f = new Fact(id, label, prop, subject, location, unit, counted, time, min, max, conservative, figure, evidence, sources.size(),
                List.copyOf(sources.values()), status, List.of());
        Conflict m = modalityConflict(f);
        return m == null ? f : f.withConflicts(List.of(m));
    }

    /**
     * The counted group of the fact's unit as shown: the form most members give, preferring one that keeps the
     * group's origin ("nordkoreanische Soldaten" over "Soldaten"); null without unit.
     */
    private String counted(List<Candidate> members, String singular) {
        if (singular == null) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Candidate c : members) {
            if (c.counted != null && c.ev.quantity() != null && singular.equals(props.singular(c.ev.quantity().unitLemma()))) {
                counts.merge(c.counted, c.counted.indexOf(' ') > 0 ? 100 : 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** An unattributed claim, or one attributed only to unnamed "reports" or "information". */
    private static boolean generic(Evidence e) {
        String r = e.sourceRole();
        return "publisher".equals(r) || "agency".equals(r)
                || ("media".equals(r) || "other".equals(r)) && e.source().startsWith("text:");
    }

    private static String majority(List<Candidate> members, java.util.function.Function<Candidate, String> key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Candidate c : members) {
            String k = key.apply(c);
            if (k != null) {
                counts.merge(k, k.startsWith("text:") ? 1 : 2, Integer::sum);
            }
        }
        return mostCounted(counts);
    }

    /** The key with the highest count, the first of them in the map's order on a tie; null for an empty map. */
    private static String mostCounted(Map<String, Integer> counts) {
        String best = null;
        int n = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > n) {
                n = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    private static String nameFor(List<Candidate> members, String key, boolean subject) {
        if (key == null) {
            return null;
        }
        for (Candidate c : members) {
            if (key.equals(subject ? c.subjectKey : c.locKey)) {
                return subject ? c.subjectName : c.locName;
            }
        }
        return null;
    }

    private static Double conservative(List<Candidate> members) {
        Double definite = null;
        Double vague = null;
        for (Candidate c : members) {
            Quantity q = c.ev.quantity();
            if (q == null || NOT_CREDIBLE.contains(c.ev.modality())) {
                continue;
            }
            Double low = q.min() != null ? q.min() : q.value() != null ? q.value() : q.max();
            if (low == null) {
                continue;
            }
            if (c.vague) {
                vague = vague == null ? low : Math.min(vague, low);
            } else {
                definite = definite == null ? low : Math.min(definite, low);
            }
        }
        return definite != null ? definite : vague;
    }

    /** How the credible claims state the conservative figure: "more than 10,000", "up to 3,000", "about 2,000". */
    private static String figureText(List<Candidate> members, Double conservative) {
        if (conservative == null) {
            return null;
        }
        boolean allMore = true;
        boolean allUpTo = true;
        boolean allAbout = true;
        boolean anyExclusive = false;
        int n = 0;
        for (Candidate c : members) {
            Quantity q = c.ev.quantity();
            if (q == null || NOT_CREDIBLE.contains(c.ev.modality()) || c.vague && members.stream().anyMatch(o -> !o.vague && o.hasQ)) {
                continue;
            }
            n++;
            allMore &= q.min() != null && q.max() == null;
            anyExclusive |= q.min() != null && q.minExclusive();
            allUpTo &= q.max() != null && q.min() == null;
            allAbout &= q.approximate() && q.min() == null && q.max() == null;
        }
        boolean share = shareOfAll(members, conservative);
        String num = share ? share(conservative) : number(conservative);
        if (n == 0) {
            return num;
        }
        if (allBounded(members)) {
            double hi = members.stream().filter(c -> c.ev.quantity() != null && c.ev.quantity().max() != null)
                    .mapToDouble(c -> c.ev.quantity().max()).max().orElse(conservative);
            return hi > conservative ? num + "–" + (share && hi < 1 ? share(hi) : number(hi)) : num;
        }
        if (allMore) {
            String bound = (anyExclusive ? "more than " : "at least ") + num;
            String words = share ? null : vagueWords(members);
            return words != null ? words + " (" + bound + ")" : bound;
        }
        if (allUpTo) {
            return "up to " + num;
        }
        if (allAbout) {
            return "about " + num;
        }
        return num;
    }

    /**
     * The words every credible claim with a figure states it in, when they all state it by a word alone ("Tausende",
     * "dozens": no number, only a lower bound read from the word) and in the same words: the figure is then shown in
     * them with its bound ("Tausende (at least 2,000)"), not as a number no source wrote. Null otherwise.
     */
    private static String vagueWords(List<Candidate> members) {
        String words = null;
        for (Candidate c : members) {
            Quantity q = c.ev.quantity();
            if (q == null || NOT_CREDIBLE.contains(c.ev.modality())) {
                continue;
            }
            if (!c.vague || q.text() == null || q.text().isBlank() || q.text().chars().anyMatch(Character::isDigit)) {
                return null;
            }
            String t = q.text().strip();
            if (words == null) {
                words = t;
            } else if (!words.equalsIgnoreCase(t)) {
                return null;
            }
        }
        return words;
    }

    /** A fraction word of a whole ("die Hälfte", "ein Drittel", "three quarters"): no count of its own. */
    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile(
            "(?iu).*(?:hälfte|drittel|viertel|fünftel|zehntel|\\bhalf\\b|\\bthirds?\\b|\\bquarters?\\b|\\bfifths?\\b|\\btenths?\\b).*");

    /**
     * True if every claim with a figure states it as a share of a whole without a unit ("mehr als die Hälfte der
     * Befragten", "Ein Drittel der Asylbewerber"): the figure is shown as a share, not as the count 0.5.
     */
    private static boolean shareOfAll(List<Candidate> members, double conservative) {
        if (!(conservative > 0 && conservative < 1)) {
            return false;
        }
        boolean any = false;
        for (Candidate c : members) {
            Quantity q = c.ev.quantity();
            if (q == null) {
                continue;
            }
            if (q.unit() != null || q.text() == null || !FRACTION.matcher(q.text()).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A share as the words say it: "half", "a third", "two thirds", "a quarter", else a per cent ("10 %"). */
    static String share(double v) {
        String[][] words = {{"0.5", "half"}, {"0.333", "a third"}, {"0.667", "two thirds"}, {"0.25", "a quarter"},
            {"0.75", "three quarters"}, {"0.2", "a fifth"}, {"0.1", "a tenth"}};
        for (String[] w : words) {
            if (Math.abs(v - Double.parseDouble(w[0])) < 0.001) {
                return w[1];
            }
        }
        return number(Math.round(v * 1000) / 10.0) + " %";
    }

    private static boolean allBounded(List<Candidate> members) {
        boolean any = false;
        for (Candidate c : members) {
            Quantity q = c.ev.quantity();
            if (q == null || NOT_CREDIBLE.contains(c.ev.modality()) || c.vague) {
                continue;
            }
            if (q.min() == null || q.max() == null) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A figure with thousands separators ("10,000"), without decimals when it is whole. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    /**
     * "killed: SBU, victim Wladimir Solowjow → Ukraine (2022)": the proposition, marked "[planned]" (the status word,
     * as the chronology shows it) when it is an occurrence no claim states as done, every step of its status planned,
     * proposed or announced; the agent; whom it befell, when the claims name one and the proposition has a word for
     * it (proposition-kinds.tsv, patient); the figure; the place; the time.
     */
    private String label(String prop, String subject, String patient, String figure, String unit, String location, EventTime time,
                         List<StatusStep> status) {
        StringBuilder b = new StringBuilder(props.label(prop));
        Modality intended = intended(prop, status);
        if (intended != null) {
            b.append(" [").append(intended.label()).append(']');
        }
        b.append(':');
        if (subject != null) {
            b.append(' ').append(subject);
        }
        String patientWord = props.patientWord(prop);
        if (patient != null && patientWord != null) {
            b.append(subject != null ? ", " : " ").append(patientWord).append(' ').append(patient);
        }
        if (figure != null) {
            b.append(' ').append(figure);
            if (unit != null) {
                b.append(' ').append(unit);
            }
        }
        if (location != null) {
            b.append(" → ").append(location);
        }
        if (time != null) {
            b.append(" (").append(time.fromPublication() ? "reported " : "").append(time.value()).append(')');
        }
        return b.toString();
    }

    /**
     * The status of an occurrence none of whose claims states it as done (every step planned, proposed or announced:
     * "der Plan …, Journalisten zu ermorden"), the last step's; null otherwise: for a state or frame (a deployment
     * planned is shown with its figure and status, a denial is about another proposition), for a plain figure
     * ("count": no happening; its status column tells a planned sum), and for a plan or an announcement, whose label
     * is itself a word of intent ("announced [proposed]" of "Nkurunziza hatte angekündigt, … anzutreten" would read as
     * an announcement not made).
     */
    private Modality intended(String prop, List<StatusStep> status) {
        if (status.isEmpty() || !props.listedOccurrence(prop)
                || !status.stream().allMatch(st -> INTENDED.contains(st.modality()))) {
            return null;
        }
        if (INTENDED.stream().anyMatch(x -> x.label().equals(props.label(prop)))) {
            return null; // a plan or an announcement states an intent itself: "announced [proposed]" would read as not made
        }
        return status.get(status.size() - 1).modality();
    }

    private static String id(String prop, String subject, String loc, String unit, EventTime time, Double figure, Set<String> taken) {
        String key = String.join("|", prop, Objects.toString(subject, ""), Objects.toString(loc, ""),
                Objects.toString(unit, "").toLowerCase(Locale.ROOT), time == null ? "" : time.value(),
                figure == null ? "" : number(figure));
        String id;
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            id = "f" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String out = id;
        for (int i = 2; !taken.add(out); i++) {
            out = id + "-" + i;
        }
        return out;
    }

    // ---- status and conflicts ---------------------------------------------------------------------------------

    /**
     * The modalities in the order stated, collapsed: a step continues while the modality stays the same, a
     * confirmed proposition that is later stated as fact or reported stays confirmed, and stating as fact and
     * reporting a source's word are one status (an outlet that says so itself or cites who says so changes nothing
     * about how certain the proposition is: "asserted → reported → asserted" is no history).
     */
    private static List<StatusStep> status(List<Candidate> members) {
        List<StatusStep> steps = new ArrayList<>();
        Modality current = null;
        EventTime from = null;
        List<Evidence> evs = new ArrayList<>();
        for (Candidate c : members) {
            Modality m = c.ev.modality();
            if (m == Modality.QUESTION) {
                continue; // asked, not stated
            }
            boolean stated = m == Modality.ASSERTED || m == Modality.REPORTED;
            boolean same = m == current || current == Modality.CONFIRMED && stated
                    || stated && (current == Modality.ASSERTED || current == Modality.REPORTED);
            if (current != null && same) {
                evs.add(c.ev);
                continue;
            }
            if (current != null) {
                steps.add(new StatusStep(current, from, evs));
            }
            current = m;
            from = c.ev.stated();
            evs = new ArrayList<>(List.of(c.ev));
        }
        if (current != null) {
            steps.add(new StatusStep(current, from, evs));
        }
        return steps;
    }

    private static Conflict modalityConflict(Fact f) {
        List<Evidence> stating = f.evidence().stream().filter(e -> STATING.contains(e.modality())).toList();
        List<Evidence> denying = f.evidence().stream().filter(e -> e.modality() == Modality.DENIED).toList();
        if (stating.isEmpty() || denying.isEmpty()) {
            return null;
        }
        String deniers = String.join(", ", denying.stream().map(Evidence::sourceText).distinct().toList());
        String staters = String.join(", ", stating.stream().map(Evidence::sourceText).distinct().toList());
        boolean open = f.currentStatus() != Modality.CONFIRMED;
        return new Conflict(Conflict.Kind.MODALITY, List.of(f.id()),
                deniers + " denied what " + staters + " stated" + (open ? "" : "; later confirmed"), stating, denying, open);
    }

    /**
     * Facts of one proposition, subject, place, unit and explicit event time whose figures cannot both hold. A place
     * stated by one and not the other is no common ground: "49 people killed in the United States (2016)" and "1 person
     * killed (2016-07)" of a bar shooting in Ohio are two events, not a disagreement (session 13, an English report).
     * The unit is compared as the lemma the facts keep, not in the singular (session 19: "1 person killed" against "3
     * people killed" of one day gave four of 124 English summaries an open contradiction, of an update or a misdated
     * earlier shooting).
     * Plain figures
     * ("count": no predicate says what they count) are no proposition: "5 Prozent" and "27 Prozent" of one month
     * may measure different things, so they never contradict each other.
     */
    private static List<Fact> valueConflicts(List<Fact> facts, List<List<Candidate>> groups) {
        Map<String, List<Conflict>> add = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            for (int j = i + 1; j < facts.size(); j++) {
                Fact a = facts.get(i);
                Fact b = facts.get(j);
                if (!a.predicate().equals(b.predicate()) || a.predicate().equals("count") || !a.hasFigure() || !b.hasFigure()
                        || !Objects.equals(a.subject(), b.subject()) || !Objects.equals(a.location(), b.location()) || a.unit() == null
                        || !a.unit().equalsIgnoreCase(Objects.toString(b.unit(), ""))
                        || a.time() == null || b.time() == null || a.time().fromPublication() || b.time().fromPublication()
                        || !a.time().nests(b.time())
                        || groups.get(i).stream().allMatch(c -> c.vague) || groups.get(j).stream().allMatch(c -> c.vague)) {
                    continue;
                }
                String reason = "figures for " + a.predicate() + " " + Objects.toString(a.subject(), "") + " (" + a.time().value()
                        + "): " + number(a.min()) + "–" + number(a.max()) + " vs " + number(b.min()) + "–" + number(b.max());
                Conflict c = new Conflict(Conflict.Kind.VALUE, List.of(a.id(), b.id()), reason.replace("  ", " "),
                        a.evidence(), b.evidence(), true);
                add.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(c);
                add.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            List<Conflict> extra = add.get(f.id());
            if (extra == null) {
                out.add(f);
            } else {
                List<Conflict> all = new ArrayList<>(f.conflicts());
                all.addAll(extra);
                out.add(f.withConflicts(all));
            }
        }
        return out;
    }
}
