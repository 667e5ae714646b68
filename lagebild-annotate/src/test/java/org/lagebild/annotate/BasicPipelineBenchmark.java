package org.lagebild.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lagebild.annotate.lang.LanguageIdentifier;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.Document;
import org.lagebild.model.Span;

/**
 * Throughput of {@link Pipelines#basic()} and of {@link LanguageIdentifier} alone, single
 * thread, in articles per CPU-second of the measuring thread, over the 10kGNAD test split ({@code /work/shared/data/10kgnad/test.csv}, lines
 * {@code category;text}, text optionally quoted with ' and '' for a quote). Not a test. Usage:
 * {@code BasicPipelineBenchmark [path-to-test.csv] [rounds]}.
 */
public final class BasicPipelineBenchmark {
    /** CPU time of this thread: the machine is shared, so wall time would measure the neighbours. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args.length > 0 ? args[0] : "/work/shared/data/10kgnad/test.csv");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.exists(csv)) {
            System.err.println("10kGNAD not found at " + csv + ": nothing to measure");
            return;
        }
        List<Document> docs = new ArrayList<>();
        long chars = 0;
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            int semi = line.indexOf(';');
            if (semi < 0) {
                continue;
            }
            String text = line.substring(semi + 1);
            if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
                text = text.substring(1, text.length() - 1).replace("''", "'");
            }
            chars += text.length();
            Article a = new Article("gnad-" + docs.size(), csv + "#" + docs.size(), "text", null, null, text,
                    List.of(new Block(BlockType.PARAGRAPH, new Span(0, text.length()))), List.of(), List.of(),
                    null, null, null, null);
            docs.add(Document.of(a));
        }
        System.out.printf(Locale.ROOT, "%d articles, mean %d chars%n", docs.size(), chars / docs.size());
        AnnotationContext ctx = new AnnotationContext(LocalDate.of(2016, 1, 1));

        LanguageIdentifier id = new LanguageIdentifier();
        Pipeline basic = Pipelines.basic();
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu();
            int german = 0;
            for (int k = 0; k < 5; k++) {
                for (Document d : docs) {
                    if (id.apply(d, ctx).language().equals("de")) {
                        german++;
                    }
                }
            }
            double s = (cpu() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "language id: %.0f articles per CPU-second (%.1f MB/s), %d of %d identified as de%n",
                    5 * docs.size() / s, 5 * chars / s / 1e6, german / 5, docs.size());

            t0 = cpu();
            long sentences = 0;
            long tokens = 0;
            for (Document d : docs) {
                Document out = basic.apply(d, ctx);
                sentences += out.sentences().size();
                tokens += out.tokens().size();
            }
            s = (cpu() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "basic pipeline: %.0f articles per CPU-second (%.2f MB/s), %d sentences, %d tokens%n",
                    docs.size() / s, chars / s / 1e6, sentences, tokens);
        }
    }
}
