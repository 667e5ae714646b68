package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing child JVM with SIGKILL mid-run, then checks that the store opens intact, the
 * index catches up with the database, and a rerun completes with every document exactly once.
 */
class KillTest {
    static final int TOTAL = 20_000;
    static final int BATCH = 200;
    static final int KILL_AFTER = 3_000;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hung child must not hang the build
    void survivesSigkillDuringPut(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("child.log");

        Process child = start(data, log);
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("stored ")) {
                    seen = Integer.parseInt(line.substring(7));
                    if (seen >= KILL_AFTER) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        child.waitFor();
        if (seen < KILL_AFTER) {
            fail("child ended before it could be killed (exit " + child.exitValue() + "): " + Files.readString(log));
        }

        try (Store store = Store.open(data)) {
            assertEquals("ok", integrityCheck(data.resolve(Store.DB_FILE)));
            StoreStats s = store.stats();
            assertTrue(s.articles() >= KILL_AFTER && s.articles() < TOTAL, "articles after kill: " + s.articles());
            assertEquals(s.articles(), s.indexed(), "index caught up with the database");
            assertEquals("ok", store.integrityCheck());
        }

        Process rerun = start(data, log);
        rerun.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertEquals(0, rerun.waitFor(), () -> "rerun failed: " + readQuietly(log));

        try (Store store = Store.open(data)) {
            StoreStats s = store.stats();
            assertEquals(TOTAL, s.articles());
            assertEquals(TOTAL, s.versions());
            assertEquals(TOTAL, s.indexed());
            assertEquals(TOTAL, store.search(new SearchQuery(null, null, null, null, null, null, 1, 0)).total());
            assertEquals(KillTestWriter.doc(12_345), store.document("kill-12345").orElseThrow());
        }
        assertEquals(TOTAL, distinctLiveIds(data.resolve(Store.INDEX_DIR)));
        assertEquals("ok", integrityCheck(data.resolve(Store.DB_FILE)));
    }

    private static Process start(Path data, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), KillTestWriter.class.getName(),
                data.toString(), Integer.toString(TOTAL), Integer.toString(BATCH)))
                .redirectError(log.toFile())
                .start();
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static String integrityCheck(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Counts ids with exactly one live document; fails on any id that is live twice. */
    private static long distinctLiveIds(Path indexDir) throws IOException {
        long ids = 0;
        try (FSDirectory d = FSDirectory.open(indexDir); DirectoryReader r = DirectoryReader.open(d)) {
            assertEquals(TOTAL, r.numDocs());
            java.util.Map<String, Integer> live = new java.util.HashMap<>();
            for (LeafReaderContext leaf : r.leaves()) {
                Terms terms = leaf.reader().terms("id");
                Bits liveDocs = leaf.reader().getLiveDocs();
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                while (te.next() != null) {
                    pe = te.postings(pe, PostingsEnum.NONE);
                    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                        if (liveDocs == null || liveDocs.get(doc)) {
                            live.merge(te.term().utf8ToString(), 1, Integer::sum);
                        }
                    }
                }
            }
            for (var e : live.entrySet()) {
                assertEquals(1, e.getValue(), () -> "id indexed twice: " + e.getKey());
                ids++;
            }
        }
        return ids;
    }
}
