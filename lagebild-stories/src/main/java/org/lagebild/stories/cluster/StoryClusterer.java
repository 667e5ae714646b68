package org.lagebild.stories.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Online story clustering in the manner of Miranda et al. (EMNLP 2018): articles come in
 * publication order, and each joins the most probable active story or opens a new one. The
 * probability comes from a learned {@link StoryModel} over the {@link PairFeatures} of the article
 * and each candidate story. Nothing is ever reclustered.
 *
 * <p>Cost per article is bounded: document frequencies live in fixed hashed tables, stories are
 * found through an inverted index over their top terms and entities (at most
 * {@link ClusterConfig#candidates()} are scored), centroids keep their top
 * {@link ClusterConfig#centroidTerms()} terms, and stories with no article for
 * {@link ClusterConfig#retireAfterDays()} days (counted to the newest day seen) retire from the
 * active set and are handed back in {@link Assignment#retired()}. So time is linear in the number
 * of articles and memory bounded by the active set.
 *
 * <p>A retired story stays <em>dormant</em>: a compact summary (top terms and entities, a few
 * claims, headline terms) in a bounded list, least recently retired forgotten first, found through
 * its top entities and names. An article that fits no active story brings the most probable dormant
 * story back when the model's wake probability reaches {@link StoryModel#wakeThreshold()}, or when
 * it shares several knowledge-base entities and enough text with it ({@code sameActors}): a story
 * that goes quiet for two years and then flares up again stays one story, under its old id.
 *
 * <p>Deterministic: the same articles in the same order give the same stories, and a clusterer
 * resumed from a {@link #snapshot()} continues exactly as the original would have. Story ids are
 * "s-" + the id of the article that opened them.
 *
 * <p>Not thread-safe: one writer adds articles in publication order; guard reads made while
 * adding by the same lock.
 */
public final class StoryClusterer {
    /** Claims and article ids a dormant story keeps. */
    private static final int DORMANT_CLAIMS = 20;
    private static final int DORMANT_IDS = 20;
    /** An entity shared by more dormant stories than this ("USA") finds none of them: it tells nothing apart. */
    private static final int DORMANT_MAX_POSTING = 500;
    /** Prefix of entity ids the recogniser made up for names not in the knowledge base. */
    private static final String AUTOMATIC_ENTITY = "lb:auto:";
    private final ClusterConfig config;
    private final StoryModel model;
    private final StoryMerger merger;
    private final CrossLanguageJoin crossLanguage = CrossLanguageJoin.defaults();
    private final HashedCounts termDf;
    private final HashedCounts entityDf;
    private final Map<String, ActiveStory> active = new HashMap<>();
    /** Active stories by the sequence number of their last article: the least recently extended first. */
    private final TreeMap<Long, ActiveStory> byRecency = new TreeMap<>();
    private final ActivePostings termIndex = new ActivePostings();
    private final ActivePostings entityIndex = new ActivePostings();
    /** Retired stories that may come back, least recently retired first (bounded by maxDormantStories). */
    private final LinkedHashMap<String, DormantStory> dormant = new LinkedHashMap<>();
    /** Dormant stories by their top entities and names. */
    private final DormantIndex dormantIndex = new DormantIndex(DORMANT_MAX_POSTING);
    private long sequence;
    /** Scratch of {@link #candidates}: the round of the current look-up and the stories it hit. */
    private long lookUpRound;
    private final List<ActiveStory> touched = new ArrayList<>();
    /** Scratch of {@link #bestDormant}: the wake probability of the story it returned. */
    private double dormantScore;
    private LocalDate newest;

    /** A clusterer with the bundled model ({@link StoryModel#defaults()}). */
    public StoryClusterer(ClusterConfig config) {
        this(config, StoryModel.defaults());
    }

    public StoryClusterer(ClusterConfig config, StoryModel model) {
        this(config, model, StoryMerger.defaultRule());
    }

    /** A clusterer with this model and this rule for merging undated stories ({@link StoryMerger}). */
    public StoryClusterer(ClusterConfig config, StoryModel model, StoryMerger.Rule mergeRule) {
        this.config = Objects.requireNonNull(config, "config");
        this.model = Objects.requireNonNull(model, "model");
        this.merger = new StoryMerger(Objects.requireNonNull(mergeRule, "mergeRule"));
        this.termDf = new HashedCounts(config.dfBuckets());
        this.entityDf = new HashedCounts(config.dfBuckets());
    }

    private StoryClusterer(ClusterConfig config, StoryModel model, ClustererState s) {
        if (s.version() != ClustererState.VERSION && s.version() != 1) {
            throw new IllegalArgumentException("state version " + s.version() + ", expected " + ClustererState.VERSION);
        }
        if (s.dfBuckets() != config.dfBuckets()) {
            throw new IllegalArgumentException("state has " + s.dfBuckets() + " document-frequency buckets, config " + config.dfBuckets());
        }
        this.config = config;
        this.model = Objects.requireNonNull(model, "model");
        this.merger = new StoryMerger(StoryMerger.defaultRule());
        this.termDf = HashedCounts.decode(s.dfBuckets(), s.documents(), s.termDf());
        this.entityDf = HashedCounts.decode(s.dfBuckets(), s.documents(), s.entityDf());
        this.sequence = s.articles();
        this.newest = ActiveStory.day(s.newestDate());
        for (ClustererState.StoryState ss : s.stories()) {
            ActiveStory a = ActiveStory.of(ss);
            active.put(a.id, a);
            byRecency.put(a.lastSequence, a);
            reindex(a);
        }
        for (ClustererState.DormantState ds : s.dormant()) {
            putDormant(DormantStory.of(ds));
        }
    }

    /** A clusterer that continues from a snapshot taken with the same configuration. */
    public static StoryClusterer resume(ClusterConfig config, ClustererState state) {
        return resume(config, StoryModel.defaults(), state);
    }

    /** A clusterer with this model that continues from a snapshot taken with the same configuration. */
    public static StoryClusterer resume(ClusterConfig config, StoryModel model, ClustererState state) {
        return new StoryClusterer(config, model, state);
    }

    public StoryModel model() {
        return model;
    }

    public ClusterConfig config() {
        return config;
    }

    /** Adds the next article (in publication order) and says where it went. */
    public Assignment add(StoryFeatures f) {
        return place(f, false, null, null);
    }

    /**
     * For error analysis: adds the article and decides as {@link #add} does, and appends to
     * {@code scored} every story it weighed, active ones and the dormant ones its look-up finds
     * (dormant stories are looked up even when an active story is joined; decisions are unchanged).
     */
    public Assignment addObserved(StoryFeatures f, List<Candidate> scored) {
        return place(f, false, null, Objects.requireNonNull(scored, "scored"));
    }

    /** Where a story is now: "active", "dormant" or "gone" (never seen, or forgotten). */
    public String whereIs(String storyId) {
        return active.containsKey(storyId) ? "active" : dormant.containsKey(storyId) ? "dormant" : "gone";
    }

    /**
     * For learning the model: adds the article to the story the caller names (an active or a
     * dormant story's id; null or an unknown id opens a new one) instead of deciding, and appends
     * to {@code scored} every story it would have weighed, active and dormant, with their pair
     * features. The clusterer's state then evolves as under gold assignments.
     */
    public Assignment addGuided(StoryFeatures f, String storyId, List<Candidate> scored) {
        return place(f, true, storyId, Objects.requireNonNull(scored, "scored"));
    }

    /** A story an article was weighed against: its id, whether it was dormant, the pair features and the model's probability. */
    public record Candidate(String storyId, boolean dormant, double[] features, double probability) {
    }

    private Assignment place(StoryFeatures f, boolean guided, String target, List<Candidate> scored) {
        sequence++;
        if (f.date() != null && (newest == null || f.date().isAfter(newest))) {
            newest = f.date();
        }
        for (String t : f.terms().keySet()) {
            termDf.add(t);
        }
        for (String e : f.entities().keySet()) {
            entityDf.add(e);
        }
        termDf.addDocument();
        entityDf.addDocument();
        // stories idle for too long by this article's day retire first: it may only wake them
        List<Story> retired = retire();

        Map<String, Double> termVec = weigh(f.terms(), termDf);
        Map<String, Double> entityVec = weigh(f.entities(), entityDf);
        normalise(termVec, Vectors.norm(termVec));
        normalise(entityVec, Vectors.norm(entityVec));
        Map<String, Double> titleIdf = new LinkedHashMap<>();
        TermExtractor.instance().terms(StoryFeatures.headline(f.title()), f.language(), 1,
                (t, w) -> titleIdf.computeIfAbsent(t, termDf::idf));
        ArticleVectors a = new ArticleVectors(termVec, entityVec, titleIdf, f.date(), f.eventDates(),
                FollowUpCues.instance().isFollowUp(titleIdf.keySet(), f.language()));

        ActiveStory best = null;
        double bestScore = Double.NaN;
        List<ActiveStory> found = candidates(a.termOrder, a.entityOrder);
        double[][] xs = new double[found.size()][];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = PairFeatures.active(f, a, found.get(i), config.timeScaleDays(), termDf, entityDf);
        }
        PairFeatures.margins(xs);
        if (scored != null) {
            for (int i = 0; i < xs.length; i++) {
                double[] x = xs[i];
                scored.add(new Candidate(found.get(i).id, false, x, joinModel(x).probability(x)));
            }
        }
        // the most probable candidate (the first of equals), walking the trees only where their largest possible sum
        // could still beat the best so far: candidates by that bound, highest first
        double[] linear = new double[xs.length];
        double[] upper = new double[xs.length];
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < xs.length; i++) {
            linear[i] = joinModel(xs[i]).linear(xs[i]);
            upper[i] = joinModel(xs[i]).maxProbability(linear[i]);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> Double.compare(upper[j], upper[i]));
        int bestIndex = -1;
        for (int i : order) {
            ActiveStory s = found.get(i);
            double[] x = xs[i];
            // the model is learned on pairs in one language; a story told only in others joins through it only when
            // their numbers agree too (a shared quantified claim), else through its actors (crossLanguage below)
            if (CrossLanguageJoin.otherLanguage(f.language(), s.languages) && !PairFeatures.sharesClaims(x)) {
                continue;
            }
            if (best != null && upper[i] < bestScore) {
                break;
            }
            double p = joinModel(x).probability(x, linear[i]);
            if (best == null || p > bestScore || p == bestScore && i < bestIndex) {
                best = s;
                bestScore = p;
                bestIndex = i;
            }
        }
        boolean opened;
        DormantStory woken = null;
        if (guided) {
            bestDormant(f, a, scored);
            best = target == null ? null : active.get(target);
            woken = best != null || target == null ? null : dormant.get(target);
            opened = best == null && woken == null;
            bestScore = Double.NaN;
        } else {
            opened = best == null || bestScore < (f.date() == null ? model.undatedThreshold() : model.threshold());
            if (opened && !found.isEmpty()) {
                // the model reads text, which differs across languages: a story told in another one joins by its actors
                int i = crossLanguage.best(f, found, xs);
                if (i >= 0) {
                    best = found.get(i);
                    bestScore = (PairFeatures.undated(xs[i]) ? model.undatedJoin() : model.join()).probability(xs[i]);
                    opened = false;
                }
            }
            if (!opened && scored != null) {
                bestDormant(f, a, scored);
            }
            if (opened) {
                woken = bestDormant(f, a, scored);
                if (woken != null) {
                    opened = false;
                    bestScore = dormantScore;
                }
            }
        }
        ActiveStory story;
        if (woken != null) {
            removeDormant(woken);
            story = woken.wake();
            active.put(story.id, story);
        } else if (opened) {
            String id = "s-" + f.articleId();
            while (active.containsKey(id) || dormant.containsKey(id)) {
                id = id + "-" + sequence;
            }
            story = new ActiveStory(id);
            active.put(id, story);
        } else {
            story = best;
            byRecency.remove(story.lastSequence);
        }
        extend(story, f, termVec, entityVec, a.termOrder, a.entityOrder);
        story.addTitleTerms(titleIdf.keySet());
        byRecency.put(story.lastSequence, story);
        reindex(story);
        List<String> merged = List.of();
        if (!guided && merger.mergeable(story)) {
            merged = new ArrayList<>(0);
            String placed = story.id;
            story = mergeStories(story, merged);
            // a story the article opened and that merged into an older one: the article joined that one
            opened = opened && story.id.equals(placed);
        }
        if (woken != null) {
            // it retired and woke within this one article: for the caller it never went away
            String wokenId = woken.id();
            retired = retired.stream().filter(r -> !r.id().equals(wokenId)).toList();
        }
        List<Story> capped = retire();
        if (!capped.isEmpty()) {
            retired = new ArrayList<>(retired);
            retired.addAll(capped);
        }
        return new Assignment(f.articleId(), story.id, opened, bestScore, retired, merged);
    }

    /** Merges per article at most (each merge can make the story similar to one more). */
    private static final int MAX_MERGES = 3;

    /**
     * The merge step ({@link StoryMerger}): while the story the article went to has a similar enough
     * other active story, the smaller of the two (ties: the larger id) is merged into the other and
     * forgotten; its id is appended to {@code merged}. Returns the story the article ends up in.
     */
    private ActiveStory mergeStories(ActiveStory story, List<String> merged) {
        for (int i = 0; i < MAX_MERGES; i++) {
            StoryMerger.Match m = merger.best(story, candidates(Vectors.sorted(story.centroid), Vectors.sorted(story.entityVector)));
            if (m == null) {
                break;
            }
            ActiveStory gone = smaller(story, m.story());
            story = merge(story, m.story());
            merged.add(gone.id);
        }
        return story;
    }

    /** Of two stories to merge, the one that goes: the smaller (ties: the larger id). */
    private static ActiveStory smaller(ActiveStory a, ActiveStory b) {
        boolean bStays = b.articleCount > a.articleCount || (b.articleCount == a.articleCount && b.id.compareTo(a.id) < 0);
        return bStays ? a : b;
    }

    /** Merges the smaller of two active stories into the other, forgets it, and returns the one kept. */
    private ActiveStory merge(ActiveStory a, ActiveStory b) {
        ActiveStory gone = smaller(a, b);
        ActiveStory keep = gone == a ? b : a;
        active.remove(gone.id);
        byRecency.remove(gone.lastSequence);
        byRecency.remove(keep.lastSequence);
        update(termIndex, gone, gone.indexedTerms, List.of());
        update(entityIndex, gone, gone.indexedEntities, List.of());
        keep.absorb(gone, config.centroidTerms(), config.members(), config.maxArticleIds());
        byRecency.put(keep.lastSequence, keep);
        reindex(keep);
        return keep;
    }

    /** A pair of stories the consolidation may merge, with the average link it had when found. */
    private record LinkedPair(ActiveStory a, ActiveStory b, double link) {
    }

    private static final Comparator<LinkedPair> STRONGEST_FIRST = Comparator.comparingDouble(LinkedPair::link).reversed()
            .thenComparing(p -> p.a().id).thenComparing(p -> p.b().id);

    /**
     * The order-independent second step of the merge rule ({@link StoryMerger}): average-linkage
     * agglomerative clustering of the active undated stories. While two of them (each of at least
     * {@code minArticles} articles, found through the same look-up as articles) have an average link
     * of at least the rule's {@code linkThreshold}, the pair with the highest is merged (the smaller
     * into the larger) and the merged story compared again. The online step weighs a story against
     * the others while they are still incomplete, in whatever order the articles came; this pass
     * weighs the whole stories, strongest evidence first. Call it after a batch of undated articles
     * (the evaluation calls it at the end of each stream); the caller re-files the articles of every
     * {@code merged} story under {@code into}, in the order returned. Dated stories are never
     * merged, nor two stories the rule's place guard keeps apart ({@link PlaceConflict}). Cost: one
     * candidate look-up per eligible story, and one per merge.
     */
    public List<StoryMerger.Merge> consolidate() {
        return consolidate(null);
    }

    /**
     * {@link #consolidate()} for a stream that is consolidated after every batch: only pairs with a
     * story that is new or changed since the last consolidation ({@code changed}, story ids; ids of
     * stories no longer active are ignored) are looked at, since the average link of two unchanged
     * stories has not moved and was below the threshold then. {@code null}: every active story.
     */
    public List<StoryMerger.Merge> consolidate(Collection<String> changed) {
        if (!merger.rule().consolidates()) {
            return List.of();
        }
        PriorityQueue<LinkedPair> queue = new PriorityQueue<>(STRONGEST_FIRST);
        List<ActiveStory> eligible = new ArrayList<>();
        Collection<ActiveStory> seeds = changed == null ? active.values()
                : changed.stream().map(active::get).filter(java.util.Objects::nonNull).distinct().toList();
        for (ActiveStory s : seeds) {
            if (merger.consolidable(s)) {
                eligible.add(s);
            }
        }
        eligible.sort(BY_ID);
        for (ActiveStory s : eligible) {
            offerPairs(s, queue);
        }
        List<StoryMerger.Merge> out = new ArrayList<>();
        while (!queue.isEmpty()) {
            LinkedPair p = queue.poll();
            // a pair whose story has merged since is stale: the merged story's pairs were offered anew
            if (active.get(p.a().id) != p.a() || active.get(p.b().id) != p.b() || p.link() != StoryMerger.averageLink(p.a(), p.b())) {
                continue;
            }
            ActiveStory gone = smaller(p.a(), p.b());
            ActiveStory keep = merge(p.a(), p.b());
            out.add(new StoryMerger.Merge(gone.id, keep.id, p.link()));
            offerPairs(keep, queue);
        }
        return out;
    }

    /** Queues the pairs of {@code s} and its look-up candidates at or above the link threshold (a pair found from both sides is queued twice: the second is stale when polled). */
    private void offerPairs(ActiveStory s, PriorityQueue<LinkedPair> queue) {
        for (ActiveStory t : candidates(Vectors.sorted(s.centroid), Vectors.sorted(s.entityVector))) {
            if (t == s || !merger.consolidable(t)) {
                continue;
            }
            double link = StoryMerger.averageLink(s, t);
            if (link >= merger.rule().linkThreshold() && !merger.apart(s, t)) {
                queue.add(s.id.compareTo(t.id) < 0 ? new LinkedPair(s, t, link) : new LinkedPair(t, s, link));
            }
        }
    }

    /** Term weights (1 + ln tf)·idf in the features' key order. */
    private static Map<String, Double> weigh(Map<String, Integer> counts, HashedCounts df) {
        Map<String, Double> v = new LinkedHashMap<>(Math.max(4, counts.size() * 2));
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            v.put(e.getKey(), (1.0 + Math.log(e.getValue())) * df.idf(e.getKey()));
        }
        return v;
    }

    private static void normalise(Map<String, Double> v, double norm) {
        if (norm > 0) {
            v.replaceAll((k, x) -> x / norm);
        }
    }

    /**
     * Stories sharing most look-up keys with the article, at most {@code candidates} (ties: smaller
     * id), sorted by id. Hits are counted in fields of the stories (stamped with this look-up's
     * round) rather than a map: the clusterer is single-writer.
     */
    private List<ActiveStory> candidates(Vectors.Weighted[] terms, Vectors.Weighted[] entities) {
        lookUpRound++;
        touched.clear();
        lookUp(terms, termIndex);
        lookUp(entities, entityIndex);
        int k = config.candidates();
        List<ActiveStory> out;
        if (touched.size() <= k) {
            out = new ArrayList<>(touched);
        } else {
            // the k with most hits: all above the cut-off count, then the smallest ids at it
            int[] byHits = new int[2 * config.queryTerms() + 2];
            for (ActiveStory s : touched) {
                byHits[s.hits]++;
            }
            int cut = byHits.length - 1;
            int above = 0;
            while (cut > 0 && above + byHits[cut] < k) {
                above += byHits[cut];
                cut--;
            }
            out = new ArrayList<>(k);
            List<ActiveStory> tied = new ArrayList<>(byHits[cut]);
            for (ActiveStory s : touched) {
                if (s.hits > cut) {
                    out.add(s);
                } else if (s.hits == cut) {
                    tied.add(s);
                }
            }
            tied.sort(BY_ID);
            out.addAll(tied.subList(0, Math.min(tied.size(), k - out.size())));
        }
        out.sort(BY_ID);
        return out;
    }

    private static final Comparator<ActiveStory> BY_ID = Comparator.comparing(s -> s.id);

    private void lookUp(Vectors.Weighted[] keys, ActivePostings index) {
        for (int i = 0; i < keys.length && i < config.queryTerms(); i++) {
            ActivePostings.Posting posting = index.get(keys[i].key);
            if (posting != null && posting.size <= config.maxPosting()) {
                for (int j = 0; j < posting.size; j++) {
                    ActiveStory s = posting.stories[j];
                    if (s.hitRound != lookUpRound) {
                        s.hitRound = lookUpRound;
                        s.hits = 0;
                        touched.add(s);
                    }
                    s.hits++;
                }
            }
        }
    }

    /**
     * The most probable dormant story at or above the wake threshold, or null. A dormant story is
     * found through its top entities and names (after a long pause, the same actors and places are what
     * says a story goes on; the words of a kind of event recur every week). With {@code scored},
     * every dormant story weighed is appended to it.
     */
    /** The regression that decides an active candidate: undated pairs have their own. */
    private StoryModel.Weights joinModel(double[] x) {
        return PairFeatures.undated(x) ? model.undatedJoin() : model.join();
    }

    private DormantStory bestDormant(StoryFeatures f, ArticleVectors a, List<Candidate> scored) {
        if (dormant.isEmpty()) {
            return null;
        }
        dormantIndex.startLookUp();
        lookUpDormant(a.entityOrder, false, config.queryTerms());
        lookUpDormant(a.termOrder, true, config.dormantNames());
        if (dormantIndex.foundNone()) {
            return null;
        }
        // the k with most hits (ties: smaller id), most first
        List<DormantStory> es = dormantIndex.top(config.candidates());
        DormantStory best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int n = Math.min(es.size(), config.candidates());
        double[][] xs = new double[n][];
        for (int i = 0; i < n; i++) {
            xs[i] = PairFeatures.dormant(f, a, es.get(i), config.timeScaleDays(), termDf, entityDf);
        }
        PairFeatures.margins(xs);
        for (int i = 0; i < n; i++) {
            DormantStory d = es.get(i);
            double[] x = xs[i];
            // as for joins: the model is learned on pairs in one language, so a story told only in other languages wakes
            // through it (or the actors' rule) only when their numbers agree too, else through its people (crossLanguage)
            boolean other = CrossLanguageJoin.otherLanguage(f.language(), d.languages());
            double linear = model.wake().linear(x);
            if (scored == null && !other && model.wake().maxProbability(linear) < Math.max(model.wakeThreshold(),
                    best == null ? 0 : bestScore) && !sameActors(f, x, d)) {
                continue; // no trees can make it wake, nor beat the best so far
            }
            double score = model.wake().probability(x, linear);
            if (scored != null) {
                scored.add(new Candidate(d.id(), true, x, score));
            }
            boolean wakes = score >= model.wakeThreshold() || sameActors(f, x, d);
            if (other ? !(wakes && PairFeatures.sharesClaims(x) || crossLanguage.joins(f, d.entities(), x)) : !wakes) {
                continue;
            }
            if (best == null || score > bestScore || (score == bestScore && d.id().compareTo(best.id()) < 0)) {
                best = d;
                bestScore = score;
            }
        }
        dormantScore = bestScore;
        return best;
    }

    /**
     * The rule that wakes a dormant story the model would not: at least
     * {@link ClusterConfig#dormantSharedEntities()} knowledge-base entities in common (actors and
     * places of a long-running story: North Korea, Russia, Kim Jong-un, Kursk) and enough text and
     * entity evidence ({@code text + dormantEntityWeight·entity + claimWeight·claims ≥ dormantThreshold},
     * entity cosine at least {@code dormantMinEntity}). The DEV corpora hold no such story (GVA's
     * are local incidents, ECB+ is undated), so a learned model cannot know it; automatic entity ids
     * (unlinked names) do not count, as a shared first and last name says less across years.
     */
    private boolean sameActors(StoryFeatures f, double[] x, DormantStory d) {
        double text = x[0];
        double entity = x[2];
        double claims = x[4];
        if (entity < config.dormantMinEntity()
                || text + config.dormantEntityWeight() * entity + config.claimWeight() * claims < config.dormantThreshold()) {
            return false;
        }
        int shared = 0;
        for (String e : f.entities().keySet()) {
            if (!e.startsWith(AUTOMATIC_ENTITY) && d.entities().containsKey(e) && ++shared >= config.dormantSharedEntities()) {
                return true;
            }
        }
        return false;
    }

    private void putDormant(DormantStory d) {
        if (config.maxDormantStories() == 0) {
            return;
        }
        dormant.put(d.id(), d);
        dormantIndex.add(d, dormantKeys(d));
        while (dormant.size() > config.maxDormantStories()) {
            removeDormant(dormant.values().iterator().next());
        }
    }

    private void removeDormant(DormantStory d) {
        dormant.remove(d.id());
        dormantIndex.remove(d.id());
    }

    /** Counts the dormant stories under the article's top {@code max} entities, or its top {@code max} names. */
    private void lookUpDormant(Vectors.Weighted[] keys, boolean namesOnly, int max) {
        int used = 0;
        for (int i = 0; i < keys.length && used < max; i++) {
            if (namesOnly && !Vectors.isName(keys[i].key)) {
                continue;
            }
            used++;
            dormantIndex.count(keys[i].key);
        }
    }

    /**
     * A dormant story is findable by its top entities and its top names (see {@link #bestDormant}):
     * the words of a kind of event recur every week, its actors and places do not.
     */
    private List<String> dormantKeys(DormantStory d) {
        List<String> keys = new ArrayList<>();
        int n = 0;
        for (String e : d.entities().keySet()) {
            if (n++ == config.indexTerms()) {
                break;
            }
            keys.add(e);
        }
        n = 0;
        for (String t : d.terms().keySet()) {
            if (Vectors.isName(t) && n++ < config.dormantNames()) {
                keys.add(t);
            }
        }
        return keys;
    }

    private void extend(ActiveStory s, StoryFeatures f, Map<String, Double> termVec, Map<String, Double> entityVec,
                        Vectors.Weighted[] termOrder, Vectors.Weighted[] entityOrder) {
        s.setCentroid(Vectors.topOfSum(s.centroid, termVec, termOrder, config.centroidTerms()));
        s.setEntityVector(Vectors.topOfSum(s.entityVector, entityVec, entityOrder, config.centroidTerms()));
        s.addEntityCounts(f.entities());
        s.addClaims(f.claims());
        s.addEventDates(f.eventDates());
        if (CrossLanguageJoin.isKnown(f.language())) {
            s.languages.add(f.language());
        }
        // the most central real headline: keep the title whose article lies closest to the new centroid,
        // a headline before a title that is none ("en", a date line: Headlines)
        LinkedHashMap<String, Double> vec = new LinkedHashMap<>();
        for (int i = 0; i < termOrder.length && i < config.centroidTerms(); i++) {
            vec.put(termOrder[i].key, termOrder[i].weight);
        }
        if (config.members() > 0) {
            LinkedHashMap<String, Double> member = new LinkedHashMap<>();
            for (int i = 0; i < termOrder.length && i < config.memberTerms(); i++) {
                member.put(termOrder[i].key, termOrder[i].weight);
            }
            s.addMember(member, config.members());
        }
        double mine = Vectors.cosine(vec, Vectors.norm(vec), s.centroid, s.centroidNorm);
        double held = s.titleArticleId == null ? -1
                : Vectors.cosine(s.titleVector, Vectors.norm(s.titleVector), s.centroid, s.centroidNorm);
        if (Headlines.instance().betterTitle(f.title(), mine, s.titleArticleId == null ? null : s.title, held)) {
            s.title = f.title();
            s.titleArticleId = f.articleId();
            s.titleVector = vec;
        }
        if (f.date() != null) {
            s.firstDate = s.firstDate == null || f.date().isBefore(s.firstDate) ? f.date() : s.firstDate;
            s.lastDate = s.lastDate == null || f.date().isAfter(s.lastDate) ? f.date() : s.lastDate;
        }
        LocalDate counted = f.date() != null ? f.date() : newest;
        if (counted != null && (s.retireDay == null || counted.isAfter(s.retireDay))) {
            s.retireDay = counted;
        }
        s.lastSequence = sequence;
        s.articleCount++;
        if (s.articleIds.size() < config.maxArticleIds()) {
            s.articleIds.add(f.articleId());
        }
    }

    private void reindex(ActiveStory s) {
        List<String> terms = new ArrayList<>(config.indexTerms());
        for (String t : s.centroid.keySet()) {
            if (terms.size() == config.indexTerms()) {
                break;
            }
            terms.add(t);
        }
        List<String> entities = new ArrayList<>(config.indexTerms());
        for (String e : s.entityVector.keySet()) {
            if (entities.size() == config.indexTerms()) {
                break;
            }
            entities.add(e);
        }
        update(termIndex, s, s.indexedTerms, terms);
        update(entityIndex, s, s.indexedEntities, entities);
        s.indexedTerms = terms;
        s.indexedEntities = entities;
    }

    private static void update(ActivePostings index, ActiveStory s, List<String> before, List<String> after) {
        for (String k : before) {
            if (!after.contains(k)) {
                index.remove(k, s);
            }
        }
        for (String k : after) {
            if (!before.contains(k)) {
                index.add(k, s);
            }
        }
    }

    /** Retires stories idle for too long (to the newest day seen), then any beyond the cap. */
    private List<Story> retire() {
        List<Story> out = new ArrayList<>(0);
        LocalDate cutoff = newest == null ? null : newest.minusDays(config.retireAfterDays());
        while (!byRecency.isEmpty()) {
            ActiveStory s = byRecency.firstEntry().getValue();
            if (s.retireDay == null && newest != null) {
                // an undated story in a stream that now has dates: its idle time counts from now
                s.retireDay = newest;
            }
            boolean idle = cutoff != null && s.retireDay.isBefore(cutoff);
            if (!idle && active.size() <= config.maxActiveStories()) {
                break;
            }
            byRecency.pollFirstEntry();
            active.remove(s.id);
            update(termIndex, s, s.indexedTerms, List.of());
            update(entityIndex, s, s.indexedEntities, List.of());
            out.add(s.summary());
            putDormant(DormantStory.of(s, config.dormantTerms(), DORMANT_CLAIMS, DORMANT_IDS));
        }
        return out;
    }

    /** The active stories, least recently extended first. */
    public List<Story> activeStories() {
        List<Story> out = new ArrayList<>(byRecency.size());
        for (ActiveStory s : byRecency.values()) {
            out.add(s.summary());
        }
        return out;
    }

    /** One active story by id, or null. */
    public Story story(String id) {
        ActiveStory s = active.get(id);
        return s == null ? null : s.summary();
    }

    public int activeCount() {
        return active.size();
    }

    /** Retired stories still remembered (an article may bring one back). */
    public int dormantCount() {
        return dormant.size();
    }

    /** Retires every active story (end of a stream) and returns them, least recently extended first. */
    public List<Story> retireAll() {
        List<Story> out = activeStories();
        active.clear();
        byRecency.clear();
        termIndex.clear();
        entityIndex.clear();
        dormant.clear();
        dormantIndex.clear();
        return out;
    }

    /** The active state as plain data; {@link #resume} continues from it. */
    public ClustererState snapshot() {
        List<ClustererState.StoryState> stories = new ArrayList<>(byRecency.size());
        for (ActiveStory s : byRecency.values()) {
            stories.add(s.state());
        }
        return new ClustererState(ClustererState.VERSION, sequence, newest == null ? null : newest.toString(),
                config.dfBuckets(), termDf.documents(), termDf.encode(), entityDf.encode(), stories,
                dormant.values().stream().map(DormantStory::state).toList());
    }
}
