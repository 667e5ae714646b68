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

    @Test
    void theDataDirectoryInsideTheInputIsNotRead(@TempDir Path tmp) throws IOException {
        // "lagebild ingest ." where ./lagebild-data lies: the store's own files are no articles
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Titel\n\nDer Kreml hat am Montag Soldaten geschickt.\n");
        Path data = Files.createDirectories(dir.resolve("lagebild-data"));
        Files.write(data.resolve("lagebild.db"), new byte[] {0, 1, 2, 3});
        CollectingSink sink = new CollectingSink();
        new InputReader(InputOptions.defaults().withOwnDirectory(data)).read(List.of(dir.toString(), dir + "/**/*.db"), sink);
        assertEquals(List.of(dir + "/a.txt"), sink.records.stream().map(SourceRecord::input).toList());
        assertEquals(List.of(dir + "/**/*.db: no files match"), sink.problems.stream().map(p -> p.input() + ": " + p.reason()).toList());
        assertEquals(List.of(dir + "/lagebild-data: skipped: the data directory the articles are stored in",
                dir + "/lagebild-data: skipped: the data directory the articles are stored in"), sink.notices);
        // named directly, it is skipped too; without the option it is read like any directory
        CollectingSink direct = new CollectingSink();
        new InputReader(InputOptions.defaults().withOwnDirectory(dir.resolve(".").resolve("lagebild-data"))).read(List.of(data.toString()), direct);
        assertEquals(List.of(), direct.records);
        assertEquals(List.of(data + ": skipped: the data directory the articles are stored in"), direct.notices);
        CollectingSink plain = new CollectingSink();
        new InputReader(InputOptions.defaults()).read(List.of(dir.toString()), plain);
        assertEquals(2, plain.records.size() + plain.problems.size());
    }
}
