package org.lagebild.engine;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Pipeline;
import org.lagebild.annotate.lang.LanguageIdentifier;
import org.lagebild.annotate.sentence.SentenceSplitter;
import org.lagebild.claims.ClaimExtractor;
import org.lagebild.claims.QuoteExtractor;
import org.lagebild.entities.EntityRecognizer;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.extract.ExtractionException;
import org.lagebild.ingest.InputOptions;
import org.lagebild.ingest.InputProblem;
import org.lagebild.ingest.InputReader;
import org.lagebild.ingest.RecordSink;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;
import org.lagebild.model.Document;
import org.lagebild.store.BatchResult;
import org.lagebild.store.Outcome;
import org.lagebild.store.PutResult;
import org.lagebild.store.Store;
import org.lagebild.store.StoreException;
import org.lagebild.stories.facts.FactBuilder;
import org.lagebild.stories.facts.FactSet;
import org.lagebild.stories.facts.SourceNote;
import org.lagebild.stories.facts.SourceNotes;
import org.lagebild.stories.facts.StorySummary;
import org.lagebild.entities.kb.KnowledgeBase;
import org.lagebild.stories.timeline.Chronology;
import org.lagebild.stories.timeline.TimelineEvent;
import org.lagebild.time.pubdate.PublicationDateResolver;
import org.lagebild.time.quantity.QuantityTagger;
import org.lagebild.time.timex.TimeTagger;

/**
 * The engine over one data directory: ingest (read, extract, annotate, store and index) and access
 * to the store. Opening it opens the store; stages are built once, on first use, per stage set.
 * Ingest runs are sequential (one writer); reads may run concurrently.
 */
public final class Lagebild implements AutoCloseable {
    private final Path dataDir;
    private final Store store;
    private final Map<StageSet, Pipeline> pipelines = new EnumMap<>(StageSet.class);
    private ArticleExtractor extractor;
    private final StoryIndexer stories;
    private FactBuilder facts;
    private SourceNotes sourceNotes;

    private Lagebild(Path dataDir, Store store) {
        this.dataDir = dataDir;
        this.store = store;
        this.stories = new StoryIndexer(store);
    }

    /** Brings duplicates and stories up to date with the stored articles (after a crash, say). */
    public StoryIndexer.Progress updateStories() throws StoreException {
        if (store.isReadOnly()) {
            return new StoryIndexer.Progress(0, 0, 0); // the process that writes brings them up to date
        }
        return stories.catchUp();
    }

    /** The documents of a story, in publication order; throws IllegalArgumentException for an unknown id. */
    public List<Document> storyDocuments(String storyId) {
        if (store.derived().story(storyId).isEmpty()) {
            throw new IllegalArgumentException("no story with id '" + storyId + "'");
        }
        List<Document> docs = new ArrayList<>();
        for (String id : store.derived().storyArticleIds(storyId)) {
            store.document(id).ifPresent(docs::add);
        }
        return docs;
    }

    /** The facts of a story: claims grouped into propositions, with evidence, sources, ranges, status and conflicts. */
    public FactSet storyFactSet(String storyId) {
        List<Document> docs = storyDocuments(storyId);
        return factBuilder().build(docs, store.derived().groupsOf(docs.stream().map(d -> d.article().id()).toList()));
    }

    /** The facts builder and source notes, with the knowledge base's countries and roles (loaded once). */
    private synchronized FactBuilder factBuilder() {
        if (facts == null) {
            KbKnowledge kb = new KbKnowledge(KnowledgeBase.load());
            facts = new FactBuilder(kb);
            sourceNotes = new SourceNotes(kb);
        }
        return facts;
    }

    /** Everything known about a story: its row, documents, facts, chronology, source notes and summary. */
    public record StoryPicture(org.lagebild.store.DerivedTables.StoryRow story, List<Document> documents, FactSet facts,
                               List<TimelineEvent> chronology, List<SourceNote> notes, String summary) {
    }

    /** The whole picture of one story (what the report and the web story page show). */
    public StoryPicture storyPicture(String storyId) {
        var row = store.derived().story(storyId)
                .orElseThrow(() -> new IllegalArgumentException("no story with id '" + storyId + "'"));
        List<Document> docs = storyDocuments(storyId);
        FactSet set = factBuilder().build(docs, store.derived().groupsOf(docs.stream().map(d -> d.article().id()).toList()));
        List<TimelineEvent> chronology = new Chronology().build(set);
        List<SourceNote> notes = sourceNotes.notes(set);
        return new StoryPicture(row, docs, set, chronology, notes, StorySummary.summarize(docs, set, 3));
    }

    /** The facts of a story as the JSON map of docs/JSON.md. */
    public Map<String, Object> storyFacts(String storyId) {
        return storyFacts(storyPicture(storyId));
    }

    /** The facts of a story already pictured (so facts and timeline need the work once). */
    public static Map<String, Object> storyFacts(StoryPicture p) {
        return StoryViews.facts(p.story().id(), p.facts(), p.notes(), p.summary());
    }

    /** The chronology of a story as the JSON map of docs/JSON.md. */
    public Map<String, Object> storyTimeline(String storyId) {
        return storyTimeline(storyPicture(storyId));
    }

    /** The chronology of a story already pictured. */
    public static Map<String, Object> storyTimeline(StoryPicture p) {
        return StoryViews.timeline(p.story().id(), p.chronology());
    }

    /**
     * A note for the reader when the stored stories were made by another version's story clustering
     * (after an upgrade): they stay as they were until {@code lagebild restory} remakes them. Empty when
     * they are this version's.
     */
    public Optional<String> storiesNote() {
        return stories.otherBuild().map(b -> "the stories here were made by another version of the story clustering ("
                + b + ", this one " + org.lagebild.stories.cluster.StoryBuild.fingerprint()
                + "); 'lagebild restory' remakes them with this one");
    }

    /** Rebuilds duplicates and stories from all stored articles, in publication order. */
    public StoryIndexer.Progress restory() throws StoreException {
        return stories.rebuild();
    }

    /** Opens (or creates) the data directory. */
    public static Lagebild open(Path dataDir) throws StoreException {
        return new Lagebild(dataDir, Store.open(dataDir));
    }

    /**
     * Opens the data directory for {@code reindex}: an index that cannot be read is emptied and rebuilt
     * from the store (see {@link Store#openRebuildingIndex}).
     */
    public static Lagebild openRebuildingIndex(Path dataDir) throws StoreException {
        return new Lagebild(dataDir, Store.openRebuildingIndex(dataDir));
    }

    /**
     * Opens the data directory to read it: for writing if it is free, else, while another process
     * (an ingest, a server, another command) holds the index's write lock, read-only beside it (the
     * reads see that process's committed batches; stories are brought up to date by that process).
     */
    public static Lagebild openForReading(Path dataDir) throws StoreException {
        try {
            return open(dataDir);
        } catch (StoreException e) {
            if (!(e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException)) {
                throw e;
            }
            return new Lagebild(dataDir, Store.openReadOnly(dataDir));
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public Store store() {
        return store;
    }

    /** The annotation pipeline for a stage set, built (and checked) once. */
    public synchronized Pipeline pipeline(StageSet set) {
        return pipelines.computeIfAbsent(set, Lagebild::buildPipeline);
    }

    /** A new, checked pipeline for a stage set (for evaluations that need no store). */
    public static Pipeline buildPipeline(StageSet set) {
        Pipeline.Builder b = Pipeline.builder().add(new LanguageIdentifier());
        if (set != StageSet.EXTRACT) {
            b.add(new SentenceSplitter());
        }
        if (set == StageSet.FULL) {
            b.add(new PublicationDateResolver())
                    .add(new TimeTagger())
                    .add(new QuantityTagger())
                    .add(new EntityRecognizer())
                    .add(new QuoteExtractor())
                    .add(new ClaimExtractor());
        }
        return b.build();
    }

    private synchronized ArticleExtractor extractor() {
        if (extractor == null) {
            extractor = new ArticleExtractor();
        }
        return extractor;
    }

    /**
     * The longest article text annotated, in chars: a news article is rarely 100,000; a 10 MB page of
     * running text (2 million words) needs more memory to annotate and store than the default heap has,
     * and took the whole ingest down with it (docs/BAD-INPUT.md). The default of
     * {@link IngestOptions#maxChars()}; {@code ingest --max-chars} raises it for archives of long documents.
     */
    public static final int MAX_ARTICLE_CHARS = 1_000_000;

    /** Extracts and annotates one record (no storing). */
    public Document process(SourceRecord record, IngestOptions options) throws ExtractionException {
        Article article = extractor().extract(record);
        if (article.text().length() > options.maxChars()) {
            throw new ExtractionException("article too long to annotate: " + article.text().length()
                    + " chars of text (limit " + options.maxChars() + ")");
        }
        return pipeline(options.stages()).apply(Document.of(article), new AnnotationContext(options.today()));
    }

    /** Ingests files, directories, globs and "-" (standard input). */
    public IngestSummary ingest(List<String> paths, IngestOptions options, IngestListener listener) {
        return run(options, listener, (reader, sink) -> reader.read(paths, sink));
    }

    /** Ingests one named stream. */
    public IngestSummary ingest(String name, InputStream in, IngestOptions options, IngestListener listener) {
        return run(options, listener, (reader, sink) -> reader.read(name, in, sink));
    }

    private interface ReadAction {
        void read(InputReader reader, RecordSink sink);
    }

    private IngestSummary run(IngestOptions options, IngestListener listener, ReadAction action) {
        long t0 = System.nanoTime();
        pipeline(options.stages());
        extractor();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "lagebild-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            Batcher batcher = new Batcher(options, listener, pool);
            InputReader reader = new InputReader(new InputOptions(InputOptions.defaults().maxBytes(), options.published(), dataDir));
            org.lagebild.ingest.fetch.PageFetcher fetcher = options.fetch() == null ? null
                    : new org.lagebild.ingest.fetch.PageFetcher(options.fetch());
            try {
                action.read(reader, fetcher == null ? batcher : new org.lagebild.ingest.fetch.FetchingSink(batcher, fetcher));
                batcher.flush();
            } finally {
                batcher.awaitWrite();
                batcher.writer.shutdown();
                if (fetcher != null) {
                    fetcher.close();
                }
            }
            InputProblem stopped = batcher.stoppedForDiskFull();
            if (stopped != null) {
                batcher.failures.add(stopped);
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            return new IngestSummary(batcher.records, batcher.counts.get(Outcome.INGESTED), batcher.counts.get(Outcome.NEW_VERSION),
                    batcher.counts.get(Outcome.UNCHANGED), batcher.counts.get(Outcome.DUPLICATE), batcher.skipped,
                    batcher.failures, batcher.notices, millis);
        } finally {
            pool.shutdownNow();
        }
    }


    /**
     * Collects records into batches; each batch is processed in parallel and stored in one
     * transaction. Storing a batch overlaps with processing the next one; at most one batch is
     * being written at a time, so memory stays bounded by two batches.
     */
    private final class Batcher implements RecordSink {
        private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lagebild-store");
            t.setDaemon(true);
            return t;
        });
        private Future<?> lastWrite;
        private final IngestOptions options;
        private final IngestListener listener;
        private final ExecutorService pool;
        private final List<SourceRecord> pending = new ArrayList<>();
        final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        final List<InputProblem> failures = new ArrayList<>();
        final List<InputProblem> notices = new ArrayList<>();
        long records;
        long skipped;
        /** Set by the writer when a batch could not be stored because the disk is full: nothing later is processed. */
        private volatile String diskFull;
        /** Inputs not stored (nor tried) after the disk filled up. */
        long unprocessed;

        Batcher(IngestOptions options, IngestListener listener, ExecutorService pool) {
            this.options = options;
            this.listener = listener;
            this.pool = pool;
            for (Outcome o : Outcome.values()) {
                counts.put(o, 0L);
            }
        }

        @Override
        public void record(SourceRecord record) {
            records++;
            if (diskFull != null) {
                unprocessed++;
                return;
            }
            pending.add(record);
            if (pending.size() >= options.batchSize()) {
                flush();
            }
        }

        @Override
        public synchronized void problem(InputProblem problem) {
            failures.add(problem);
        }

        @Override
        public void skipped(String input, String reason) {
            skipped++;
        }

        @Override
        public void notice(String input, String message) {
            notices.add(new InputProblem(input, message));
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            if (diskFull != null) {
                unprocessed += pending.size();
                pending.clear();
                return;
            }
            List<Callable<Object>> tasks = new ArrayList<>(pending.size());
            for (SourceRecord r : pending) {
                tasks.add(() -> processSafely(r));
            }
            List<Document> docs = new ArrayList<>();
            try {
                List<Future<Object>> results = pool.invokeAll(tasks);
                for (int i = 0; i < results.size(); i++) {
                    Object o;
                    try {
                        o = results.get(i).get();
                    } catch (ExecutionException e) {
                        o = new InputProblem(pending.get(i).input(), "internal error: " + e.getCause());
                    }
                    if (o instanceof Document d) {
                        docs.add(d);
                    } else {
                        synchronized (this) {
                            failures.add((InputProblem) o);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", e);
            }
            awaitWrite();
            if (diskFull != null) {
                // the batch before could not be stored: this one is not tried
                unprocessed += docs.size();
                pending.clear();
                return;
            }
            if (!docs.isEmpty()) {
                long handled = records;
                lastWrite = writer.submit(() -> write(docs, handled));
            } else {
                listener.progress(records, failures.size());
            }
            pending.clear();
        }

        /** Runs on the writer thread; counts and failures are only read after {@link #awaitWrite}. */
        private void write(List<Document> docs, long handled) {
            List<InputProblem> lost = new ArrayList<>();
            Map<Outcome, Long> got = new EnumMap<>(Outcome.class);
            try {
                put(docs, got);
            } catch (StoreException | RuntimeException e) {
                if (outOfMemory(e) && docs.size() > 1) {
                    // one article too large for the heap rolled the whole batch back: store them one by one,
                    // so that only that article is lost
                    for (Document d : docs) {
                        try {
                            put(List.of(d), got);
                        } catch (StoreException | RuntimeException e1) {
                            lost.add(new InputProblem(d.article().input(), "not stored: " + e1.getMessage()));
                        }
                    }
                } else {
                    for (Document d : docs) {
                        lost.add(new InputProblem(d.article().input(), "not stored: " + e.getMessage()));
                    }
                }
                if (diskFull(e)) {
                    diskFull = e.getMessage();
                }
            }
            if (options.stories()) {
                try {
                    stories.catchUp();
                } catch (StoreException | RuntimeException | OutOfMemoryError e) {
                    // the articles are stored; the next ingest (or "lagebild restory") catches up
                    synchronized (this) {
                        notices.add(new InputProblem(dataDir.toString(),
                                "articles stored, but duplicates and stories not updated: " + (e instanceof OutOfMemoryError
                                        ? "out of memory (" + e.getMessage() + "); give Java more memory, for example"
                                        + " LAGEBILD_JAVA_OPTS=-Xmx2g, and run lagebild restory"
                                        : e.getMessage())));
                    }
                }
            }
            synchronized (this) {
                got.forEach((o, n) -> counts.merge(o, n, Long::sum));
                failures.addAll(lost);
            }
            listener.progress(handled, failures.size());
        }

        /** Stores one batch and counts its outcomes; a problem with the index is noted once. */
        private void put(List<Document> docs, Map<Outcome, Long> got) throws StoreException {
            BatchResult br = store.put(docs);
            for (PutResult pr : br.results()) {
                got.merge(pr.outcome(), 1L, Long::sum);
            }
            if (br.indexProblem() != null) {
                synchronized (this) {
                    InputProblem notice = new InputProblem(dataDir.toString(), br.indexProblem());
                    if (!notices.contains(notice)) {
                        notices.add(notice);
                    }
                }
            }
        }

        /**
         * The problem that ends the run when the disk filled up: one line for all inputs after the failed batch,
         * instead of one "not stored" line each (they are neither stored nor, once that is known, processed); null if
         * the disk did not fill up.
         */
        InputProblem stoppedForDiskFull() {
            if (diskFull == null) {
                return null;
            }
            return new InputProblem(dataDir.toString(), "the disk is full: stopped at the first batch that could not be"
                    + " stored; " + unprocessed + (unprocessed == 1 ? " later input was" : " later inputs were")
                    + " not stored either. Free space and run the same command again (what is stored is not stored twice)");
        }

        /** Waits for the batch being written, if any. */
        void awaitWrite() {
            if (lastWrite == null) {
                return;
            }
            try {
                lastWrite.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("store writer failed", e.getCause());
            } finally {
                lastWrite = null;
            }
        }

        private Object processSafely(SourceRecord r) {
            try {
                return process(r, options);
            } catch (ExtractionException e) {
                return new InputProblem(r.input(), e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                return new InputProblem(r.input(), "internal error while processing: " + e);
            } catch (OutOfMemoryError e) {
                // this input's objects are unreachable once we return: the rest of the batch goes on
                return new InputProblem(r.input(), "too large to process with this heap (" + e.getMessage()
                        + "); raise it with LAGEBILD_JAVA_OPTS=-Xmx2g");
            }
        }
    }

    /** True if a store failure came from running out of heap. */
    static boolean outOfMemory(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** True if a store failure means the disk (or the database's size limit) is full. */
    static boolean diskFull(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_FULL") || m.contains("No space left on device") || m.contains("database or disk is full")) {
                return true;
            }
        }
        return false;
    }

    /** Streams every stored document (latest versions). */
    public void forEachDocument(Consumer<Document> action) {
        store.forEachDocument(action);
    }

    @Override
    public void close() {
        store.close();
    }
}
