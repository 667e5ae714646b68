package org.lagebild.eval.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.lagebild.extract.BlockFeatures;
import org.lagebild.extract.BlockModel;

/**
 * Measuring tool for the block model (not a test): on the DEV pages of both benchmarks (TEST pages are never read)
 * prints the labelled blocks, the F1 of the rules alone, of the oracle that drops every labelled-boilerplate block
 * (the ceiling), and the cross-validated F1: pages grouped by site into 5 folds, each fold judged by a model trained
 * on the other folds with its threshold chosen inside them ({@link BlockModelTraining#train}).
 *
 * <pre>java -cp ... org.lagebild.eval.extraction.BlockModelCrossValidation TRAFILATURA-DIR SCRAPINGHUB-DIR</pre>
 */
public final class BlockModelCrossValidation {

    private BlockModelCrossValidation() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "learner %s, L2 %.1f, Scrapinghub boilerplate share < %.2f, unlabelled trafilatura blocks as content: %s%n",
                Boolean.getBoolean("blockml.stumps") ? "boosted stumps" : "logistic regression", BlockModelTraining.L2,
                BlockModelTraining.BOILERPLATE_SHARE, Boolean.getBoolean("blockml.unlabelledContent"));
        long t0 = System.nanoTime();
        List<BlockModelTraining.Page> pages = BlockModelTraining.pages(Path.of(args[0]), Path.of(args[1]));
        System.out.printf(Locale.ROOT, "read %d DEV pages in %.1f s%n", pages.size(), (System.nanoTime() - t0) / 1e9);
        for (boolean traf : new boolean[] {true, false}) {
            int pagesN = 0;
            int blocks = 0;
            int bp = 0;
            int content = 0;
            int bpPages = 0;
            int failed = 0;
            java.util.Set<String> sites = new java.util.TreeSet<>();
            for (BlockModelTraining.Page p : pages) {
                if (p.trafilatura() != traf) {
                    continue;
                }
                pagesN++;
                sites.add(p.site());
                failed += p.failed() ? 1 : 0;
                blocks += p.rows().size();
                boolean any = false;
                for (int l : p.labels()) {
                    bp += l == 1 ? 1 : 0;
                    content += l == 0 ? 1 : 0;
                    any |= l == 1;
                }
                bpPages += any ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%s: %d pages (%d sites, %d failed), %d kept body blocks: %d boilerplate on %d pages, %d content, %d unlabelled%n",
                    traf ? "trafilatura" : "scrapinghub", pagesN, sites.size(), failed, blocks, bp, bpPages, content, blocks - bp - content);
        }
        double[] rules = BlockModelTraining.f1(pages, BlockModelTraining.none(pages));
        double[] oracle = BlockModelTraining.f1(pages, BlockModelTraining.oracle(pages));
        print("rules alone", rules, rules);
        print("oracle (drop labelled boilerplate)", oracle, rules);

        int folds = BlockModelTraining.FOLDS;
        List<double[]> held = new ArrayList<>(Collections.nCopies(pages.size(), (double[]) null));
        List<boolean[]> drops = new ArrayList<>(Collections.nCopies(pages.size(), (boolean[]) null));
        int[] vetoedBy = new int[3]; // unlabelled, content, boilerplate
        for (int f = 0; f < folds; f++) {
            List<BlockModelTraining.Page> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (BlockModelTraining.fold(pages.get(p).site(), folds) == f) {
                    test.add(p);
                } else {
                    train.add(pages.get(p));
                }
            }
            BlockModelTraining.Learner learner = Boolean.getBoolean("blockml.stumps") ? Stumps::fit : BlockModelTraining.LOGISTIC;
            double threshold = BlockModelTraining.threshold(train, BlockModelTraining.outOfFold(train, folds - 1, "inner:", learner));
            java.util.function.ToDoubleFunction<double[]> m = learner.fit(train);
            List<BlockModelTraining.Page> testPages = new ArrayList<>();
            for (int p : test) {
                testPages.add(pages.get(p));
            }
            List<double[]> pr = BlockModelTraining.probabilities(m, testPages);
            List<boolean[]> d = BlockModelTraining.drops(pr, threshold);
            int vetoed = 0;
            for (int k = 0; k < test.size(); k++) {
                held.set(test.get(k), pr.get(k));
                drops.set(test.get(k), d.get(k));
                for (int i = 0; i < d.get(k).length; i++) {
                    if (d.get(k)[i]) {
                        vetoed++;
                        int l = pages.get(test.get(k)).labels()[i];
                        vetoedBy[l + 1]++;
                    }
                }
            }
            double[] before = BlockModelTraining.f1(testPages, BlockModelTraining.none(testPages));
            double[] after = BlockModelTraining.f1(testPages, d);
            System.out.printf(Locale.ROOT, "fold %d: %d train pages, %d held-out pages, threshold %.2f, %d blocks vetoed; held-out F1 traf %.4f -> %.4f, scrapinghub %.4f -> %.4f%n",
                    f, train.size(), test.size(), threshold, vetoed, before[0], after[0], before[1], after[1]);
        }
        print("cross-validated model (threshold chosen inside the training folds)", BlockModelTraining.f1(pages, drops), rules);
        System.out.printf(Locale.ROOT, "  held-out vetoes: %d labelled boilerplate, %d labelled content, %d unlabelled%n",
                vetoedBy[2], vetoedBy[1], vetoedBy[0]);
        for (double t : new double[] {0.5, 0.6, 0.7, 0.8, 0.9, 0.95}) {
            print(String.format(Locale.ROOT, "  for information: held-out probabilities at fixed threshold %.2f", t),
                    BlockModelTraining.f1(pages, BlockModelTraining.drops(held, t)), rules);
        }
        List<double[]> scored = new ArrayList<>(); // {probability, label}
        for (int p = 0; p < pages.size(); p++) {
            for (int i = 0; i < pages.get(p).rows().size(); i++) {
                if (pages.get(p).labels()[i] >= 0) {
                    scored.add(new double[] {held.get(p)[i], pages.get(p).labels()[i]});
                }
            }
        }
        System.out.printf(Locale.ROOT, "held-out ranking of labelled blocks: AUC %.3f%n", auc(scored));
        if (args.length > 2 && args[2].equals("--list")) {
            for (int p = 0; p < pages.size(); p++) {
                for (int i = 0; i < pages.get(p).rows().size(); i++) {
                    if (pages.get(p).labels()[i] == 1) {
                        String t = pages.get(p).rows().get(i).text().replace('\n', ' ');
                        System.out.printf(Locale.ROOT, "POS %s %.3f [%s] %s%n", pages.get(p).site(), held.get(p)[i],
                                pages.get(p).rows().get(i).type(), t.length() > 140 ? t.substring(0, 140) + "…" : t);
                    }
                }
            }
            for (int p = 0; p < pages.size(); p++) {
                BlockModelTraining.Page page = pages.get(p);
                for (int i = 0; i < page.rows().size(); i++) {
                    if (drops.get(p)[i]) {
                        String t = page.rows().get(i).text().replace('\n', ' ');
                        System.out.printf(Locale.ROOT, "VETO %s %.3f label %d [%s] %s%n", page.site(), held.get(p)[i], page.labels()[i],
                                page.rows().get(i).type(), t.length() > 140 ? t.substring(0, 140) + "…" : t);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "features: %s%ntotal %.1f s%n", BlockFeatures.NAMES, (System.nanoTime() - t0) / 1e9);
    }

    /** Boosted decision stumps on the logistic loss (200 rounds, step 0.1, splits at feature deciles). */
    static final class Stumps {
        static java.util.function.ToDoubleFunction<double[]> fit(List<BlockModelTraining.Page> pages) {
            List<double[]> xs = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            for (BlockModelTraining.Page p : pages) {
                for (int i = 0; i < p.rows().size(); i++) {
                    if (p.labels()[i] >= 0) {
                        xs.add(p.rows().get(i).features());
                        ys.add(p.labels()[i]);
                    }
                }
            }
            int n = BlockFeatures.NAMES.size();
            int m = xs.size();
            double[][] cuts = new double[n][];
            for (int j = 0; j < n; j++) {
                double[] v = new double[m];
                for (int r = 0; r < m; r++) {
                    v[r] = xs.get(r)[j];
                }
                java.util.Arrays.sort(v);
                java.util.TreeSet<Double> c = new java.util.TreeSet<>();
                for (int q = 1; q < 20; q++) {
                    c.add(v[q * m / 20]);
                }
                cuts[j] = c.stream().mapToDouble(Double::doubleValue).toArray();
            }
            double pos = 0;
            for (int y : ys) {
                pos += y;
            }
            double f0 = Math.log((pos + 1) / (m - pos + 1));
            double[] f = new double[m];
            java.util.Arrays.fill(f, f0);
            List<double[]> stumps = new ArrayList<>(); // feature, cut, left value, right value
            for (int round = 0; round < 200; round++) {
                double[] g = new double[m];
                double[] h = new double[m];
                for (int r = 0; r < m; r++) {
                    double p = 1 / (1 + Math.exp(-f[r]));
                    g[r] = ys.get(r) - p;
                    h[r] = Math.max(p * (1 - p), 1e-6);
                }
                double best = -1;
                double[] bestStump = null;
                for (int j = 0; j < n; j++) {
                    for (double cut : cuts[j]) {
                        double gl = 0, hl = 0, gr = 0, hr = 0;
                        for (int r = 0; r < m; r++) {
                            if (xs.get(r)[j] <= cut) {
                                gl += g[r];
                                hl += h[r];
                            } else {
                                gr += g[r];
                                hr += h[r];
                            }
                        }
                        double gain = gl * gl / (hl + 1) + gr * gr / (hr + 1);
                        if (gain > best) {
                            best = gain;
                            bestStump = new double[] {j, cut, 0.1 * gl / (hl + 1), 0.1 * gr / (hr + 1)};
                        }
                    }
                }
                stumps.add(bestStump);
                for (int r = 0; r < m; r++) {
                    f[r] += xs.get(r)[(int) bestStump[0]] <= bestStump[1] ? bestStump[2] : bestStump[3];
                }
            }
            return x -> {
                double z = f0;
                for (double[] s : stumps) {
                    z += x[(int) s[0]] <= s[1] ? s[2] : s[3];
                }
                return 1 / (1 + Math.exp(-z));
            };
        }
    }

    /** Area under the ROC curve of {probability, label} pairs (ties count half). */
    static double auc(List<double[]> scored) {
        double pos = 0;
        double neg = 0;
        double wins = 0;
        for (double[] a : scored) {
            if (a[1] != 1) {
                continue;
            }
            pos++;
            for (double[] b : scored) {
                if (b[1] == 0) {
                    wins += a[0] > b[0] ? 1 : a[0] == b[0] ? 0.5 : 0;
                }
            }
        }
        for (double[] b : scored) {
            neg += b[1] == 0 ? 1 : 0;
        }
        return pos == 0 || neg == 0 ? Double.NaN : wins / (pos * neg);
    }

    private static void print(String what, double[] f, double[] base) {
        System.out.printf(Locale.ROOT, "%s: trafilatura DEV F1 %.4f (%+.4f), scrapinghub DEV F1 %.4f (%+.4f)%n",
                what, f[0], f[0] - base[0], f[1], f[1] - base[1]);
    }
}
