package org.lagebild.time.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.model.Article;
import org.lagebild.model.Document;
import org.lagebild.model.Quantity;
import org.lagebild.model.TimeExpression;
import org.lagebild.time.internal.SimpleSentences;
import org.lagebild.time.quantity.QuantityTagger;
import org.lagebild.time.timex.TimeTagger;

/**
 * A development tool, not a test: writes every time expression and quantity the taggers find on a
 * fixed sample (the seeds, the WikiWarsDE documents in both modes, all 10kGNAD test articles, the
 * SemEval 2023 German train articles, each read when present) to one file, so that a speed change
 * can be checked to leave the output identical ({@code diff before.txt after.txt}). The dump holds
 * offsets, values and rule ids but no article text beyond the matched spans; keep it out of the
 * repository. Args: output file, data dir (default ../../shared/data), samples dir (default ../samples).
 */
public final class TaggerOutputDump {
    private TaggerOutputDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/lagebild-time-dump.txt");
        Path data = Path.of(args.length > 1 ? args[1] : "../../shared/data");
        Path samples = Path.of(args.length > 2 ? args[2] : "../samples");
        List<String[]> docs = new ArrayList<>(); // name, text, reference date
        if (Files.isDirectory(samples)) {
            try (Stream<Path> s = Files.list(samples)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    docs.add(new String[] {"seed:" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8), "2025-06-15"});
                }
            }
        }
        Path gnad = data.resolve("10kgnad/test.csv");
        if (Files.exists(gnad)) {
            List<String> lines = Files.readAllLines(gnad, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.indexOf(';') > 0) {
                    docs.add(new String[] {"10kgnad:" + i, l.substring(l.indexOf(';') + 1), "2016-01-01"});
                }
            }
        }
        Path semeval = data.resolve("semeval2023t3-de-news/train");
        if (Files.isDirectory(semeval)) {
            try (Stream<Path> s = Files.list(semeval)) {
                for (Path p : s.sorted().toList()) {
                    docs.add(new String[] {"semeval:" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8), "2022-03-01"});
                }
            }
        }
        TimeTagger news = new TimeTagger();
        TimeTagger narrative = new TimeTagger(TimeTagger.Mode.NARRATIVE);
        QuantityTagger quantities = new QuantityTagger();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (String[] d : docs) {
                LocalDate ref = LocalDate.parse(d[2]);
                Document doc = document(d[1], ref);
                AnnotationContext ctx = new AnnotationContext(ref);
                Document tagged = quantities.apply(news.apply(doc, ctx), ctx);
                w.println("## " + d[0]);
                times(w, "news", tagged.times());
                for (Quantity q : tagged.quantities()) {
                    w.println("Q\t" + q);
                }
                if (!d[0].startsWith("10kgnad:")) {
                    times(w, "narrative", narrative.apply(doc, ctx).times());
                }
            }
            if (Files.isDirectory(data.resolve("wikiwarsde-timex"))) {
                for (WikiWarsEvaluation.GoldDoc g : WikiWarsEvaluation.read(data.resolve("wikiwarsde-timex"))) {
                    w.println("## wikiwars:" + g.name());
                    Document doc = document(g.text(), g.dct());
                    times(w, "narrative", narrative.tag(g.text(), doc.sentences(), "de", g.dct()));
                    times(w, "news", news.tag(g.text(), doc.sentences(), "de", g.dct()));
                    for (Quantity q : quantities.tag(g.text(), "de")) {
                        w.println("Q\t" + q);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        System.out.println(docs.size() + " documents dumped to " + out);
    }

    static Document document(String text, LocalDate ref) {
        Article a = new Article("x", "dump", "text", null, "", text, List.of(), List.of(), List.of(), "de", null, null, null);
        return Document.of(a).withLanguage("de", 1).withSentences(SimpleSentences.split(text)).withReferenceTime(ref);
    }

    static void times(PrintWriter w, String mode, List<TimeExpression> times) {
        for (TimeExpression t : times) {
            w.println("T " + mode + "\t" + t);
        }
    }
}
