package org.lagebild.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lagebild.model.Document;
import org.lagebild.store.DerivedTables;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lagebild.store.DerivedTables.Assignment;
import org.lagebild.store.DerivedTables.NearDuplicate;
import org.lagebild.store.DerivedTables.StoryHead;
import org.lagebild.store.DerivedTables.StoryMerge;
import org.lagebild.stories.cluster.StoryMerger;
import org.lagebild.store.DerivedTables.Signature;
import org.lagebild.store.Store;
import org.lagebild.store.StoreException;
import org.lagebild.entities.kb.Media;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.ClustererState;
import org.lagebild.stories.cluster.Story;
import org.lagebild.stories.cluster.StoryBuild;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryDays;
import org.lagebild.stories.cluster.StoryFeatures;
import org.lagebild.stories.cluster.Headlines;
import org.lagebild.stories.dedup.LshIndex;
import org.lagebild.stories.dedup.MinHasher;

/**
 * Keeps the derived tables up to date with the articles: near-duplicate groups and stories. It works
 * from a mark, the last article seq it has processed, stored with its results in one transaction:
 * after each stored batch (and on the first use after a crash) it reads the articles above the mark
 * in pages, in publication order within a page, and writes what it found. So a kill between storing
 * a batch and indexing its stories loses nothing: the next run catches up.
 *
 * <p>Near-duplicates are searched within a window of the most recent {@link #WINDOW} articles (MinHash
 * over 5-word shingles, LSH 32 x 4, estimated Jaccard at least {@link #THRESHOLD}); syndicated copies
 * appear within days of each other, and the window keeps memory bounded. Exact copies are not stored
 * at all (the store records them as duplicates). Single writer: the methods are synchronized.
 *
 * <p>A story is shown with the clusterer's title, its most central real headline ({@link Headlines});
 * when none of its articles has one, with the first line or sentence of that article's text that is
 * one. Its main actors leave out news agencies, outlets and platforms ({@link Media}).
 *
 * <p>Which day orders an article and which day clustering takes as evidence is {@link StoryDays}'s (shared with
 * {@code lagebild eval stories}, which measures them with the dates hidden and inferred: {@code --dates inferred}).
 */
public final class StoryIndexer {
    /** Articles kept for near-duplicate search. */
    public static final int WINDOW = 50_000;
    /** Estimated Jaccard similarity of 5-word shingles from which an article is a copy (see docs/QUALITY.md). */
    public static final double THRESHOLD = 0.5;
    static final String MARK = "derived.seq";
    static final String CLUSTERER = "stories.clusterer";
    /** The {@link StoryBuild} that made the stored stories ("unknown" for stories made before it was kept). */
    static final String BUILD = "stories.build";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final int PAGE = 500;
    /** Titles made from the text of articles whose title is no headline, kept for stories touched again. */
    private static final int SHOWN_TITLES = 10_000;
    private static final DerivedTables.MediaFilter MEDIA = (id, name, type) -> Media.load().isMedium(id, name, type);

    private final Store store;
    private final MinHasher hasher = new MinHasher();
    private LshIndex lsh;
    private StoryClusterer clusterer;
    /** Group of each article in the window (bounded like the window). */
    private final Map<String, String> groups = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > WINDOW;
        }
    };
    private long mark = -1;
    private final Map<String, String> retiredTitles = new LinkedHashMap<>();
    /** Title shown for a title article whose title is no headline, by article id (bounded). */
    private final Map<String, String> shownTitles = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > SHOWN_TITLES;
        }
    };

    public StoryIndexer(Store store) {
        this.store = store;
    }

    /** What one catch-up did. */
    public record Progress(long articles, long nearDuplicates, long storiesTouched) {
    }

    /** Processes every article stored after the mark. */
    public synchronized Progress catchUp() throws StoreException {
        try {
            return process();
        } catch (StoreException | RuntimeException e) {
            // memory may be ahead of what was committed: reload from the store next time
            mark = -1;
            groups.clear();
            clusterer = null;
            throw e;
        }
    }

    private Progress process() throws StoreException {
        load();
        // the build of the stored stories is kept while they grow (this build's after a rebuild)
        String build = storedBuild();
        long articles = 0;
        long dups = 0;
        long touchedTotal = 0;
        while (true) {
            List<Store.Stored> page = new ArrayList<>(PAGE);
            store.forEachDocumentAfter(mark, PAGE, page::add);
            if (page.isEmpty()) {
                return new Progress(articles, dups, touchedTotal);
            }
            long last = page.get(page.size() - 1).seq();
            page.sort(Comparator.comparing((Store.Stored s) -> StoryDays.order(s.document()),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(Store.Stored::seq));
            List<NearDuplicate> found = new ArrayList<>();
            List<Signature> signatures = new ArrayList<>();
            List<Assignment> assignments = new ArrayList<>();
            List<StoryMerge> merges = new ArrayList<>();
            Map<String, Boolean> touched = new LinkedHashMap<>();
            for (Store.Stored s : page) {
                Document d = s.document();
                String id = d.article().id();
                long[] sig = hasher.signature(d.text());
                if (!MinHasher.isEmpty(sig)) {
                    nearDuplicate(id, sig).ifPresent(found::add);
                    lsh.add(id, sig);
                    signatures.add(new Signature(id, s.seq(), sig));
                }
                org.lagebild.stories.cluster.Assignment a = clusterer.add(StoryFeatures.of(d, StoryDays.evidence(d)));
                for (String gone : a.merged()) {
                    // an undated story merged into another: stored rows move with it, this page's too
                    merges.add(new StoryMerge(gone, a.storyId()));
                    assignments.replaceAll(x -> x.storyId().equals(gone) ? new Assignment(x.articleId(), a.storyId(), x.score()) : x);
                    touched.remove(gone);
                }
                assignments.add(new Assignment(id, a.storyId(), a.score()));
                touched.put(a.storyId(), true);
                for (Story retired : a.retired()) {
                    touched.put(retired.id(), false);
                    retiredTitles.put(retired.id(), shownTitle(retired));
                }
            }
            // undated stories this page made or changed, merged as whole stories by average link (StoryMerger)
            List<String> changed = touched.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
            for (StoryMerger.Merge m : clusterer.consolidate(changed)) {
                merges.add(new StoryMerge(m.merged(), m.into()));
                assignments.replaceAll(x -> x.storyId().equals(m.merged()) ? new Assignment(x.articleId(), m.into(), x.score()) : x);
                touched.remove(m.merged());
                touched.put(m.into(), true);
            }
            List<StoryHead> heads = new ArrayList<>();
            for (Map.Entry<String, Boolean> e : touched.entrySet()) {
                Story st = e.getValue() ? clusterer.story(e.getKey()) : null;
                String title = st != null ? shownTitle(st) : retiredTitles.getOrDefault(e.getKey(), "");
                heads.add(new StoryHead(e.getKey(), title, st != null));
            }
            retiredTitles.clear();
            store.derived().apply(new DerivedTables.Update(found, signatures, WINDOW, assignments, heads,
                    Map.of(MARK, Long.toString(last), CLUSTERER, json(clusterer.snapshot()), BUILD, build), merges, MEDIA));
            touchedTotal += heads.size();
            mark = last;
            articles += page.size();
            dups += found.size();
        }
    }

    /**
     * The title a story is shown with: the clusterer's, or when that is no headline ("en", a date line),
     * the first line or sentence of its title article's text that is one (else the clusterer's).
     */
    private String shownTitle(Story st) {
        if (Headlines.instance().isHeadline(st.title()) || st.titleArticleId() == null) {
            return st.title();
        }
        String shown = shownTitles.computeIfAbsent(st.titleArticleId(), id -> store.document(id)
                .map(d -> Headlines.instance().fromText(d.text())).orElse(""));
        return shown.isEmpty() ? st.title() : shown;
    }

    /** Empties the derived tables and processes every stored article again. */
    public synchronized Progress rebuild() throws StoreException {
        store.derived().clear();
        mark = -1;
        groups.clear();
        clusterer = null;
        return catchUp();
    }

    private Optional<NearDuplicate> nearDuplicate(String id, long[] sig) {
        String best = null;
        double bestSim = -1;
        for (String c : lsh.candidates(sig)) {
            if (c.equals(id)) {
                continue;
            }
            Optional<long[]> other = lsh.signature(c);
            if (other.isPresent()) {
                double sim = MinHasher.similarity(sig, other.get());
                if (sim > bestSim || (sim == bestSim && c.compareTo(best) < 0)) {
                    bestSim = sim;
                    best = c;
                }
            }
        }
        if (best == null || bestSim < THRESHOLD) {
            groups.put(id, id);
            return Optional.empty();
        }
        String group = groups.getOrDefault(best, best);
        groups.put(id, group);
        return Optional.of(new NearDuplicate(id, group, bestSim, "near"));
    }

    private void load() {
        if (mark >= 0) {
            return;
        }
        lsh = new LshIndex(32, 4, WINDOW);
        List<Signature> recent = store.derived().recentSignatures(WINDOW);
        Map<String, String> g = store.derived().groupsOf(recent.stream().map(Signature::articleId).toList());
        for (Signature s : recent) {
            lsh.add(s.articleId(), s.hashes());
            groups.put(s.articleId(), g.get(s.articleId()));
        }
        clusterer = store.derived().state(CLUSTERER)
                .map(j -> StoryClusterer.resume(ClusterConfig.defaults(), parse(j)))
                .orElseGet(() -> new StoryClusterer(ClusterConfig.defaults()));
        mark = store.derived().state(MARK).map(Long::parseLong).orElse(0L);
    }

    /** The build of the stored stories: none stored yet, this one; stories made before the build was kept, "unknown". */
    private String storedBuild() {
        return store.derived().state(BUILD)
                .orElseGet(() -> store.derived().state(MARK).isPresent() ? UNKNOWN_BUILD : StoryBuild.fingerprint());
    }

    private static final String UNKNOWN_BUILD = "unknown";

    /**
     * The build of the stored stories when it is not this one's (they were made by another version's
     * story clustering, and {@code lagebild restory} remakes them with this one), else empty.
     */
    public Optional<String> otherBuild() {
        if (store.derived().state(MARK).isEmpty()) {
            return Optional.empty();
        }
        String stored = storedBuild();
        return stored.equals(StoryBuild.fingerprint()) ? Optional.empty() : Optional.of(stored);
    }

    private static String json(ClustererState state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the clusterer state: " + e.getOriginalMessage(), e);
        }
    }

    private static ClustererState parse(String json) {
        try {
            return JSON.readValue(json, ClustererState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the stored clusterer state (run \"lagebild restory\"): "
                    + e.getOriginalMessage(), e);
        }
    }
}
