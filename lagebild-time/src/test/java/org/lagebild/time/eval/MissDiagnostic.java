package org.lagebild.time.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.TimeExpression;
import org.lagebild.time.internal.SimpleSentences;
import org.lagebild.time.pubdate.PublicationDateResolver;
import org.lagebild.time.timex.TimeTagger;

/**
 * Prints the misses of both evaluations (not a test; run by hand with the data path):
 * {@code wikiwars <dir>} lists gold/system value pairs that differ, {@code dates <dataDir>} lists
 * pages whose true date falls outside the inferred window.
 */
public final class MissDiagnostic {
    private MissDiagnostic() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("wikiwars")) {
            TimeTagger tagger = new TimeTagger(TimeTagger.Mode.NARRATIVE);
            for (WikiWarsEvaluation.GoldDoc d : WikiWarsEvaluation.read(Path.of(args[1]))) {
                List<TimeExpression> s = tagger.tag(d.text(), SimpleSentences.split(d.text()), "de", d.dct());
                for (WikiWarsEvaluation.Gold g : d.gold()) {
                    TimeExpression best = null;
                    for (TimeExpression t : s) {
                        if (t.span().start() < g.end() && g.start() < t.span().end()) {
                            best = t;
                            if (t.span().start() == g.start() && t.span().end() == g.end()) {
                                break;
                            }
                        }
                    }
                    boolean exact = best != null && best.span().start() == g.start() && best.span().end() == g.end();
                    boolean val = best != null && g.value() != null && g.value().equals(best.value());
                    if (!exact || !val) {
                        String ctx = d.text().substring(Math.max(0, g.start() - 60), Math.min(d.text().length(), g.end() + 30)).replace('\n', ' ');
                        System.out.println((best == null ? "MISS" : !exact ? "SPAN" : "VAL ") + "\t" + g.text() + "\t" + g.value()
                                + "\t" + (best == null ? "-" : best.text() + "=" + best.value() + " [" + best.provenance().rule() + "]")
                                + "\t" + ctx);
                    }
                }
                for (TimeExpression t : s) {
                    boolean any = d.gold().stream().anyMatch(g -> t.span().start() < g.end() && g.start() < t.span().end());
                    if (!any) {
                        String ctx = d.text().substring(Math.max(0, t.span().start() - 60), Math.min(d.text().length(), t.span().end() + 30)).replace('\n', ' ');
                        System.out.println("FP  \t" + t.text() + "=" + t.value() + " [" + t.provenance().rule() + "]\t" + ctx);
                    }
                }
            }
        } else {
            Path dir = Path.of(args[1]).resolve("trafilatura-eval");
            Map<String, String> dates = DateEvaluation.goldDates(Files.readString(dir.resolve("evaldata.json")));
            PublicationDateResolver r = new PublicationDateResolver();
            for (String line : Files.readAllLines(dir.resolve("manifest.tsv"))) {
                String[] c = line.split("\t");
                if (c.length < 5 || !c[4].equals("de") || !dates.containsKey(c[0])) {
                    continue;
                }
                LocalDate truth;
                try {
                    truth = LocalDate.parse(dates.get(c[0]).substring(0, 10));
                } catch (RuntimeException e) {
                    continue;
                }
                String text = DateEvaluation.visibleText(dir.resolve(c[3]));
                PublicationDate p = r.resolve(text, SimpleSentences.split(text), "de");
                if (!DateEvaluation.holds(p, truth)) {
                    System.out.println(truth + "\t" + (p.isKnown() ? p.earliest() + ".." + p.latest() + "\t" + p.origin() + "\t" + p.explanation() : "UNKNOWN")
                            + "\t" + c[3]);
                }
            }
        }
    }
}
