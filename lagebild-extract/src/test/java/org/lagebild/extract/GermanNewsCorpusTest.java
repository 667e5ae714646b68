package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;
import org.lagebild.model.BlockType;
import org.lagebild.model.RemovedText;

/**
 * False-positive check on real German news and opinion articles (SemEval-2023 Task 3, title line +
 * body): extraction must succeed, find the title, and remove almost nothing. Skipped when the data
 * under /work/shared/data is absent.
 */
class GermanNewsCorpusTest {
    private static final Path DATA = Path.of(System.getProperty("lagebild.data", "/work/shared/data"),
            "semeval2023t3-de-news");

    @Test
    void realArticlesLoseAlmostNothing() throws Exception {
        assumeTrue(Files.isDirectory(DATA.resolve("train")), "no SemEval-2023 German articles at " + DATA);
        ArticleExtractor extractor = new ArticleExtractor();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("train", "dev")) {
            if (Files.isDirectory(DATA.resolve(dir))) {
                try (Stream<Path> s = Files.list(DATA.resolve(dir))) {
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
        }
        long inputChars = 0;
        long removedChars = 0;
        int titled = 0;
        List<String> removed = new ArrayList<>();
        for (Path f : files) {
            String content = Files.readString(f, StandardCharsets.UTF_8);
            Article a = extractor.extract(new SourceRecord(f.getFileName().toString(), "text", "text/plain", content,
                    null, null, null, null, "de", null, null, null));
            inputChars += content.replaceAll("\\s+", "").length();
            if (a.blocks().get(0).type() == BlockType.TITLE) {
                titled++;
            }
            for (RemovedText r : a.removed()) {
                removedChars += r.text().replaceAll("\\s+", "").length();
                removed.add(f.getFileName() + "\t" + r.reason() + "\t" + r.text());
            }
        }
        double lost = (double) removedChars / inputChars;
        System.out.printf(Locale.ROOT, "semeval de: %d articles, %d titled, %d removed items, %.4f of chars removed%n",
                files.size(), titled, removed.size(), lost);
        removed.forEach(System.out::println);
        assertTrue(lost < 0.005, "removed share " + lost);
        assertTrue(titled >= files.size() * 0.95, "titled " + titled + " of " + files.size());
    }
}
