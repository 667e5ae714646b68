package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lagebild.model.Article;

/**
 * Runs every {@code *.txt} / {@code *.html} input under src/test/resources/golden/ and compares the
 * rendered article with its {@code NAME.expected.tsv} in full. Run with {@code -Dgolden.update=true}
 * to rewrite the expected files (leading "#" comment lines are kept), then review the diff.
 */
class GoldenFileTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    static Stream<Path> inputs() throws IOException {
        return Golden.inputs().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void matchesExpected(Path input) throws Exception {
        Article a = EXTRACTOR.extract(Golden.record(input));
        List<String> actual = Golden.render(a);
        Path expectedFile = Golden.expected(input);
        List<String> comments = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        if (Files.exists(expectedFile)) {
            for (String line : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
                (line.startsWith("#") ? comments : expected).add(line);
            }
        }
        if (Boolean.getBoolean("golden.update")) {
            List<String> out = new ArrayList<>(comments);
            out.addAll(actual);
            Files.write(expectedFile, out, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), "golden file " + expectedFile);
    }
}
