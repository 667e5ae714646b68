package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathExpansionTest {

    @TempDir
    Path root;

    private final InputReader reader = new InputReader(InputOptions.defaults());

    @BeforeEach
    void tree() throws IOException {
        Files.createDirectories(root.resolve("data/b/deep"));
        Files.createDirectories(root.resolve("data/.hidden"));
        Files.writeString(root.resolve("data/z.txt"), "Zett");
        Files.writeString(root.resolve("data/a.txt"), "Ah");
        Files.writeString(root.resolve("data/.secret.txt"), "versteckt");
        Files.writeString(root.resolve("data/.hidden/x.txt"), "versteckt");
        Files.writeString(root.resolve("data/b/m.jsonl"), "{\"text\": \"Em\"}\n");
        Files.writeString(root.resolve("data/b/deep/n.jsonl"), "{\"text\": \"En\"}\n");
    }

    private List<String> inputs(String... paths) {
        CollectingSink sink = new CollectingSink();
        reader.read(List.of(paths), sink);
        assertEquals(List.of(), sink.problems);
        return sink.records.stream().map(SourceRecord::input).toList();
    }

    private String p(String relative) {
        return root.resolve(relative).toString();
    }

    @Test
    void directoryIsWalkedSortedWithoutHiddenFiles() {
        assertEquals(List.of(p("data") + "/a.txt", p("data") + "/b/deep/n.jsonl:1", p("data") + "/b/m.jsonl:1",
                p("data") + "/z.txt"), inputs(p("data")));
    }

    @Test
    void doubleStarMatchesAnyDepthIncludingNone() {
        assertEquals(List.of(p("data/b/deep/n.jsonl") + ":1", p("data/b/m.jsonl") + ":1"), inputs(p("data") + "/**/*.jsonl"));
        assertEquals(List.of(p("data/a.txt"), p("data/z.txt")), inputs(p("data") + "/**/*.txt"));
    }

    @Test
    void singleStarStaysInItsDirectory() {
        assertEquals(List.of(p("data/a.txt"), p("data/z.txt")), inputs(p("data") + "/*.txt"));
        assertEquals(List.of(p("data/b/m.jsonl") + ":1"), inputs(p("data") + "/*/*.jsonl"));
    }

    @Test
    void relativeGlobKeepsRelativeNames() {
        List<String> names = inputs("src/test/resources/good/*.atom");
        assertEquals(List.of("src/test/resources/good/feed.atom#1", "src/test/resources/good/feed.atom#2"), names);
    }

    @Test
    void fileGivenTwiceIsReadTwice() {
        assertEquals(List.of(p("data/a.txt"), p("data/a.txt")), inputs(p("data/a.txt"), p("data/a.txt")));
    }
}
