package org.lagebild.annotate.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Pipelines;
import org.lagebild.model.Document;
import org.lagebild.model.Sentence;

/**
 * Golden sentence splits of the five seed articles (repository folder {@code samples/}), each
 * non-blank line taken as one block. Expected files: {@code golden/<seed>.tsv} with columns
 * {@code start, end, sentence} (new lines in a sentence written as "\n"); lines starting with '#'
 * are comments (known wrong outputs are noted there). Run with {@code -Dlagebild.rewriteGolden=true}
 * to rewrite the expected files from the current output, then review the diff.
 */
class SentenceGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/org/lagebild/annotate/sentence/golden");

    static Stream<Path> seeds() throws IOException {
        Path dir = Path.of("../samples");
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seed(Path seed) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GOLDEN), "golden folder not found (run from the module directory)");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        String name = seed.getFileName().toString().replace(".txt", "");
        Document d = Pipelines.basic().apply(Document.of(TestArticles.byLines(name, text)),
                new AnnotationContext(LocalDate.of(2025, 1, 1)));
        assertEquals("de", d.language());
        List<String> actual = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            actual.add(s.span().start() + "\t" + s.span().end() + "\t" + s.span().of(text).replace("\n", "\\n"));
        }
        Path expectedFile = GOLDEN.resolve(name + ".tsv");
        if (Boolean.getBoolean("lagebild.rewriteGolden")) {
            List<String> out = new ArrayList<>();
            if (Files.exists(expectedFile)) {
                Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("#")).forEach(out::add);
            } else {
                out.add("# Expected sentences of samples/" + seed.getFileName() + " (one block per non-blank line).");
            }
            out.add("start\tend\tsentence");
            out.addAll(actual);
            Files.write(expectedFile, out, StandardCharsets.UTF_8);
        }
        Assumptions.assumeTrue(Files.exists(expectedFile), "no golden file " + expectedFile);
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).skip(1).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual), name);
    }
}
