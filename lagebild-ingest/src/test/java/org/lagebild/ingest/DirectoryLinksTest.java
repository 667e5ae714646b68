package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory with a broken link and a link that loops back (docs/BAD-INPUT.md): the files are read,
 * the links are not followed, and each is named in a notice instead of vanishing unseen.
 */
class DirectoryLinksTest {

    @Test
    void brokenLinksAndLoopsAreNamedNotFollowed(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Titel\n\nDer Kreml hat am Montag Soldaten geschickt.\n");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("b.txt"), "Titel zwei\n\nDie Regierung in Berlin hat beschlossen.\n");
        Files.createSymbolicLink(sub.resolve("loop"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("stale.txt"), Path.of("nowhere.txt"));
        CollectingSink sink = new CollectingSink();
        new InputReader(InputOptions.defaults()).read(List.of(dir.toString()), sink);
        assertEquals(List.of(dir + "/a.txt", dir + "/sub/b.txt"), sink.records.stream().map(SourceRecord::input).toList());
        assertEquals(List.of(), sink.problems);
        assertEquals(List.of(dir + "/stale.txt: skipped: broken link",
                dir + "/sub/loop: skipped: link to a directory (not followed)"), sink.notices);
    }

    @Test
    void anEmptyDirectoryIsSaid(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("leer"));
        Files.writeString(dir.resolve(".hidden.txt"), "Titel\n\nText.\n");
        CollectingSink sink = new CollectingSink();
        new InputReader(InputOptions.defaults()).read(List.of(dir.toString()), sink);
        assertEquals(List.of(), sink.records);
        assertEquals(List.of(), sink.problems);
        assertEquals(List.of(dir + ": no files in this directory (hidden files are skipped)"), sink.notices);
    }
}
