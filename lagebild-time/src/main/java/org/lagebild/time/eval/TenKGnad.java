package org.lagebild.time.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads 10kGNAD's {@code test.csv}: one article a line, {@code label;'text'} (title and body in one
 * field, quotes doubled inside). Lines without a {@code ;} are skipped. Stateless.
 */
public final class TenKGnad {
    private TenKGnad() {
    }

    /** One article: its category ("Wirtschaft", "Sport", …) and its text. */
    public record Article(String label, String text) {
    }

    /** The articles, in file order. */
    public static List<Article> articles(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int semi = line.indexOf(';');
            if (semi < 0) {
                continue;
            }
            String t = line.substring(semi + 1).strip();
            if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
                t = t.substring(1, t.length() - 1);
            }
            out.add(new Article(line.substring(0, semi), t.replace("''", "'")));
        }
        return out;
    }

    /** The articles' texts, in file order. */
    public static List<String> texts(Path file) throws IOException {
        return articles(file).stream().map(Article::text).toList();
    }
}
