package org.lagebild.store.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.lagebild.model.ArticleIds;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.store.FacetCounts;
import org.lagebild.store.SearchHit;
import org.lagebild.store.SearchHits;
import org.lagebild.store.SearchQuery;

/**
 * The Lucene index of the latest article versions. In: {@link Document}s (upserted by id) and ids to
 * delete; {@link #commit(long)} makes them durable together with the highest database {@code seq}
 * they reflect, which {@link #indexedSeq()} reads back after a restart. Out: {@link SearchHits} with
 * «…»-marked snippets.
 *
 * <p>Text is analysed per language as {@link AnalyzerTable} says: German with GermanAnalyzer (light
 * stemming, German stop words), English with EnglishAnalyzer, anything else with
 * {@link StandardAnalyzer}; titles
 * are boosted. Thread-safe: one writer (callers serialise {@code upsert/delete/commit}) and any
 * number of concurrent searches.
 */
public final class LuceneIndex implements AutoCloseable {

    /** User-data key of a Lucene commit: the highest database seq the commit reflects. */
    public static final String SEQ_KEY = "lagebild.seq";

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String PUBLISHER = "publisher";
    private static final String LANG = "lang";
    private static final String SOURCE = "source";
    private static final String DAY = "day";
    private static final String ENTITY = "entity";
    private static final AnalyzerTable ANALYZERS = AnalyzerTable.load();
    private static final List<String> SUFFIXES = ANALYZERS.suffixes();
    private static final String[] TEXT_FIELDS = SUFFIXES.stream().map(s -> "text_" + s).toArray(String[]::new);
    private static final float TITLE_BOOST = 2.5f;
    private static final int SNIPPET_CHARS = 200;
    /** The stored fields a search hit shows. */
    private static final Set<String> HIT_FIELDS = java.util.stream.Stream.concat(
            Stream.of(ID, TITLE, PUBLISHER, LANG, DAY), java.util.Arrays.stream(TEXT_FIELDS))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Title and text of an article for matching: indexed with positions, not stored. */
    private static final FieldType ALL_TYPE = new FieldType();

    static {
        ALL_TYPE.setTokenized(true);
        ALL_TYPE.setStored(false);
        ALL_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        ALL_TYPE.freeze();
    }

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Snippets snippets;

    private LuceneIndex(Path dir, Directory directory, Analyzer analyzer, IndexWriter writer,
                        SearcherManager searchers) {
        this.dir = dir;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.snippets = new Snippets(analyzer, SNIPPET_CHARS);
    }

    /**
     * Whether {@code e}, thrown by {@link #open}, says the index files are damaged or of another
     * Lucene version (as opposed to, say, a permission problem): then rebuilding helps.
     */
    public static boolean isDamage(Throwable e) {
        return e instanceof org.apache.lucene.index.CorruptIndexException
                || e instanceof org.apache.lucene.index.IndexFormatTooOldException
                || e instanceof org.apache.lucene.index.IndexFormatTooNewException
                || e instanceof java.io.EOFException
                || e instanceof java.nio.file.NoSuchFileException
                || e instanceof java.io.FileNotFoundException
                // thrown at open only when the lock file has been written over
                || e instanceof org.apache.lucene.store.AlreadyClosedException;
    }

    /**
     * Deletes every index file in {@code dir}, under the index's write lock so a process using it is
     * never pulled from under: for rebuilding a damaged index, which is derived data.
     */
    public static void clear(Path dir) throws IOException {
        try (Directory directory = FSDirectory.open(dir);
             org.apache.lucene.store.Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String name : directory.listAll()) {
                if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(name);
                }
            }
            // a lock file with bytes in it is refused by every later open ("Unexpected lock file size")
            Path lockFile = dir.resolve(IndexWriter.WRITE_LOCK_NAME);
            if (Files.size(lockFile) != 0) {
                try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    channel.truncate(0);
                }
            }
        }
    }

    /** Opens (or creates) the index in {@code dir}. Fails if another process holds its write lock. */
    public static LuceneIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        Analyzer analyzer = analyzer();
        IndexWriter writer = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            config.setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.setLiveCommitData(Map.of(SEQ_KEY, "0").entrySet());
                writer.commit();
            }
            SearcherManager searchers = new SearcherManager(writer, null);
            return new LuceneIndex(dir, directory, analyzer, writer, searchers);
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
            throw e;
        }
    }

    /**
     * Opens an existing index for searching only, beside a writer in another process: searches see
     * that writer's commits (checked before each search). Writing methods throw
     * {@link IllegalStateException}.
     */
    public static LuceneIndex openReadOnly(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IOException("no index in " + dir);
            }
            return new LuceneIndex(dir, directory, analyzer(), null, new SearcherManager(directory, null));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** True if this index was opened with {@link #openReadOnly}. */
    public boolean isReadOnly() {
        return writer == null;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("index " + dir + " is open read-only");
        }
        return writer;
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String sfx : SUFFIXES) {
            for (String f : List.of("title_", "text_", "all_")) {
                perField.put(f + sfx, ANALYZERS.analyzer(sfx));
            }
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    /** The highest database seq reflected by the last commit (0 for a new index). */
    public long indexedSeq() throws IOException {
        if (writer == null) {
            IndexSearcher s = searchers.acquire();
            try {
                String v = ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().get(SEQ_KEY);
                return v == null ? 0 : Long.parseLong(v);
            } finally {
                searchers.release(s);
            }
        }
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (SEQ_KEY.equals(e.getKey())) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    /**
     * The language an article is indexed (and listed) under: the identified language when known,
     * else the primary subtag of the declared one, else "und". Lower case.
     */
    public static String languageOf(Document doc) {
        String lang = doc.language();
        if (lang == null || lang.isBlank() || lang.equals("und")) {
            lang = doc.article().language();
        }
        if (lang == null || lang.isBlank()) {
            return "und";
        }
        lang = lang.strip().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        if (dash < 0) {
            dash = lang.indexOf('_');
        }
        return dash > 0 ? lang.substring(0, dash) : lang;
    }

    private static String suffix(String lang) {
        return ANALYZERS.suffix(lang);
    }

    /** Normalised form of an entity id or name as indexed and queried. */
    public static String entityKey(String s) {
        return ArticleIds.normalise(s);
    }

    /** Adds the document, replacing any indexed document with the same id. */
    public void upsert(Document doc) throws IOException {
        writer().updateDocument(new Term(ID, doc.article().id()), toLucene(doc));
    }

    /** Removes the document with this id, if indexed. */
    public void delete(String id) throws IOException {
        writer().deleteDocuments(new Term(ID, id));
    }

    /** Removes every document (for a rebuild; takes effect with the next commit). */
    public void deleteAll() throws IOException {
        writer().deleteAll();
    }

    /**
     * Time between durable index commits during an ingest (system property
     * {@code lagebild.index.commitIntervalMs}, default 1000): committing every batch costs a
     * segment flush each time.
     */
    private final long commitIntervalNanos = Long.getLong("lagebild.index.commitIntervalMs", 1000L) * 1_000_000L;
    /** Held while a batch is applied, so that a refresh never shows half a batch. */
    private final Object commitLock = new Object();
    private long pendingSeq = -1;
    private long lastCommitNanos = System.nanoTime();
    private volatile boolean stale;

    /**
     * Records that the pending changes reflect the database up to {@code seq}. The durable Lucene
     * commit happens at most every {@code commitIntervalNanos} and on close: what a crash loses
     * in between is re-indexed from the database on the next open (see {@code Store.catchUp}).
     * Searchers see the changes on their next search.
     */
    public void commit(long seq) throws IOException {
        synchronized (commitLock) {
            pendingSeq = seq;
            stale = true;
            if (System.nanoTime() - lastCommitNanos >= commitIntervalNanos) {
                durableCommit();
            }
        }
    }

    /** Commits now (rebuilds, catch-up) and refreshes searchers. */
    public void commitNow(long seq) throws IOException {
        synchronized (commitLock) {
            pendingSeq = seq;
            durableCommit();
        }
        searchers.maybeRefreshBlocking();
        stale = false;
    }

    private void durableCommit() throws IOException {
        if (pendingSeq < 0) {
            return;
        }
        writer().setLiveCommitData(Map.of(SEQ_KEY, Long.toString(pendingSeq)).entrySet());
        writer.commit();
        lastCommitNanos = System.nanoTime();
        pendingSeq = -1;
    }

    /** Makes searchers see what was added since the last refresh: whole batches only. */
    private void refreshIfStale() throws IOException {
        if (writer != null && stale) {
            synchronized (commitLock) {
                stale = false;
                searchers.maybeRefreshBlocking();
            }
        }
    }

    /**
     * Applies one stored batch: deletes, then upserts, then {@link #commit(long)}, all while
     * holding the lock that refreshes take.
     */
    public void applyBatch(Collection<String> deletes, Collection<Document> upserts, long seq) throws IOException {
        synchronized (commitLock) {
            for (String id : deletes) {
                delete(id);
            }
            for (Document d : upserts) {
                upsert(d);
            }
            commit(seq);
        }
    }

    private static org.apache.lucene.document.Document toLucene(Document doc) {
        var a = doc.article();
        String lang = languageOf(doc);
        String sfx = suffix(lang);
        var d = new org.apache.lucene.document.Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new StoredField(TITLE, org.lagebild.model.Article.headline(a.title(), a.text()))); // shown with a hit; not searched
        d.add(new TextField("title_" + sfx, a.title(), Field.Store.NO));
        // one field for matching, so "a b" (AND) may match a in the title and b in the text
        d.add(new Field("all_" + sfx, a.title() + "\n" + a.text(), ALL_TYPE));
        // stored only: snippets re-analyse the few hits shown, which is cheaper than offsets for all
        // (offsets in the postings instead were measured: 50% larger index, slower puts, no faster snippets)
        d.add(new StoredField("text_" + sfx, a.text()));
        d.add(new StringField(LANG, lang, Field.Store.YES));
        if (a.publisher() != null && !a.publisher().isBlank()) {
            d.add(new StoredField(PUBLISHER, a.publisher()));
            d.add(new StringField(SOURCE, a.publisher().strip().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        LocalDate day = a.published().date();
        if (day != null) {
            long epochDay = day.toEpochDay();
            d.add(new LongPoint(DAY, epochDay));
            d.add(new StoredField(DAY, epochDay));
            d.add(new NumericDocValuesField(DAY, epochDay));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (EntityMention m : doc.entities()) {
            if (m.entityId() != null && !m.entityId().isBlank()) {
                keys.add(entityKey(m.entityId()));
            }
            if (m.name() != null && !m.name().isBlank()) {
                keys.add(entityKey(m.name()));
            }
        }
        for (String k : keys) {
            d.add(new StringField(ENTITY, k, Field.Store.NO));
        }
        return d;
    }

    /** Number of documents in the current (refreshed) index view. */
    public long numDocs() throws IOException {
        if (writer == null) {
            searchers.maybeRefresh();
        }
        refreshIfStale();
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /**
     * The version of the index view that a search would see now (refreshed as a search refreshes);
     * it changes with every change that reaches searches.
     */
    public long version() throws IOException {
        if (writer == null) {
            searchers.maybeRefresh();
        }
        refreshIfStale();
        IndexSearcher s = searchers.acquire();
        try {
            return ((DirectoryReader) s.getIndexReader()).getVersion();
        } finally {
            searchers.release(s);
        }
    }

    /** Bytes used by the index files. */
    public long sizeBytes() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file merged away while listing
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Runs a search. Throws {@link IllegalArgumentException} ("bad query: …") when the query text
     * does not parse.
     */
    public SearchHits search(SearchQuery q) throws IOException {
        Query query = buildQuery(q);
        if (writer == null) {
            searchers.maybeRefresh(); // another process writes: pick up its latest commit
        }
        refreshIfStale();
        IndexSearcher searcher = searchers.acquire();
        try {
            boolean scored = q.text() != null && !q.text().isBlank();
            int n = q.offset() + q.limit();
            TopDocs top;
            long total;
            try {
                // every hit counted while collecting: one pass, where a separate count ran the query twice
                if (scored) {
                    top = searcher.search(query, new TopScoreDocCollectorManager(n, Integer.MAX_VALUE));
                } else {
                    SortField byDay = new SortField(DAY, SortField.Type.LONG, true);
                    byDay.setMissingValue(Long.MIN_VALUE);
                    top = searcher.search(query, new TopFieldCollectorManager(new Sort(byDay, SortField.FIELD_DOC), n,
                            null, Integer.MAX_VALUE));
                }
                total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                        ? top.totalHits.value : searcher.count(query);
            } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
                // a wildcard, regexp or fuzzy term that expands to too many index terms or states
                throw new IllegalArgumentException("bad query: \"" + q.text() + "\" matches too many terms", e);
            }
            ScoreDoc[] page = top.scoreDocs.length <= q.offset() ? new ScoreDoc[0]
                    : java.util.Arrays.copyOfRange(top.scoreDocs, q.offset(), top.scoreDocs.length);
            if (page.length == 0) {
                return new SearchHits(total, List.of());
            }
            Map<String, Snippets.Terms> terms = scored ? Snippets.terms(query, "all_") : Map.of();
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(page.length);
            for (ScoreDoc sd : page) {
                // one read of the stored fields per hit: metadata and text together
                var d = stored.document(sd.doc, HIT_FIELDS);
                var dayField = d.getField(DAY);
                LocalDate day = dayField == null ? null : LocalDate.ofEpochDay(dayField.numericValue().longValue());
                float score = Float.isNaN(sd.score) ? 0f : sd.score;
                hits.add(new SearchHit(d.get(ID), d.get(TITLE), d.get(PUBLISHER), day, d.get(LANG), score,
                        clean(snippet(d, terms))));
            }
            return new SearchHits(total, hits);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Language and source counts over every hit of {@code q}: the hits are marked in a bit set per
     * segment, then the postings of each language and source term are walked against it, so the
     * cost is one pass over the hits and one over those two small fields, whatever the number of
     * values. Throws {@link IllegalArgumentException} for query text that does not parse.
     */
    public FacetCounts facets(SearchQuery q) throws IOException {
        Query query = buildQuery(q);
        if (writer == null) {
            searchers.maybeRefresh();
        }
        refreshIfStale();
        IndexSearcher searcher = searchers.acquire();
        try {
            Weight weight;
            try {
                weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
                throw new IllegalArgumentException("bad query: \"" + q.text() + "\" matches too many terms", e);
            }
            Map<String, Long> languages = new HashMap<>();
            Map<String, Long> sources = new HashMap<>();
            long total = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                FixedBitSet hits = new FixedBitSet(leaf.reader().maxDoc());
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        hits.set(doc);
                        total++;
                    }
                }
                countTerms(leaf.reader(), LANG, hits, languages);
                countTerms(leaf.reader(), SOURCE, hits, sources);
            }
            return new FacetCounts(total, languages, sources);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Adds, per term of {@code field}, how many of {@code hits} have it. */
    private static void countTerms(LeafReader reader, String field, FixedBitSet hits, Map<String, Long> out)
            throws IOException {
        Terms terms = reader.terms(field);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            postings = te.postings(postings, PostingsEnum.NONE);
            long n = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (hits.get(doc)) {
                    n++;
                }
            }
            if (n > 0) {
                out.merge(term.utf8ToString(), n, Long::sum);
            }
        }
    }

    /** The snippet of a hit: around its first matching word, else the start of its text. */
    private String snippet(org.apache.lucene.document.Document d, Map<String, Snippets.Terms> terms) {
        for (String sfx : SUFFIXES) {
            String text = d.get("text_" + sfx);
            if (text == null) {
                continue;
            }
            String s = snippets.snippet("all_" + sfx, text, terms.get("all_" + sfx));
            if (s != null) {
                return s;
            }
            return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + " …";
        }
        return "";
    }

    /** Runs of white space as one space, none at the ends (as {@code replaceAll("\\s+", " ").strip()}). */
    static String clean(String snippet) {
        StringBuilder b = new StringBuilder(snippet.length());
        boolean space = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    private Query buildQuery(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (q.text() != null && !q.text().isBlank()) {
            b.add(textQuery(q.text(), q.language()), BooleanClause.Occur.MUST);
        } else {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        if (q.language() != null && !q.language().isBlank()) {
            String lang = q.language().strip().toLowerCase(Locale.ROOT);
            // a language with its own analyzer has its own fields, which the text query alone then
            // searches: the filter would only walk that language's (long) postings for nothing
            boolean ownFields = q.text() != null && !q.text().isBlank() && !suffix(lang).equals(AnalyzerTable.OTHER);
            if (!ownFields) {
                b.add(new TermQuery(new Term(LANG, lang)), BooleanClause.Occur.FILTER);
            }
        }
        if (q.source() != null && !q.source().isBlank()) {
            b.add(new TermQuery(new Term(SOURCE, q.source().strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            // the points when the range leads, the doc values of the few hits when the text query does
            b.add(new IndexOrDocValuesQuery(LongPoint.newRangeQuery(DAY, lo, hi),
                    NumericDocValuesField.newSlowRangeQuery(DAY, lo, hi)), BooleanClause.Occur.FILTER);
        }
        if (q.entity() != null && !q.entity().isBlank()) {
            b.add(new TermQuery(new Term(ENTITY, entityKey(q.entity()))), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /**
     * One sub-query per analysis language, OR-ed: each language's documents only have that
     * language's fields, so a German stop word must not make a German article unreachable just
     * because the English fields keep it as a term. Within a language the query must match title
     * and text taken together; title matches add to the score.
     */
    private Query textQuery(String text, String language) {
        List<String> suffixes = language == null || language.isBlank()
                ? SUFFIXES : List.of(suffix(language.strip().toLowerCase(Locale.ROOT)));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String sfx : suffixes) {
            QueryParser all = new QueryParser("all_" + sfx, analyzer);
            all.setDefaultOperator(QueryParser.Operator.AND);
            QueryParser title = new QueryParser("title_" + sfx, analyzer);
            title.setDefaultOperator(QueryParser.Operator.OR);
            try {
                Query must = all.parse(text);
                Query boost = title.parse(text);
                any.add(new BooleanQuery.Builder()
                        .add(must, BooleanClause.Occur.MUST)
                        .add(new BoostQuery(boost, TITLE_BOOST), BooleanClause.Occur.SHOULD)
                        .build(), BooleanClause.Occur.SHOULD);
            } catch (ParseException e) {
                throw new IllegalArgumentException("bad query: " + firstLine(e.getMessage()), e);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new IllegalArgumentException("bad query: too many clauses in \"" + text + "\"", e);
            } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
                // e.g. a malformed /regular expression/, rejected while parsing
                throw new IllegalArgumentException("bad query: " + firstLine(e.getMessage()), e);
            }
        }
        return any.build();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "cannot parse";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        try {
            synchronized (commitLock) {
                if (writer != null) {
                    durableCommit(); // what the database holds and was indexed since the last commit
                }
            }
        } finally {
            closeQuietly();
        }
    }

    private void closeQuietly() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                // uncommitted changes are dropped on purpose: the database decides what is indexed
                if (writer != null) {
                    writer.rollback();
                }
            } finally {
                directory.close();
            }
        }
    }
}
