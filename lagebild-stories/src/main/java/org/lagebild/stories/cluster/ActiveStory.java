package org.lagebild.stories.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The mutable working form of one active story inside {@link StoryClusterer}. Not thread-safe. */
final class ActiveStory {
    private static final int MAX_CLAIMS = 50;
    private static final int MAX_EVENT_DATES = 50;
    private static final int TOP_ENTITIES = 10;
    /** Headline terms a story keeps (the oldest go first). */
    static final int MAX_TITLE_TERMS = 60;

    final String id;
    String title = "";
    String titleArticleId;
    LinkedHashMap<String, Double> titleVector = new LinkedHashMap<>();
    LinkedHashMap<String, Double> centroid = new LinkedHashMap<>();
    double centroidNorm;
    /** The centroid, entity vector and members frozen for scoring (same order as the maps). */
    Vectors.Packed centroidPacked = Vectors.Packed.EMPTY;
    Vectors.Packed entityPacked = Vectors.Packed.EMPTY;
    final List<Vectors.Packed> memberPacked = new ArrayList<>();
    double centroidNameNorm;
    LinkedHashMap<String, Double> entityVector = new LinkedHashMap<>();
    double entityNorm;
    final Map<String, Integer> entityCounts = new HashMap<>();
    final List<ClaimKey> claims = new ArrayList<>();
    final LinkedHashSet<String> eventDates = new LinkedHashSet<>();
    /** Terms of its articles' headlines, oldest first. */
    final LinkedHashSet<String> titleTerms = new LinkedHashSet<>();
    /** Known languages of its articles. */
    final java.util.TreeSet<String> languages = new java.util.TreeSet<>();
    LocalDate firstDate;
    LocalDate lastDate;
    LocalDate retireDay;
    long lastSequence;
    int articleCount;
    final List<String> articleIds = new ArrayList<>();
    /** Term vectors of a few member articles: the first, then the latest ones. */
    final List<LinkedHashMap<String, Double>> members = new ArrayList<>();
    final List<Double> memberNorms = new ArrayList<>();
    /** The keys it is indexed under now: terms, then entities. */
    List<String> indexedTerms = List.of();
    List<String> indexedEntities = List.of();
    /** Scratch of the clusterer's candidate look-up: hits in look-up round {@code hitRound}. */
    int hits;
    long hitRound;

    ActiveStory(String id) {
        this.id = id;
    }

    void setCentroid(LinkedHashMap<String, Double> c) {
        centroid = c;
        centroidNorm = Vectors.norm(c);
        centroidNameNorm = Vectors.nameNorm(c);
        centroidPacked = new Vectors.Packed(c);
    }

    void setEntityVector(LinkedHashMap<String, Double> e) {
        entityVector = e;
        entityNorm = Vectors.norm(e);
        entityPacked = new Vectors.Packed(e);
    }

    /** Keeps the first member and the {@code max - 1} latest. */
    void addMember(LinkedHashMap<String, Double> v, int max) {
        if (members.size() >= max) {
            int drop = max > 1 ? 1 : 0;
            members.remove(drop);
            memberNorms.remove(drop);
            memberPacked.remove(drop);
        }
        members.add(v);
        memberNorms.add(Vectors.norm(v));
        memberPacked.add(new Vectors.Packed(v));
    }

    void addClaims(List<ClaimKey> cs) {
        for (ClaimKey c : cs) {
            if (!claims.contains(c)) {
                claims.add(c);
                if (claims.size() > MAX_CLAIMS) {
                    claims.remove(0);
                }
            }
        }
    }

    void addEventDates(Iterable<String> ds) {
        for (String d : ds) {
            if (eventDates.add(d) && eventDates.size() > MAX_EVENT_DATES) {
                eventDates.remove(eventDates.iterator().next());
            }
        }
    }

    void addTitleTerms(Iterable<String> ts) {
        for (String t : ts) {
            titleTerms.remove(t);
            titleTerms.add(t);
            if (titleTerms.size() > MAX_TITLE_TERMS) {
                titleTerms.remove(titleTerms.iterator().next());
            }
        }
    }

    /** Keeps the entity counts bounded: only entities still in the truncated vector are kept. */
    void addEntityCounts(Map<String, Integer> counts) {
        counts.forEach((k, v) -> entityCounts.merge(k, v, Integer::sum));
        entityCounts.keySet().retainAll(entityVector.keySet());
    }

    List<String> topEntities() {
        List<Map.Entry<String, Integer>> es = new ArrayList<>(entityCounts.entrySet());
        es.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < es.size() && i < TOP_ENTITIES; i++) {
            out.add(es.get(i).getKey());
        }
        return out;
    }

    /**
     * Takes in every article of {@code other} (a story merged into this one, see
     * {@link StoryMerger}): the centroid and entity vector become the top of their sums (both are
     * sums of unit article vectors, so the sum is the centroid of all articles), counts, claims,
     * event days and headline terms are pooled, the other's members are appended (the first member
     * stays), the span widens, and the more central of the two headlines is kept. {@code other} is
     * not changed.
     */
    void absorb(ActiveStory other, int centroidTerms, int maxMembers, int maxArticleIds) {
        setCentroid(Vectors.top(Vectors.sum(centroid, other.centroid), centroidTerms));
        setEntityVector(Vectors.top(Vectors.sum(entityVector, other.entityVector), centroidTerms));
        addEntityCounts(other.entityCounts);
        addClaims(other.claims);
        addEventDates(other.eventDates);
        addTitleTerms(other.titleTerms);
        languages.addAll(other.languages);
        for (LinkedHashMap<String, Double> m : other.members) {
            addMember(m, maxMembers);
        }
        double mine = titleArticleId == null ? -1 : Vectors.cosine(titleVector, Vectors.norm(titleVector), centroid, centroidNorm);
        double theirs = other.titleArticleId == null ? -1
                : Vectors.cosine(other.titleVector, Vectors.norm(other.titleVector), centroid, centroidNorm);
        if (Headlines.instance().betterTitle(other.titleArticleId == null ? null : other.title, theirs,
                titleArticleId == null ? null : title, mine)) {
            title = other.title;
            titleArticleId = other.titleArticleId;
            titleVector = other.titleVector;
        }
        firstDate = min(firstDate, other.firstDate);
        lastDate = max(lastDate, other.lastDate);
        retireDay = max(retireDay, other.retireDay);
        lastSequence = Math.max(lastSequence, other.lastSequence);
        articleCount += other.articleCount;
        for (String id : other.articleIds) {
            if (articleIds.size() >= maxArticleIds) {
                break;
            }
            articleIds.add(id);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    Story summary() {
        return new Story(id, title, titleArticleId, topEntities(), firstDate, lastDate, articleCount, articleIds);
    }

    ClustererState.StoryState state() {
        return new ClustererState.StoryState(id, title, titleArticleId, new LinkedHashMap<>(titleVector),
                new LinkedHashMap<>(centroid), new LinkedHashMap<>(entityVector), new TreeMap<>(entityCounts),
                List.copyOf(claims), List.copyOf(eventDates), str(firstDate), str(lastDate), str(retireDay), lastSequence,
                articleCount, List.copyOf(articleIds), members.stream().map(m -> (Map<String, Double>) new LinkedHashMap<>(m)).toList(),
                List.copyOf(titleTerms), List.copyOf(languages));
    }

    static ActiveStory of(ClustererState.StoryState s) {
        ActiveStory a = new ActiveStory(s.id());
        a.title = s.title();
        a.titleArticleId = s.titleArticleId();
        a.titleVector = Vectors.top(s.titleVector(), Integer.MAX_VALUE);
        a.setCentroid(Vectors.top(s.centroid(), Integer.MAX_VALUE));
        a.setEntityVector(Vectors.top(s.entityVector(), Integer.MAX_VALUE));
        a.entityCounts.putAll(s.entityCounts());
        a.claims.addAll(s.claims());
        a.eventDates.addAll(s.eventDates());
        a.titleTerms.addAll(s.titleTerms());
        a.languages.addAll(s.languages());
        a.firstDate = day(s.firstDate());
        a.lastDate = day(s.lastDate());
        a.retireDay = day(s.retireDay());
        a.lastSequence = s.lastSequence();
        a.articleCount = s.articleCount();
        a.articleIds.addAll(s.articleIds());
        for (Map<String, Double> m : s.members()) {
            LinkedHashMap<String, Double> v = Vectors.top(m, Integer.MAX_VALUE);
            a.members.add(v);
            a.memberNorms.add(Vectors.norm(v));
            a.memberPacked.add(new Vectors.Packed(v));
        }
        return a;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static LocalDate day(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
