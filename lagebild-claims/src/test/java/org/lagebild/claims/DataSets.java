package org.lagebild.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lagebild.annotate.Pipeline;
import org.lagebild.model.Document;

/**
 * Test helper: resolves gold input keys to annotated documents. "samples/…" are the seeds; "10kgnad:N" is data row N
 * (1-based) of ../shared/data/10kgnad/test.csv; "semeval:train/articleN.txt" a SemEval-2023 Task 3 article. Returns
 * null when the data set is absent.
 */
final class DataSets {
    private static List<String> gnad;

    private DataSets() {
    }

    static Path data() {
        Path p = Path.of("../../shared/data");
        return Files.isDirectory(p) ? p : Path.of("/work/shared/data");
    }

    static boolean present() {
        return Files.isDirectory(data().resolve("10kgnad")) && Files.isDirectory(data().resolve("semeval2023t3-de-news"));
    }

    static String content(String key) {
        try {
            if (key.startsWith("samples/")) {
                return Files.readString(Seeds.dir().resolve(key.substring("samples/".length())), StandardCharsets.UTF_8);
            }
            if (key.startsWith("semeval:")) {
                Path p = data().resolve("semeval2023t3-de-news").resolve(key.substring("semeval:".length()));
                return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
            }
            if (key.startsWith("10kgnad:")) {
                List<String> rows = gnad();
                int n = Integer.parseInt(key.substring("10kgnad:".length()));
                return rows == null || n > rows.size() ? null : rows.get(n - 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("unknown input key " + key);
    }

    static Document annotate(String key, Pipeline p) {
        String c = content(key);
        return c == null ? null : p.apply(Document.of(Seeds.article(key, c)), Seeds.CONTEXT);
    }

    /** The article texts of 10kGNAD's test.csv ("category;'text'", quote char '). */
    static synchronized List<String> gnad() throws IOException {
        if (gnad == null) {
            Path p = data().resolve("10kgnad/test.csv");
            if (!Files.isRegularFile(p)) {
                return null;
            }
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                int semi = line.indexOf(';');
                if (semi < 0) {
                    continue;
                }
                String t = line.substring(semi + 1).strip();
                if (t.startsWith("'") && t.endsWith("'") && t.length() >= 2) {
                    t = t.substring(1, t.length() - 1);
                }
                out.add(t.replace("''", "'"));
            }
            gnad = out;
        }
        return gnad;
    }
}
