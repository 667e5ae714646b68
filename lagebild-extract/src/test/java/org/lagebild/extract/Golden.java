package org.lagebild.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.MetaField;
import org.lagebild.model.RemovedText;

/** Golden-file helpers: discovery of inputs, records for them, and the TSV rendering of an article. */
final class Golden {
    static final Path ROOT = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "golden");

    private Golden() {
    }

    static List<Path> inputs() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".txt") || n.endsWith(".html");
            }).sorted().toList();
        }
    }

    static SourceRecord record(Path input) throws IOException {
        String content = Files.readString(input, StandardCharsets.UTF_8);
        boolean html = input.getFileName().toString().endsWith(".html");
        String name = ROOT.relativize(input).toString().replace('\\', '/');
        return new SourceRecord(name, html ? "html" : "text", html ? "text/html" : "text/plain", content,
                null, null, null, null, null, null, null, null);
    }

    static Path expected(Path input) {
        String n = input.getFileName().toString();
        return input.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".expected.tsv");
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Every block, then every removed item, then the resolved metadata. */
    static List<String> render(Article a) {
        List<String> out = new ArrayList<>();
        out.add("title\t" + esc(a.title()));
        for (Block b : a.blocks()) {
            out.add(b.type().label().toUpperCase(Locale.ROOT) + "\t" + esc(a.text(b)));
        }
        for (RemovedText r : a.removed()) {
            out.add("removed\t" + r.reason() + "\t" + esc(r.text()));
        }
        out.add("publisher\t" + esc(a.publisher()));
        out.add("byline\t" + esc(a.byline()));
        out.add("language\t" + esc(a.language()));
        out.add("published\t" + a.published().date() + "\t" + a.published().source() + "\t" + a.published().origin());
        for (MetaField m : a.meta()) {
            out.add("meta\t" + m.name() + "\t" + esc(m.value()) + "\t" + m.origin());
        }
        return out;
    }
}
