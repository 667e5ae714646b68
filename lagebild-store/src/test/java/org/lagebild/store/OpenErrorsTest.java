package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenErrorsTest {

    @Test
    void aFileWhereTheDataDirShouldBe(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("data"), "not a dir");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
    }

    @Test
    void aCorruptDatabaseIsReportedAndLeftAlone(@TempDir Path dir) throws Exception {
        Path db = dir.resolve(Store.DB_FILE);
        byte[] junk = "this is certainly not an SQLite database file, just some text bytes....".repeat(100)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(db, junk);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains(db.toString()), e.getMessage());
        assertArrayEquals(junk, Files.readAllBytes(db), "never recreated");
    }

    @Test
    void aForeignSqliteDatabaseIsRefused(@TempDir Path dir) throws Exception {
        Path db = dir.resolve(Store.DB_FILE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE something (x INTEGER)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("not a Lagebild store"), e.getMessage());
    }

    @Test
    void aSecondWriterIsRefusedWithAMessage(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(List.of(TestDocs.simple("x", "y.", null, "de", null, null)));
            StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
            assertTrue(e.getMessage().contains("locked"), e.getMessage());
        }
    }
}
