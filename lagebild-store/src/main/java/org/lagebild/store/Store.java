package org.lagebild.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.apache.lucene.store.LockObtainFailedException;
import org.lagebild.model.Article;
import org.lagebild.model.ArticleIds;
import org.lagebild.model.DateSource;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Quantity;
import org.lagebild.model.TimeExpression;
import org.lagebild.store.index.LuceneIndex;

/**
 * The system of record: one data directory holding {@code lagebild.db} (SQLite, WAL) with every
 * stored {@link Document} and its annotations, and {@code index/} (Lucene), derived from it.
 *
 * <p>{@link #put} decides per document whether it is new, unchanged, a duplicate of other content
 * or a new version of an article already stored (see {@link Outcome}), writes the whole batch in one
 * transaction, then indexes it. The Lucene commit records the highest database {@code seq} it
 * reflects, so after a crash {@link #open} indexes whatever the database holds beyond it.
 *
 * <p>Identity: a content hash over the normalised title and text ({@link #contentHash}). Same id
 * and hash: {@link Outcome#UNCHANGED}. Same hash under another id: {@link Outcome#DUPLICATE}, kept
 * in the duplicates table ({@link #duplicatesOf}). Same non-null URL (or same id) with other content:
 * {@link Outcome#NEW_VERSION}, stored as version n+1 that supersedes the old one, which stays
 * readable ({@link #versions}) but leaves listings and the index. Otherwise {@link Outcome#INGESTED}.
 * Members of one batch are checked against each other the same way.
 *
 * <p>Thread-safe for one writer and many readers: writes ({@code put}, {@code reindex}) are
 * serialised; reads use pooled read-only connections and see the last committed batch. One
 * process opens a data directory for writing ({@link #open}); others may open it with
 * {@link #openReadOnly}.
 */
public final class Store implements AutoCloseable {

    /** The schema version this code writes and reads. */
    public static final int SCHEMA_VERSION = 3;
    /** The database file inside the data directory. */
    public static final String DB_FILE = "lagebild.db";
    /** The Lucene index directory inside the data directory. */
    public static final String INDEX_DIR = "index";

    private static final String COLUMNS = "seq, id, content_hash, input, format, url, title, language, publisher, "
            + "published, published_day, pub_earliest, pub_latest, date_source, date_origin, date_confidence, "
            + "date_explanation, version, supersedes, chain, latest, ingested_seq, chars, n_mentions, n_quantities, "
            + "n_times, text, doc";

    private final Path dataDir;
    private final Path dbFile;
    private final Connection writeConn;
    private final LuceneIndex index;
    private final DocumentCodec codec = new DocumentCodec();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ConcurrentLinkedDeque<Connection> readers = new ConcurrentLinkedDeque<>();
    private Statements st;
    private final DerivedTables derived = new DerivedTables(this);
    private long ingestedSeq;
    private boolean indexStale;
    private volatile boolean closed;

    private Store(Path dataDir, Path dbFile, Connection writeConn, LuceneIndex index) throws SQLException {
        this.dataDir = dataDir;
        this.dbFile = dbFile;
        this.writeConn = writeConn;
        this.index = index;
        this.st = index.isReadOnly() ? null : new Statements(writeConn);
    }

    /**
     * Opens an existing store for reading only, for instance to search while another process
     * ingests: searches and listings see that process's committed batches; {@link #put} and
     * {@link #reindex} throw. Nothing is created, and the index is not caught up.
     */
    public static Store openReadOnly(Path dataDir) throws StoreException {
        Objects.requireNonNull(dataDir, "dataDir");
        Path dir = dataDir.toAbsolutePath().normalize();
        Path db = dir.resolve(DB_FILE);
        if (!Files.isDirectory(dir)) {
            throw new StoreException("data dir " + dir + " does not exist or is not a directory");
        }
        if (!Files.isRegularFile(db)) {
            throw new StoreException("no database " + db);
        }
        Connection conn = null;
        LuceneIndex index = null;
        try {
            conn = openReader(db);
            checkSchema(conn, db);
            conn.setAutoCommit(false);
            Path indexDir = dir.resolve(INDEX_DIR);
            try {
                index = LuceneIndex.openReadOnly(indexDir);
            } catch (IOException | RuntimeException e) {
                throw new StoreException("cannot open index " + indexDir + " read-only: " + e, e);
            }
            return new Store(dir, db, conn, index);
        } catch (SQLException e) {
            closeQuietly(index, conn);
            throw new StoreException(openProblem(dir, db, e), e);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(index, conn);
            throw e;
        }
    }

    private static void checkSchema(Connection conn, Path db) throws SQLException, StoreException {
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
            if (!rs.next()) {
                throw new StoreException("database " + db + " is not a Lagebild store");
            }
        }
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            int v = rs.next() ? rs.getInt(1) : 0;
            if (v != SCHEMA_VERSION) {
                throw new StoreException("database " + db + " has schema version " + v + ", this build reads version "
                        + SCHEMA_VERSION);
            }
        }
    }

    /**
     * Opens the store in {@code dataDir}, creating the directory, database and index if missing, and
     * indexes any stored rows the index does not reflect yet. An existing file that is not a Lagebild
     * database is reported, never replaced.
     */
    public static Store open(Path dataDir) throws StoreException {
        return open(dataDir, false);
    }

    /**
     * As {@link #open}, but an index that cannot be read (damaged, truncated, of another Lucene
     * version) is emptied and rebuilt from the database instead of reported: the index is derived
     * data, so nothing is lost. For {@code lagebild reindex}.
     */
    public static Store openRebuildingIndex(Path dataDir) throws StoreException {
        return open(dataDir, true);
    }

    private static Store open(Path dataDir, boolean rebuildDamagedIndex) throws StoreException {
        Objects.requireNonNull(dataDir, "dataDir");
        Path dir = dataDir.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("data dir " + dir + " is not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create data dir " + dir + ": " + e, e);
        }
        Path db = dir.resolve(DB_FILE);
        if (Files.exists(db) && !Files.isRegularFile(db)) {
            throw new StoreException("database " + db + " is not a regular file");
        }
        Connection conn = null;
        LuceneIndex index = null;
        try {
            conn = openDatabase(db);
            Path indexDir = dir.resolve(INDEX_DIR);
            try {
                index = LuceneIndex.open(indexDir);
            } catch (LockObtainFailedException e) {
                throw new StoreException("data dir " + dir + " is locked by another process (a lagebild ingest, "
                        + "serve or reindex): wait for it to end (lock file " + indexDir.resolve("write.lock") + ")", e);
            } catch (IOException | RuntimeException e) {
                if (!LuceneIndex.isDamage(e)) {
                    throw new StoreException("cannot open index " + indexDir + ": " + e.getMessage(), e);
                }
                if (!rebuildDamagedIndex) {
                    throw new StoreException("the search index " + indexDir + " is damaged (" + e.getClass().getSimpleName()
                            + "); it is derived from " + db + ": run 'lagebild reindex' to rebuild it", e);
                }
                try {
                    LuceneIndex.clear(indexDir);
                    index = LuceneIndex.open(indexDir);
                } catch (IOException | RuntimeException again) {
                    throw new StoreException("cannot rebuild index " + indexDir + ": " + again.getMessage(), again);
                }
            }
            Store store = new Store(dir, db, conn, index);
            store.ingestedSeq = store.scalar("SELECT COALESCE(MAX(ingested_seq), 0) FROM articles");
            store.catchUpIndex();
            return store;
        } catch (SQLException e) {
            closeQuietly(index, conn);
            throw new StoreException(openProblem(dir, db, e), e);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(index, conn);
            throw e;
        }
    }

    /**
     * What went wrong opening the database, and what the user can do: a damaged file is named as such
     * (it is never rewritten), a data directory without write access is named (SQLite keeps its
     * write-ahead log beside the database, also to read).
     */
    static String openProblem(Path dir, Path db, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB")) {
            return "database " + db + " is damaged or not a database (" + (m.contains("SQLITE_NOTADB") ? "SQLITE_NOTADB"
                    : "SQLITE_CORRUPT") + "); it was left as it is: restore it from a backup, or use a new --data-dir"
                    + " and ingest again";
        }
        if (m.contains("SQLITE_CANTOPEN") && Files.isDirectory(dir) && !Files.isWritable(dir)) {
            return "cannot open database " + db + ": the data dir " + dir + " is not writable (SQLite keeps "
                    + DB_FILE + "-wal and -shm beside the database, also to read); copy it to a writable place";
        }
        return "cannot open database " + db + ": " + m;
    }

    private static void closeQuietly(LuceneIndex index, Connection conn) {
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // already failing; the original error is the one to report (after a failed write Lucene has
            // closed the writer, and closing again throws AlreadyClosedException)
        }
        try {
            if (conn != null) {
                conn.close();
            }
        } catch (SQLException ignored) {
            // as above
        }
    }

    private static Connection openDatabase(Path db) throws SQLException, StoreException {
        Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db);
        try {
            try (Statement s = conn.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                // fails with SQLITE_NOTADB on a file that is not a database: nothing is overwritten
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                    rs.next();
                    if (!"wal".equalsIgnoreCase(rs.getString(1))) {
                        throw new StoreException("database " + db + " cannot use WAL mode (got " + rs.getString(1) + ")");
                    }
                }
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            ensureSchema(conn, db);
            conn.setAutoCommit(false);
            return conn;
        } catch (SQLException | StoreException | RuntimeException e) {
            conn.close();
            throw e;
        }
    }

    private static void ensureSchema(Connection conn, Path db) throws SQLException, StoreException {
        Set<String> tables = new LinkedHashSet<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        int from = 0;
        if (tables.contains("schema_version")) {
            try (Statement s = conn.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                from = rs.next() ? rs.getInt(1) : 0;
            }
            if (from > SCHEMA_VERSION || from < 1) {
                throw new StoreException("database " + db + " has schema version " + from
                        + ", this build reads versions 1 to " + SCHEMA_VERSION);
            }
            if (from == SCHEMA_VERSION) {
                return;
            }
        } else {
            tables.remove("sqlite_sequence");
            if (!tables.isEmpty()) {
                throw new StoreException("database " + db + " is not a Lagebild store (tables " + tables + ")");
            }
        }
        // each script takes the schema from version v - 1 to v; all of them run in one transaction
        conn.setAutoCommit(false);
        try (Statement s = conn.createStatement()) {
            for (int v = from + 1; v <= SCHEMA_VERSION; v++) {
                for (String sql : schemaScript(v).split(";\\s*\\n")) {
                    String stmt = stripComments(sql);
                    if (!stmt.isBlank()) {
                        s.execute(stmt);
                    }
                }
            }
            conn.commit();
        } catch (SQLException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    private static String stripComments(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                b.append(line).append('\n');
            }
        }
        return b.toString().strip();
    }

    private static String schemaScript(int version) {
        String name = "schema-" + version + ".sql";
        try (InputStream in = Store.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: org/lagebild/store/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema resource " + name, e);
        }
    }

    /** The content hash {@link #put} compares: SHA-256 of the normalised title and text. */
    public static String contentHash(Article a) {
        return ArticleIds.sha256(ArticleIds.normalise(a.title() + "\n" + a.text()));
    }

    // ---------------------------------------------------------------- writing

    /**
     * Stores a batch in one transaction, then indexes the stored documents and commits the index.
     * Returns one result per input document, in order; when only the indexing failed, the batch is
     * stored all the same and {@link BatchResult#indexProblem} says why it is not searchable yet.
     */
    public BatchResult put(List<Document> docs) throws StoreException {
        Objects.requireNonNull(docs, "docs");
        writeLock.lock();
        try {
            ensureWritable();
            // the index is derived: when it cannot be brought up to date, the articles are stored all the same
            String indexProblem = null;
            if (indexStale) {
                try {
                    catchUpIndex();
                } catch (StoreException e) {
                    indexProblem = e.getMessage();
                }
            }
            List<PutResult> results = new ArrayList<>(docs.size());
            Map<String, Document> upserts = new LinkedHashMap<>();
            Set<String> deletes = new LinkedHashSet<>();
            long batch = ingestedSeq + 1;
            try {
                for (Document doc : docs) {
                    results.add(putOne(doc, batch, upserts, deletes));
                }
                writeConn.commit();
            } catch (SQLException | RuntimeException | OutOfMemoryError e) {
                // an article too large for the heap must not leave the transaction open: what was stored
                // before stays, and the next batch starts clean
                rollbackQuietly();
                renewStatements();
                throw new StoreException("cannot store batch in " + dbFile + ": " + describe(e), e);
            }
            if (upserts.isEmpty() && deletes.isEmpty()) {
                return new BatchResult(results, notSearchable(indexProblem));
            }
            ingestedSeq = batch;
            if (indexProblem == null) {
                try {
                    long maxSeq = scalar("SELECT COALESCE(MAX(seq), 0) FROM articles");
                    index.applyBatch(deletes, upserts.values(), maxSeq);
                } catch (IOException | SQLException | RuntimeException | OutOfMemoryError e) {
                    indexStale = true;
                    indexProblem = "cannot update index " + dataDir.resolve(INDEX_DIR) + ": " + describe(e);
                }
            }
            return new BatchResult(results, notSearchable(indexProblem));
        } finally {
            writeLock.unlock();
        }
    }

    /** A failure's message for the user; running out of heap says what to do about it. */
    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (" + e.getMessage() + "); give Java more memory, for example LAGEBILD_JAVA_OPTS=-Xmx2g";
        }
        return e.getMessage();
    }

    /**
     * For tests (also of the modules above the store): the database may grow by at most {@code pages} more pages, then
     * writes fail with SQLITE_FULL, as on a full disk.
     */
    public void limitDatabaseGrowthForTest(long pages) throws SQLException {
        try (Statement s = writeConn.createStatement()) {
            long now = scalar("PRAGMA page_count");
            s.execute("PRAGMA max_page_count = " + (now + pages));
        }
    }

    /** For tests: the index's writer closes, as Lucene closes it after a failed write (a full disk). */
    void closeIndexForTest() throws IOException {
        index.close();
    }

    private String notSearchable(String indexProblem) {
        return indexProblem == null ? null : "articles stored in " + dbFile + ", but not searchable yet (" + indexProblem
                + "); the index catches up on the next ingest, or run 'lagebild reindex'";
    }

    /**
     * After a failed batch the driver may have finalized the prepared statements (the next use fails with
     * "statement is not executing"): prepare them again so later batches are stored once there is room.
     */
    private void renewStatements() {
        st.close();
        try {
            st = new Statements(writeConn);
        } catch (SQLException ignored) {
            // the connection is unusable: the next put reports it
        }
    }

    private void rollbackQuietly() {
        try {
            writeConn.rollback();
        } catch (SQLException e) {
            // SQLite rolls a transaction back by itself on SQLITE_FULL or SQLITE_IOERR; the driver's rollback
            // then fails before it opens the next transaction, and every later statement would commit on
            // its own (half batches). Open it here; if one is open, BEGIN fails and nothing changes.
            try (Statement s = writeConn.createStatement()) {
                s.execute("BEGIN");
            } catch (SQLException ignored) {
                // a transaction is open, or the connection is unusable: the failed put is already reported
            }
        }
    }

    private PutResult putOne(Document doc, long batch, Map<String, Document> upserts, Set<String> deletes)
            throws SQLException {
        Article a = doc.article();
        String hash = contentHash(a);
        Row same = st.rowBy(st.byId, a.id());
        if (same != null && same.hash.equals(hash)) {
            return new PutResult(a.input(), a.id(), Outcome.UNCHANGED, null);
        }
        Row sameContent = st.rowBy(st.byHash, hash);
        if (sameContent != null) {
            st.insertDuplicate(a, sameContent.id);
            return new PutResult(a.input(), a.id(), Outcome.DUPLICATE, sameContent.id);
        }
        Row previous = null;
        String id = a.id();
        if (same != null) {
            // the source gave this id before, for other content: the next version of that article
            previous = st.rowBy(st.latestOfChain, same.chain);
            int v = previous.version + 1;
            id = same.chain + "-v" + v;
            while (st.rowBy(st.byId, id) != null) {
                id = id + "'";
            }
            doc = doc.withArticle(a.withId(id));
        } else if (a.url() != null && !a.url().isBlank()) {
            previous = st.rowBy(st.latestByUrl, a.url());
        }
        if (previous != null) {
            st.markSuperseded(previous.id);
            st.insertArticle(doc, hash, previous.version + 1, previous.id, previous.chain, batch);
            upserts.remove(previous.id);
            deletes.add(previous.id);
            upserts.put(id, doc);
            return new PutResult(a.input(), id, Outcome.NEW_VERSION, null);
        }
        st.insertArticle(doc, hash, 1, null, id, batch);
        upserts.put(id, doc);
        return new PutResult(a.input(), id, Outcome.INGESTED, null);
    }

    /**
     * Drops the Lucene index contents and rebuilds them from the database (latest versions).
     * Returns the number of documents indexed.
     */
    public long reindex() throws StoreException {
        writeLock.lock();
        try {
            ensureWritable();
            long maxSeq = scalar("SELECT COALESCE(MAX(seq), 0) FROM articles");
            index.deleteAll();
            long[] n = {0};
            streamRows("SELECT id, text, doc FROM articles WHERE latest = 1 AND seq <= ? ORDER BY seq",
                    maxSeq, rs -> {
                        try {
                            index.upsert(codec.decode(rs.getString(3), rs.getString(2)));
                            n[0]++;
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            index.commitNow(maxSeq);
            indexStale = false;
            return n[0];
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StoreException("cannot rebuild index " + dataDir.resolve(INDEX_DIR) + " from " + dbFile
                    + ": " + e, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Brings the index up to the database: rows with a seq above the last index commit. */
    private void catchUpIndex() throws StoreException {
        Path indexDir = dataDir.resolve(INDEX_DIR);
        try {
            long indexed = index.indexedSeq();
            long maxSeq = scalar("SELECT COALESCE(MAX(seq), 0) FROM articles");
            if (indexed > maxSeq) {
                // the index claims rows the database does not have: rebuild rather than trust it
                reindex();
                return;
            }
            if (indexed == maxSeq) {
                indexStale = false;
                return;
            }
            streamRows("SELECT id, latest, supersedes, text, doc FROM articles WHERE seq > ? ORDER BY seq",
                    indexed, rs -> {
                        try {
                            String supersedes = rs.getString(3);
                            if (supersedes != null) {
                                index.delete(supersedes);
                            }
                            if (rs.getInt(2) == 1) {
                                index.upsert(codec.decode(rs.getString(5), rs.getString(4)));
                            } else {
                                index.delete(rs.getString(1));
                            }
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            index.commitNow(scalar("SELECT COALESCE(MAX(seq), 0) FROM articles"));
            indexStale = false;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StoreException("cannot catch up index " + indexDir + " with " + dbFile + ": "
                    + (e instanceof IOException && e.getMessage() != null ? e.getMessage() : e.toString()), e);
        }
    }

    // ---------------------------------------------------------------- reading

    /** The stored document with this id (any version), equal to the one that was put. */
    public Optional<Document> document(String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT text, doc FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(codec.decode(rs.getString(2), rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Latest versions, newest first: by publication date, undated articles last, then most recently
     * ingested first.
     */
    public List<ArticleSummary> articles(int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUMMARY + "WHERE latest = 1 "
                    + "ORDER BY published_day IS NULL, published_day DESC, seq DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                return summaries(ps);
            }
        });
    }

    /** Articles without a title are listed by the start of their text (see {@link Article#headline}). */
    private static final String SUMMARY = "SELECT id, title, publisher, published, pub_earliest, pub_latest, "
            + "date_source, date_origin, date_confidence, date_explanation, language, input, url, version, chars, "
            + "CASE WHEN title = '' THEN substr(text, 1, 400) END "
            + "FROM articles ";

    private static List<ArticleSummary> summaries(PreparedStatement ps) throws SQLException {
        List<ArticleSummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                PublicationDate pd = new PublicationDate(day(rs.getString(4)), day(rs.getString(5)),
                        day(rs.getString(6)), DateSource.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getDouble(9), rs.getString(10));
                out.add(new ArticleSummary(rs.getString(1), Article.headline(rs.getString(2), rs.getString(16)), rs.getString(3), pd,
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getInt(14), rs.getInt(15)));
            }
        }
        return out;
    }

    /**
     * Every stored version of the article that {@code id} is a version of, oldest first; empty if
     * the id is not stored.
     */
    public List<ArticleSummary> versions(String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUMMARY
                    + "WHERE chain = (SELECT chain FROM articles WHERE id = ?) ORDER BY version, seq")) {
                ps.setString(1, id);
                return summaries(ps);
            }
        });
    }

    /**
     * The listing rows of exactly these article versions (not their other versions), in the order of
     * {@code ids}; ids that are not stored are left out. One query per 500 ids, where
     * {@link #versions} per id is one query each.
     */
    public List<ArticleSummary> summaries(List<String> ids) {
        Map<String, ArticleSummary> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            List<ArticleSummary> rows = read(c -> {
                try (PreparedStatement ps = c.prepareStatement(SUMMARY + "WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    return summaries(ps);
                }
            });
            for (ArticleSummary a : rows) {
                byId.put(a.id(), a);
            }
        }
        List<ArticleSummary> out = new ArrayList<>(byId.size());
        for (String id : ids) {
            ArticleSummary a = byId.get(id);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** The inputs recorded as duplicates of the stored article {@code id} (same content, another id). */
    public List<Duplicate> duplicatesOf(String id) {
        return read(c -> {
            List<Duplicate> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT input, url, id, of_id FROM duplicates WHERE of_id = ? ORDER BY rowid")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Duplicate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    private static LocalDate day(String iso) {
        if (iso == null) {
            return null;
        }
        // the stored form is always yyyy-mm-dd; reading it by hand is ~10x cheaper than the formatter
        if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
            int y = digits(iso, 0, 4);
            int m = digits(iso, 5, 7);
            int d = digits(iso, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(iso);
    }

    /** The number written by the ASCII digits {@code s[from, to)}, or -1 if one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Streams every latest version in ingestion order to {@code action}, one document in memory at a time. */
    public void forEachDocument(Consumer<Document> action) {
        Objects.requireNonNull(action, "action");
        read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT text, doc FROM articles WHERE latest = 1 ORDER BY seq")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(codec.decode(rs.getString(2), rs.getString(1)));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Full-text search over the latest versions. Throws {@link IllegalArgumentException}
     * ("bad query: …") for query text that does not parse.
     */
    public SearchHits search(SearchQuery query) throws StoreException {
        Objects.requireNonNull(query, "query");
        ensureOpen();
        try {
            return index.search(query);
        } catch (IOException e) {
            throw new StoreException("cannot search index " + dataDir.resolve(INDEX_DIR) + ": " + e, e);
        }
    }

    /**
     * Language and source counts over every hit of {@code query} (its limit and offset do not
     * matter). Throws {@link IllegalArgumentException} for query text that does not parse.
     */
    public FacetCounts facetCounts(SearchQuery query) throws StoreException {
        Objects.requireNonNull(query, "query");
        ensureOpen();
        try {
            return index.facets(query);
        } catch (IOException e) {
            throw new StoreException("cannot search index " + dataDir.resolve(INDEX_DIR) + ": " + e, e);
        }
    }

    /**
     * The version of the index that searches see now: it changes whenever stored, replaced or deleted
     * articles reach the index, so search results computed at one version may be reused while it holds.
     */
    public long searchVersion() throws StoreException {
        ensureOpen();
        try {
            return index.version();
        } catch (IOException e) {
            throw new StoreException("cannot read index " + dataDir.resolve(INDEX_DIR) + ": " + e, e);
        }
    }

    /** Counts over the whole store. */
    public StoreStats stats() {
        long indexed;
        try {
            indexed = index.numDocs();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read index " + dataDir.resolve(INDEX_DIR) + ": " + e, e);
        }
        return read(c -> {
            long articles = 0;
            long mentions = 0;
            long quantities = 0;
            long times = 0;
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(n_mentions), 0), "
                        + "COALESCE(SUM(n_quantities), 0), COALESCE(SUM(n_times), 0) FROM articles WHERE latest = 1")) {
                    rs.next();
                    articles = rs.getLong(1);
                    mentions = rs.getLong(2);
                    quantities = rs.getLong(3);
                    times = rs.getLong(4);
                }
                long versions = longOf(s, "SELECT COUNT(*) FROM articles");
                long duplicates = longOf(s, "SELECT COUNT(*) FROM duplicates");
                Map<String, Long> byLanguage = groupCount(s, "SELECT COALESCE(language, 'und'), COUNT(*) "
                        + "FROM articles WHERE latest = 1 GROUP BY 1");
                Map<String, Long> bySource = groupCount(s, "SELECT COALESCE(publisher, ''), COUNT(*) "
                        + "FROM articles WHERE latest = 1 GROUP BY 1");
                long dbBytes = size(dbFile) + size(dbFile.resolveSibling(DB_FILE + "-wal"));
                return new StoreStats(articles, versions, duplicates, indexed, byLanguage, bySource, mentions,
                        quantities, times, dbBytes, index.sizeBytes());
            }
        });
    }

    private static long size(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long longOf(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Map<String, Long> groupCount(Statement s, String sql) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    /**
     * The name to show for a group of mentions, from its names and their counts: for a person the knowledge base does
     * not know ({@code lb:auto:per:} ids), a name of two or more words when the mentions give one ("Selahattin
     * Demirtaş", not the more frequent bare "Demirtaş"); then the name most mentions carry (the entity's name in the
     * language of most of its articles: "Deutschland" in a store of German pages with a few English ones); ties by the
     * later name. Not the alphabetically last name, as before session 17 ("Germany" beside "Frankreich").
     */
    static String shownName(String entityId, Map<String, Long> counts, String fallback) {
        boolean auto = entityId != null && entityId.startsWith("lb:auto:per:");
        String best = null;
        long bestCount = -1;
        boolean bestFull = false;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            boolean full = auto && e.getKey().indexOf(' ') > 0;
            int cmp = best == null ? 1 : full != bestFull ? (full ? 1 : -1)
                    : e.getValue() != bestCount ? Long.compare(e.getValue(), bestCount) : e.getKey().compareTo(best);
            if (cmp > 0) {
                best = e.getKey();
                bestCount = e.getValue();
                bestFull = full;
            }
        }
        return best == null ? fallback : best;
    }

    /**
     * The names of one group of mentions with their counts: by entity id, or (no id) by name key; within one article,
     * within one story, or over the latest versions of all articles. The unary "+" keeps SQLite from driving a story's
     * or an article's look-up through the entity index (a country has mentions in most articles).
     */
    static Map<String, Long> nameCounts(Connection c, String entityId, String nameKey, String articleId, String storyId)
            throws SQLException {
        String key = entityId != null ? (articleId != null || storyId != null ? "+m.entity_id = ?" : "m.entity_id = ?")
                : (articleId != null || storyId != null ? "+m.entity_id IS NULL AND +m.name_key = ?"
                    : "m.entity_id IS NULL AND m.name_key = ?");
        String sql = "SELECT m.name, COUNT(*) FROM mentions m "
                + (storyId != null ? "JOIN story_articles sa ON sa.article_id = m.article_id "
                    + "JOIN articles a ON a.id = m.article_id AND a.latest = 1 WHERE sa.story_id = ? AND "
                    : articleId != null ? "WHERE m.article_id = ? AND "
                    : "JOIN articles a ON a.id = m.article_id AND a.latest = 1 WHERE ")
                + key + " GROUP BY m.name";
        Map<String, Long> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (storyId != null) {
                ps.setString(i++, storyId);
            } else if (articleId != null) {
                ps.setString(i++, articleId);
            }
            ps.setString(i, entityId != null ? entityId : nameKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /**
     * The {@code top} most mentioned entities, over the latest versions of all articles or within one
     * article (any version). Mentions are grouped by entity id, or by normalised name when they have none; each
     * shows the name {@link #shownName} picks from its mentions.
     */
    public List<EntityCount> entities(String articleIdOrNull, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top must not be negative: " + top);
        }
        String sql = "SELECT m.entity_id, MAX(m.name), MAX(m.type), COUNT(*), COUNT(DISTINCT m.article_id), MAX(m.name_key) "
                + "FROM mentions m "
                + (articleIdOrNull == null ? "JOIN articles a ON a.id = m.article_id AND a.latest = 1 "
                    : "WHERE m.article_id = ? ")
                + "GROUP BY COALESCE(m.entity_id, 'name:' || m.name_key) "
                + "ORDER BY 4 DESC, 5 DESC, 2 LIMIT ?";
        return read(c -> {
            List<EntityCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (articleIdOrNull != null) {
                    ps.setString(i++, articleIdOrNull);
                }
                ps.setInt(i, top);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        String name = shownName(id, nameCounts(c, id, rs.getString(6), articleIdOrNull, null), rs.getString(2));
                        out.add(new EntityCount(id, name, rs.getString(3), rs.getLong(4), rs.getLong(5)));
                    }
                }
            }
            // the order of the grouped query, by the shown name for ties
            out.sort(java.util.Comparator.comparingLong(EntityCount::mentions).reversed()
                    .thenComparing(java.util.Comparator.comparingLong(EntityCount::articles).reversed())
                    .thenComparing(EntityCount::name));
            return out;
        });
    }

    /**
     * Runs SQLite's {@code PRAGMA integrity_check} and compares the index with the database.
     * Returns "ok", or one line per problem found.
     */
    public String integrityCheck() {
        List<String> problems = read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equals(rs.getString(1))) {
                        out.add(dbFile + ": " + rs.getString(1));
                    }
                }
            }
            return out;
        });
        StoreStats s = stats();
        if (s.indexed() != s.articles()) {
            problems.add("index " + dataDir.resolve(INDEX_DIR) + " holds " + s.indexed() + " documents, the database "
                    + s.articles() + " latest versions (run reindex)");
        }
        return problems.isEmpty() ? "ok" : String.join("\n", problems);
    }

    /** The data directory this store lives in. */
    public Path dataDir() {
        return dataDir;
    }

    // ---------------------------------------------------------------- plumbing

    interface SqlFunction<T> {
        T apply(Connection c) throws SQLException;
    }

    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code f} on the write connection under the write lock, in one transaction: committed
     * when it returns, rolled back when it throws.
     */
    <T> T write(SqlFunction<T> f) throws StoreException {
        writeLock.lock();
        try {
            ensureWritable();
            try {
                T result = f.apply(writeConn);
                writeConn.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw new StoreException("cannot write " + dbFile + ": " + e.getMessage(), e);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** The duplicates, stories and derived state kept next to the articles. */
    public DerivedTables derived() {
        return derived;
    }

    /** The highest article seq stored so far (0 for an empty store). */
    public long maxSeq() {
        return read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM articles")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** A stored document with its seq (the order it was stored in). */
    public record Stored(long seq, Document document) {
    }

    /**
     * Streams the latest versions stored after {@code seq}, in seq order, at most {@code limit} of
     * them, one document in memory at a time.
     */
    public void forEachDocumentAfter(long seq, int limit, Consumer<Stored> action) {
        Objects.requireNonNull(action, "action");
        read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, text, doc FROM articles WHERE latest = 1 AND seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(new Stored(rs.getLong(1), codec.decode(rs.getString(3), rs.getString(2))));
                    }
                }
            }
            return null;
        });
    }

    <T> T read(SqlFunction<T> f) {
        if (closed) {
            throw new IllegalStateException("store " + dataDir + " is closed");
        }
        Connection c = null;
        try {
            c = readers.poll();
            if (c == null) {
                c = openReader();
            }
            T result = f.apply(c);
            c.commit(); // ends the read transaction: one consistent snapshot per call
            readers.push(c);
            c = null;
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + dbFile + ": " + e.getMessage(), e);
        } finally {
            if (c != null) {
                try {
                    c.close(); // possibly broken: do not pool it
                } catch (SQLException ignored) {
                    // nothing left to do with it
                }
            }
        }
    }

    private Connection openReader() throws SQLException {
        return openReader(dbFile);
    }

    private static Connection openReader(Path dbFile) throws SQLException {
        Properties p = new Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile, p);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("PRAGMA query_only = ON");
        }
        c.setAutoCommit(false);
        return c;
    }

    private void streamRows(String sql, long param, RowAction action) throws SQLException {
        Connection c = readers.poll();
        if (c == null) {
            c = openReader();
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(rs);
                }
            }
            c.commit();
            readers.push(c);
            c = null;
        } finally {
            if (c != null) {
                c.close();
            }
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = writeConn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            long v = rs.next() ? rs.getLong(1) : 0;
            writeConn.commit();
            return v;
        }
    }

    /** True if this store was opened with {@link #openReadOnly}: it reads another process's committed batches and writes nothing. */
    public boolean isReadOnly() {
        return index.isReadOnly();
    }

    private void ensureWritable() throws StoreException {
        ensureOpen();
        if (index.isReadOnly()) {
            throw new StoreException("store " + dataDir + " is open read-only");
        }
    }

    private void ensureOpen() throws StoreException {
        if (closed) {
            throw new StoreException("store " + dataDir + " is closed");
        }
    }

    /** Closes the index and the database; uncommitted index changes are dropped (the database rules). */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                index.close();
            } catch (IOException ignored) {
                // the index is derived data: it is caught up on the next open
            }
            if (st != null) {
                st.close();
            }
            Connection c;
            while ((c = readers.poll()) != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
            try {
                writeConn.close();
            } catch (SQLException ignored) {
                // committed data is safe in the WAL
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** A stored row's identity fields. */
    private record Row(String id, String hash, String chain, int version) {
    }

    /** Prepared statements of the write connection; used under the write lock only. */
    private final class Statements {
        final PreparedStatement byId;
        final PreparedStatement byHash;
        final PreparedStatement latestByUrl;
        final PreparedStatement latestOfChain;
        final PreparedStatement supersede;
        final PreparedStatement insertArticle;
        final PreparedStatement insertMention;
        final PreparedStatement insertQuantity;
        final PreparedStatement insertTime;
        final PreparedStatement insertDuplicate;

        Statements(Connection c) throws SQLException {
            String row = "SELECT id, content_hash, chain, version FROM articles ";
            byId = c.prepareStatement(row + "WHERE id = ?");
            byHash = c.prepareStatement(row + "WHERE content_hash = ?");
            latestByUrl = c.prepareStatement(row + "WHERE url = ? AND latest = 1 ORDER BY version DESC LIMIT 1");
            latestOfChain = c.prepareStatement(row + "WHERE chain = ? AND latest = 1 ORDER BY version DESC LIMIT 1");
            supersede = c.prepareStatement("UPDATE articles SET latest = 0 WHERE id = ?");
            String cols = COLUMNS.substring("seq, ".length());
            insertArticle = c.prepareStatement("INSERT INTO articles (" + cols + ") VALUES ("
                    + "?, ".repeat(cols.split(",").length - 1) + "?)");
            insertMention = c.prepareStatement("INSERT INTO mentions (article_id, start, end, type, entity_id, name, "
                    + "name_key, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            insertQuantity = c.prepareStatement("INSERT INTO quantities (article_id, start, end, text, value, min, max, "
                    + "approximate, qualifier, unit, unit_lemma, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertTime = c.prepareStatement("INSERT INTO times (article_id, start, end, text, type, value, mod) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)");
            insertDuplicate = c.prepareStatement("INSERT OR IGNORE INTO duplicates (input, url, id, of_id) "
                    + "VALUES (?, ?, ?, ?)");
        }

        Row rowBy(PreparedStatement ps, String key) throws SQLException {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)) : null;
            }
        }

        void markSuperseded(String id) throws SQLException {
            supersede.setString(1, id);
            supersede.executeUpdate();
        }

        void insertDuplicate(Article a, String ofId) throws SQLException {
            insertDuplicate.setString(1, a.input());
            insertDuplicate.setString(2, a.url());
            insertDuplicate.setString(3, a.id());
            insertDuplicate.setString(4, ofId);
            insertDuplicate.executeUpdate();
        }

        void insertArticle(Document doc, String hash, int version, String supersedes, String chain, long batch)
                throws SQLException {
            Article a = doc.article();
            PublicationDate pd = a.published();
            PreparedStatement ps = insertArticle;
            int i = 1;
            ps.setString(i++, a.id());
            ps.setString(i++, hash);
            ps.setString(i++, a.input());
            ps.setString(i++, a.format());
            ps.setString(i++, a.url());
            ps.setString(i++, a.title());
            ps.setString(i++, LuceneIndex.languageOf(doc));
            ps.setString(i++, a.publisher());
            ps.setString(i++, pd.date() == null ? null : pd.date().toString());
            if (pd.date() == null) {
                ps.setNull(i++, java.sql.Types.INTEGER);
            } else {
                ps.setLong(i++, pd.date().toEpochDay());
            }
            ps.setString(i++, pd.earliest() == null ? null : pd.earliest().toString());
            ps.setString(i++, pd.latest() == null ? null : pd.latest().toString());
            ps.setString(i++, pd.source().name());
            ps.setString(i++, pd.origin());
            ps.setDouble(i++, pd.confidence());
            ps.setString(i++, pd.explanation());
            ps.setInt(i++, version);
            ps.setString(i++, supersedes);
            ps.setString(i++, chain);
            ps.setInt(i++, 1);
            ps.setLong(i++, batch);
            ps.setInt(i++, a.text().length());
            ps.setInt(i++, doc.entities().size());
            ps.setInt(i++, doc.quantities().size());
            ps.setInt(i++, doc.times().size());
            ps.setString(i++, a.text());
            ps.setString(i, codec.encode(doc));
            ps.executeUpdate();

            if (!doc.entities().isEmpty()) {
                for (EntityMention m : doc.entities()) {
                    String name = m.name() == null || m.name().isBlank() ? m.text() : m.name();
                    insertMention.setString(1, a.id());
                    insertMention.setInt(2, m.span().start());
                    insertMention.setInt(3, m.span().end());
                    insertMention.setString(4, m.type().name());
                    insertMention.setString(5, m.entityId() == null || m.entityId().isBlank() ? null : m.entityId());
                    insertMention.setString(6, name);
                    insertMention.setString(7, ArticleIds.normalise(name));
                    insertMention.setString(8, m.text());
                    insertMention.addBatch();
                }
                insertMention.executeBatch();
            }
            if (!doc.quantities().isEmpty()) {
                for (Quantity q : doc.quantities()) {
                    insertQuantity.setString(1, a.id());
                    insertQuantity.setInt(2, q.span().start());
                    insertQuantity.setInt(3, q.span().end());
                    insertQuantity.setString(4, q.text());
                    setDouble(insertQuantity, 5, q.value());
                    setDouble(insertQuantity, 6, q.min());
                    setDouble(insertQuantity, 7, q.max());
                    insertQuantity.setInt(8, q.approximate() ? 1 : 0);
                    insertQuantity.setString(9, q.qualifier());
                    insertQuantity.setString(10, q.unit());
                    insertQuantity.setString(11, q.unitLemma());
                    insertQuantity.setString(12, q.counts());
                    insertQuantity.addBatch();
                }
                insertQuantity.executeBatch();
            }
            if (!doc.times().isEmpty()) {
                for (TimeExpression t : doc.times()) {
                    insertTime.setString(1, a.id());
                    insertTime.setInt(2, t.span().start());
                    insertTime.setInt(3, t.span().end());
                    insertTime.setString(4, t.text());
                    insertTime.setString(5, t.type().name());
                    insertTime.setString(6, t.value());
                    insertTime.setString(7, t.mod());
                    insertTime.addBatch();
                }
                insertTime.executeBatch();
            }
        }

        private void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
            if (v == null || v.isNaN() || v.isInfinite()) {
                ps.setNull(i, java.sql.Types.REAL);
            } else {
                ps.setDouble(i, v);
            }
        }

        void close() {
            for (PreparedStatement ps : List.of(byId, byHash, latestByUrl, latestOfChain, supersede, insertArticle,
                    insertMention, insertQuantity, insertTime, insertDuplicate)) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
        }
    }
}
