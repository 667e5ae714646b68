package org.lagebild.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.extract.BlockFeatures;
import org.lagebild.extract.BlockModel;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.ingest.charset.CharsetDetector;
import org.lagebild.ingest.charset.Decoded;
import org.lagebild.model.Article;

/**
 * Trains and measures the block model ({@link BlockModel}) on the DEV pages of the trafilatura and Scrapinghub
 * benchmarks (TEST pages, by {@link Split}, are never read). Each page is extracted once by the rules alone; each
 * kept body block gets its {@link BlockFeatures} and a label from the gold: Scrapinghub, the share of its 4-token
 * shingles in the gold body (under 0.2 boilerplate, over 0.8 content; a block of fewer than 4 tokens: whether its
 * token run is in the gold); trafilatura, a block holding a "without" snippet is boilerplate, one holding a "with"
 * snippet content. Other blocks are unlabelled and not trained on. A page's output with some blocks dropped is the
 * rest joined as the article would show them, so vetoes are scored without extracting again.
 *
 * <p>The learner is an L2-regularised logistic regression (Newton steps, standardised features), deterministic.
 * The threshold is the one that maximises the sum of the two benchmarks' F1 gains on out-of-fold probabilities of
 * the training pages (inner folds by site).
 */
public final class BlockModelTraining {

    /** L2 penalty on the standardised weights. */
    static final double L2 = Double.parseDouble(System.getProperty("blockml.l2", "1.0"));
    static final int FOLDS = 5;
    /** A Scrapinghub block with less than this share of its shingles in the gold body is boilerplate. */
    static final double BOILERPLATE_SHARE = Double.parseDouble(System.getProperty("blockml.share", "0.2"));
    static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 1.01};

    /** One DEV page: its benchmark, site, the rules' body blocks with labels (+1 boilerplate, 0 content, -1 none). */
    public record Page(boolean trafilatura, String id, String site, List<BlockFeatures.Row> rows, int[] labels,
                       boolean failed, List<String> with, List<String> without, String goldBody) {
    }

    private BlockModelTraining() {
    }

    /** Reads and labels the DEV pages of both benchmarks (either directory may be null). */
    public static List<Page> pages(Path trafilatura, Path scrapinghub) throws IOException {
        ArticleExtractor rules = new ArticleExtractor(null);
        List<Page> out = new ArrayList<>();
        if (trafilatura != null) {
            JsonNode evaldata = Json.MAPPER.readTree(Files.readString(trafilatura.resolve("evaldata.json"), StandardCharsets.UTF_8));
            Map<String, String[]> manifest = TrafilaturaEvaluation.readManifest(trafilatura.resolve("manifest.tsv"));
            for (Iterator<Map.Entry<String, JsonNode>> it = evaldata.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String url = e.getKey();
                if (Split.isTest(url)) {
                    continue;
                }
                String[] row = manifest.get(url);
                Path file = trafilatura.resolve(row != null ? row[0] : "html/" + e.getValue().path("file").asText() + ".gz");
                List<String> with = strings(e.getValue().path("with"));
                List<String> without = strings(e.getValue().path("without"));
                List<BlockFeatures.Row> rows = new ArrayList<>();
                boolean failed = !extract(rules, PageExtraction.read(file), file.toString(), url, rows);
                out.add(new Page(true, url, site(url), rows, trafilaturaLabels(rows, with, without), failed, with,
                        without, null));
            }
        }
        if (scrapinghub != null) {
            JsonNode gold = Json.MAPPER.readTree(Files.newBufferedReader(scrapinghub.resolve("ground-truth.json")));
            for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String id = e.getKey();
                if (Split.isTest(id)) {
                    continue;
                }
                String body = e.getValue().path("articleBody").asText("");
                String url = e.getValue().path("url").isTextual() ? e.getValue().get("url").asText() : null;
                Path file = scrapinghub.resolve("html").resolve(id + ".html.gz");
                List<BlockFeatures.Row> rows = new ArrayList<>();
                boolean failed = !extract(rules, PageExtraction.read(file), file.toString(), url, rows);
                out.add(new Page(false, id, url == null ? id : site(url), rows, scrapinghubLabels(rows, body), failed,
                        null, null, body));
            }
        }
        return out;
    }

    private static boolean extract(ArticleExtractor x, byte[] html, String input, String url, List<BlockFeatures.Row> rows) {
        try {
            Decoded decoded = CharsetDetector.decode(html, null, true);
            SourceRecord rec = new SourceRecord(input, "html", SourceRecord.TEXT_HTML, decoded.text(), url,
                    null, null, null, null, null, decoded.charset(), null);
            Article a = x.extract(rec, rows);
            String sim = output(rows, new boolean[rows.size()]);
            if (!sim.equals(OutputView.BODY.render(a))) {
                throw new IllegalStateException("block rows do not give the article's body: " + input);
            }
            return true;
        } catch (Exception | StackOverflowError e) {
            rows.clear();
            return false;
        }
    }

    /** The host of a URL without "www.", the site a page belongs to. */
    static String site(String url) {
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            h = h == null ? url : h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** The fold of a site: CRC-32 of its name modulo the number of folds. */
    static int fold(String site, int folds) {
        CRC32 crc = new CRC32();
        crc.update(site.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % folds);
    }

    static int[] trafilaturaLabels(List<BlockFeatures.Row> rows, List<String> with, List<String> without) {
        int[] labels = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String t = SnippetScoring.normalise(rows.get(i).text());
            boolean in = contains(t, with);
            boolean out = contains(t, without);
            // both: the gold contradicts itself, no label; neither: no label (or content, for a trial)
            labels[i] = in && out ? -1 : out ? 1 : in ? 0 : Boolean.getBoolean("blockml.unlabelledContent") ? 0 : -1;
        }
        return labels;
    }

    private static boolean contains(String normalisedText, List<String> snippets) {
        for (String s : snippets) {
            String n = SnippetScoring.normalise(s);
            if (!n.isEmpty() && normalisedText.contains(n)) {
                return true;
            }
        }
        return false;
    }

    static int[] scrapinghubLabels(List<BlockFeatures.Row> rows, String body) {
        Map<String, Integer> gold = ShingleScoring.shingles(body, ShingleScoring.SHINGLE);
        String goldTokens = " " + String.join(" ", ShingleScoring.tokens(body)) + " ";
        int[] labels = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            List<String> tokens = ShingleScoring.tokens(rows.get(i).text());
            double share;
            if (tokens.isEmpty()) {
                labels[i] = -1;
                continue;
            } else if (tokens.size() < ShingleScoring.SHINGLE) {
                share = goldTokens.contains(" " + String.join(" ", tokens) + " ") ? 1 : 0;
            } else {
                Map<String, Integer> s = ShingleScoring.shingles(rows.get(i).text(), ShingleScoring.SHINGLE);
                int hit = 0;
                for (String k : s.keySet()) {
                    hit += gold.containsKey(k) ? 1 : 0;
                }
                share = (double) hit / s.size();
            }
            labels[i] = share < BOILERPLATE_SHARE ? 1 : share > 0.8 ? 0 : -1;
        }
        return labels;
    }

    /** A page's body output with the marked blocks dropped; when all are marked the last stays, as in the extractor. */
    static String output(List<BlockFeatures.Row> rows, boolean[] drop) {
        boolean all = rows.size() > 0;
        for (boolean d : drop) {
            all &= d;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            if (drop[i] && !(all && i == rows.size() - 1)) {
                continue;
            }
            if (s.length() > 0) {
                s.append("\n\n");
            }
            s.append(rows.get(i).text());
        }
        return s.toString();
    }

    /** F1 of each benchmark (trafilatura, Scrapinghub; NaN when none of its pages) with the given drops per page. */
    static double[] f1(List<Page> pages, List<boolean[]> drops) {
        SnippetCounts total = SnippetCounts.ZERO;
        Map<String, String> gold = new TreeMap<>();
        Map<String, String> predicted = new TreeMap<>();
        boolean anyTraf = false;
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            String out = page.failed() ? null : output(page.rows(), drops.get(p));
            if (page.trafilatura()) {
                anyTraf = true;
                total = total.plus(SnippetScoring.score(out, page.with(), page.without()).counts());
            } else {
                gold.put(page.id(), page.goldBody());
                predicted.put(page.id(), out == null ? "" : out);
            }
        }
        return new double[] {anyTraf ? total.f1() : Double.NaN,
                gold.isEmpty() ? Double.NaN : ScrapinghubEvaluation.score(gold, predicted).f1()};
    }

    static List<boolean[]> none(List<Page> pages) {
        List<boolean[]> out = new ArrayList<>();
        for (Page p : pages) {
            out.add(new boolean[p.rows().size()]);
        }
        return out;
    }

    /** The oracle: every labelled-boilerplate block dropped. */
    static List<boolean[]> oracle(List<Page> pages) {
        List<boolean[]> out = new ArrayList<>();
        for (Page p : pages) {
            boolean[] d = new boolean[p.rows().size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = p.labels()[i] == 1;
            }
            out.add(d);
        }
        return out;
    }

    /** Drops by probability over a threshold. */
    static List<boolean[]> drops(List<double[]> probabilities, double threshold) {
        List<boolean[]> out = new ArrayList<>();
        for (double[] pr : probabilities) {
            boolean[] d = new boolean[pr.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = pr[i] > threshold;
            }
            out.add(d);
        }
        return out;
    }

    /** Trains a logistic regression on the labelled blocks of these pages (threshold left at 1, never). */
    public static BlockModel fit(List<Page> pages) {
        int n = BlockFeatures.NAMES.size();
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Page p : pages) {
            for (int i = 0; i < p.rows().size(); i++) {
                if (p.labels()[i] >= 0) {
                    xs.add(p.rows().get(i).features());
                    ys.add(p.labels()[i]);
                }
            }
        }
        double[] mean = new double[n];
        double[] sd = new double[n];
        for (double[] x : xs) {
            for (int j = 0; j < n; j++) {
                mean[j] += x[j] / xs.size();
            }
        }
        for (double[] x : xs) {
            for (int j = 0; j < n; j++) {
                sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / xs.size();
            }
        }
        for (int j = 0; j < n; j++) {
            sd[j] = sd[j] < 1e-12 ? 1 : Math.sqrt(sd[j]);
        }
        int m = xs.size();
        double[][] z = new double[m][n + 1];
        for (int r = 0; r < m; r++) {
            z[r][n] = 1;
            for (int j = 0; j < n; j++) {
                z[r][j] = (xs.get(r)[j] - mean[j]) / sd[j];
            }
        }
        double[] w = new double[n + 1];
        for (int iter = 0; iter < 25; iter++) { // Newton steps on the penalised log-likelihood
            double[] grad = new double[n + 1];
            double[][] hess = new double[n + 1][n + 1];
            for (int r = 0; r < m; r++) {
                double s = 0;
                for (int j = 0; j <= n; j++) {
                    s += w[j] * z[r][j];
                }
                double p = 1 / (1 + Math.exp(-s));
                double g = p - ys.get(r);
                double h = Math.max(p * (1 - p), 1e-9);
                for (int j = 0; j <= n; j++) {
                    grad[j] += g * z[r][j];
                    for (int k = j; k <= n; k++) {
                        hess[j][k] += h * z[r][j] * z[r][k];
                    }
                }
            }
            for (int j = 0; j <= n; j++) {
                for (int k = 0; k < j; k++) {
                    hess[j][k] = hess[k][j];
                }
                if (j < n) {
                    grad[j] += L2 * w[j];
                    hess[j][j] += L2;
                } else {
                    hess[j][j] += 1e-9;
                }
            }
            double[] step = solve(hess, grad);
            double max = 0;
            for (int j = 0; j <= n; j++) {
                w[j] -= step[j];
                max = Math.max(max, Math.abs(step[j]));
            }
            if (max < 1e-8) {
                break;
            }
        }
        return new BlockModel(mean, sd, java.util.Arrays.copyOf(w, n), w[n], 1.01);
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = java.util.Arrays.copyOf(a0[i], n + 1);
            a[i][n] = b0[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    /** A learner: labelled pages in, P(boilerplate) of a feature vector out. */
    interface Learner {
        java.util.function.ToDoubleFunction<double[]> fit(List<Page> pages);
    }

    /** The logistic regression as a {@link Learner}. */
    static final Learner LOGISTIC = pages -> fit(pages)::probability;

    static List<double[]> probabilities(BlockModel model, List<Page> pages) {
        return probabilities((java.util.function.ToDoubleFunction<double[]>) model::probability, pages);
    }

    static List<double[]> probabilities(java.util.function.ToDoubleFunction<double[]> model, List<Page> pages) {
        List<double[]> out = new ArrayList<>();
        for (Page p : pages) {
            double[] pr = new double[p.rows().size()];
            for (int i = 0; i < pr.length; i++) {
                pr[i] = model.applyAsDouble(p.rows().get(i).features());
            }
            out.add(pr);
        }
        return out;
    }

    /**
     * Out-of-fold probabilities: pages grouped by site into {@code folds} folds (salted so that inner folds differ
     * from outer ones), each fold's pages judged by a model fitted on the others.
     */
    static List<double[]> outOfFold(List<Page> pages, int folds, String salt) {
        return outOfFold(pages, folds, salt, LOGISTIC);
    }

    static List<double[]> outOfFold(List<Page> pages, int folds, String salt, Learner learner) {
        List<double[]> out = new ArrayList<>(java.util.Collections.nCopies(pages.size(), (double[]) null));
        for (int f = 0; f < folds; f++) {
            List<Page> train = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (fold(salt + pages.get(p).site(), folds) == f) {
                    held.add(p);
                } else {
                    train.add(pages.get(p));
                }
            }
            java.util.function.ToDoubleFunction<double[]> m = learner.fit(train);
            for (int p : held) {
                out.set(p, probabilities(m, List.of(pages.get(p))).get(0));
            }
        }
        return out;
    }

    /** The threshold with the largest sum of F1 gains over the rules on these pages' out-of-fold probabilities. */
    static double threshold(List<Page> pages, List<double[]> oof) {
        double[] base = f1(pages, none(pages));
        double best = 1.01;
        double bestGain = 0;
        for (double t : THRESHOLDS) {
            double[] f = f1(pages, drops(oof, t));
            double gain = nan0(f[0] - base[0]) + nan0(f[1] - base[1]);
            if (gain > bestGain + 1e-9) {
                bestGain = gain;
                best = t;
            }
        }
        return best;
    }

    /** The model trained on all these pages, its threshold chosen on inner out-of-fold probabilities. */
    public static BlockModel train(List<Page> pages) {
        double t = threshold(pages, outOfFold(pages, FOLDS - 1, "inner:"));
        return fit(pages).withThreshold(t);
    }

    private static double nan0(double d) {
        return Double.isNaN(d) ? 0 : d;
    }

    /** Strings of a JSON array. */
    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }
}
