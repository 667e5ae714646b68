package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data directory problems of docs/BAD-INPUT.md: the message says what is wrong and what to do. */
class DataDirProblemsTest {

    @Test
    void aTruncatedDatabaseIsNamedDamagedAndLeftAsItIs(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(IndexRecoveryTest.batch(0, 40));
        }
        Path db = dir.resolve(Store.DB_FILE);
        byte[] cut = Arrays.copyOf(Files.readAllBytes(db), 4096);
        Files.write(db, cut);
        for (var open : new java.util.concurrent.Callable<?>[]{() -> Store.open(dir), () -> Store.openReadOnly(dir)}) {
            StoreException e = assertThrows(StoreException.class, open::call);
            assertTrue(e.getMessage().contains(db.toString()) && e.getMessage().contains("is damaged"), e.getMessage());
            assertTrue(e.getMessage().contains("restore it from a backup"), e.getMessage());
        }
        assertArrayEquals(cut, Files.readAllBytes(db), "never rewritten");
    }

    @Test
    void aReadOnlyDataDirIsNamed(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            store.put(IndexRecoveryTest.batch(0, 5));
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(data), "running as root: a read-only directory is still writable");
            StoreException e = assertThrows(StoreException.class, () -> Store.open(data));
            assertTrue(e.getMessage().contains("is not writable"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
