package org.lagebild.stories.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lagebild.stories.cluster.Assignment;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryMerger;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper: how well does what is learned for <em>undated</em> articles carry over to ECB+ topics
 * it was not learned on, without looking at TEST? Splits ECB+ DEV into two halves by a hash of the
 * topic id ({@code -Dcv.salts=N} splits, as {@link StoryCrossValidation} splits GVA), learns on one
 * half what {@link StoryModelTraining} learns for undated articles (the regressions, with all of GVA
 * DEV beside that half; the undated join threshold by the mean topic F1 over {@link StoryModelTraining#ORDERS}
 * orders with the merge rule) and, with {@code -Dcv.chooseLink=true}, also the consolidation's
 * {@code linkThreshold} ({@link LinkThresholdChoice}; {@code -Dcv.linkTolerance=T} another tolerance, 0: the
 * best point), then scores the other half over the same orders; both ways. With the argument {@code dev} it
 * prints the link threshold {@link LinkThresholdChoice} chooses on all of ECB+ DEV for the bundled model.
 *
 * <p>Per fold it prints topic pairwise P / R / F1 (mean over the orders) on the learned and the
 * held-out half, and where the held-out pairs go: gold pairs of one sub-topic (one event) kept
 * together, pairs of the two sub-topics of a topic (siblings) kept together, and false pairs across
 * topics; each after the stream and after {@link StoryClusterer#consolidate()}. Last line: the means.
 * {@code -Dundated=P} fixes the undated threshold instead of choosing it; {@code -Dmerge.*} as in
 * {@link StoryClusterTuning#mergeRule}; {@code -Dstories.drop} as in {@link StoryModelTraining#dropped()}.
 * {@code -Dcv.undatedGva=true}: the undated regression also learns from GVA DEV with its dates hidden and the
 * undated threshold is chosen by the mean of the half's ECB+ topic F1 and GVA DEV hidden F1, as
 * {@code -Dstories.undatedGva=true} trains (GVA DEV hidden annotated now, reference day 2026-11-24).
 * Run from the module directory:
 * {@code java -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.UndatedCrossValidation}.
 */
public final class UndatedCrossValidation {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private UndatedCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        ClusterConfig c = StoryClusterTuning.withOverrides(ClusterConfig.defaults(), System.getProperties());
        List<StoryEvaluation.Labelled> gva = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "gva"), "dev");
        List<StoryEvaluation.Labelled> ecb = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "ecbplus"), "dev");
        StoryMerger.Rule rule = StoryClusterTuning.mergeRule(System.getProperties());
        if (args.length > 0 && args[0].equals("dev")) {
            // the same choice on all of ECB+ DEV with the bundled model: what the selection gives the shipped rule
            StoryMerger.Rule chosen = chooseLink(StoryModel.defaults(), ecb, c, rule, System.out);
            System.out.printf(Locale.ROOT, "ECB+ DEV, bundled model: chosen link %.3f  %s%n", chosen.linkThreshold(),
                    overOrders(ecb, c, StoryModel.defaults(), chosen));
            return;
        }
        int salts = Integer.getInteger("cv.salts", 3);
        boolean chooseLink = Boolean.getBoolean("cv.chooseLink");
        String fixedUndated = System.getProperty("undated");
        List<StoryEvaluation.Labelled> hidden = !Boolean.getBoolean("cv.undatedGva") ? List.of()
                : StoryModelTraining.undatedDev(StoryEvaluation.readGva(StoryEvaluationTest.GVA),
                        raw -> StoryTestPipeline.full().apply(raw.toDocument(), new org.lagebild.annotate.AnnotationContext(
                                raw.date() != null ? raw.date() : java.time.LocalDate.of(2026, 11, 24))));
        PairCounts learnedSum = new PairCounts();
        PairCounts heldSum = new PairCounts();
        int folds = 0;
        for (int salt = 0; salt < salts; salt++) {
            for (int half = 0; half < 2; half++) {
                List<StoryEvaluation.Labelled> train = StoryCrossValidation.half(ecb, salt, half == 0);
                List<StoryEvaluation.Labelled> test = StoryCrossValidation.half(ecb, salt, half != 0);
                StoryModel fitted = StoryModelTraining.fit(gva, train, hidden, c, StoryModelTraining.L2,
                        StoryModelTraining.dropped(), QUIET);
                double undated = fixedUndated != null ? Double.parseDouble(fixedUndated)
                        : StoryModelTraining.chooseUndated(fitted, train, hidden, c, rule, QUIET);
                StoryModel m = fitted.withThresholds(StoryModel.defaults().threshold(), undated, StoryModel.defaults().wakeThreshold());
                StoryMerger.Rule r = chooseLink ? chooseLink(m, train, c, rule, QUIET) : rule;
                PairCounts in = overOrders(train, c, m, r);
                PairCounts out = overOrders(test, c, m, r);
                System.out.printf(Locale.ROOT, "salt %d half %d: learn %d articles / %d topics, held out %d / %d; undated %.2f link %.3f%n",
                        salt, half, train.size(), topics(train), test.size(), topics(test), undated, r.linkThreshold());
                System.out.println("  learned  " + in);
                System.out.println("  held-out " + out);
                learnedSum.add(in);
                heldSum.add(out);
                folds++;
            }
        }
        System.out.printf(Locale.ROOT, "undatedGva %s drop %s chooseLink %s: mean over %d folds  learned topic F1 %.4f (P %.4f R %.4f)"
                        + "  held-out topic F1 %.4f (P %.4f R %.4f)%n",
                !hidden.isEmpty(), StoryModelTraining.dropped(), chooseLink, folds, learnedSum.f1 / folds, learnedSum.p / folds, learnedSum.r / folds,
                heldSum.f1 / folds, heldSum.p / folds, heldSum.r / folds);
        System.out.println("held-out pairs, sum over folds: " + heldSum);
    }

    private static StoryMerger.Rule chooseLink(StoryModel m, List<StoryEvaluation.Labelled> items, ClusterConfig c,
                                               StoryMerger.Rule rule, PrintStream out) {
        double tolerance = Double.parseDouble(System.getProperty("cv.linkTolerance", Double.toString(LinkThresholdChoice.TOLERANCE)));
        return LinkThresholdChoice.choose(m, items, c, rule, tolerance, out);
    }

    /** Topic scores and pair kinds, mean over the corpus order and {@link StoryModelTraining#ORDERS} - 1 shuffles. */
    static PairCounts overOrders(List<StoryEvaluation.Labelled> items, ClusterConfig c, StoryModel m, StoryMerger.Rule r) {
        PairCounts sum = new PairCounts();
        for (int seed = 0; seed < StoryModelTraining.ORDERS; seed++) {
            sum.add(cluster(StoryEvaluation.shuffled(items, seed), c, m, r));
        }
        sum.scale(1.0 / StoryModelTraining.ORDERS);
        return sum;
    }

    /** Clusters one order like {@link StoryEvaluation#evaluate} and counts the pairs before and after consolidation. */
    static PairCounts cluster(List<StoryEvaluation.Labelled> items, ClusterConfig c, StoryModel m, StoryMerger.Rule r) {
        StoryClusterer clusterer = new StoryClusterer(c, m, r);
        Map<String, String> predicted = new HashMap<>();
        for (StoryEvaluation.Labelled l : items) {
            Assignment a = clusterer.add(l.features());
            predicted.put(a.articleId(), a.storyId());
            for (String gone : a.merged()) {
                predicted.replaceAll((article, story) -> story.equals(gone) ? a.storyId() : story);
            }
        }
        PairCounts out = new PairCounts();
        out.count(items, predicted, true);
        for (StoryMerger.Merge merge : clusterer.consolidate()) {
            predicted.replaceAll((article, story) -> story.equals(merge.merged()) ? merge.into() : story);
        }
        out.count(items, predicted, false);
        return out;
    }

    private static long topics(List<StoryEvaluation.Labelled> items) {
        return items.stream().map(l -> l.gold().cluster()).distinct().count();
    }

    /**
     * Pair counts of one clustering (or their mean): gold pairs of one sub-topic, of two sibling
     * sub-topics, all pairs of different topics; how many of each share a predicted story after the
     * stream ({@code stream*}) and after consolidation; topic pairwise P / R / F1 after consolidation.
     */
    static final class PairCounts {
        double subPairs;
        double siblingPairs;
        double streamSub;
        double streamSibling;
        double streamFalse;
        double sub;
        double sibling;
        double falsePairs;
        double p;
        double r;
        double f1;

        void count(List<StoryEvaluation.Labelled> items, Map<String, String> predicted, boolean stream) {
            List<StoryEvaluation.Labelled> list = new ArrayList<>(items);
            double s = 0;
            double sib = 0;
            double f = 0;
            double sp = 0;
            double sibp = 0;
            for (int i = 0; i < list.size(); i++) {
                StoryEvaluation.Labelled a = list.get(i);
                String pa = predicted.get(a.features().articleId());
                for (int j = i + 1; j < list.size(); j++) {
                    StoryEvaluation.Labelled b = list.get(j);
                    boolean together = pa.equals(predicted.get(b.features().articleId()));
                    boolean sameTopic = a.gold().cluster().equals(b.gold().cluster());
                    boolean sameSub = sameTopic && a.gold().subcluster().equals(b.gold().subcluster());
                    if (sameSub) {
                        sp++;
                        s += together ? 1 : 0;
                    } else if (sameTopic) {
                        sibp++;
                        sib += together ? 1 : 0;
                    } else {
                        f += together ? 1 : 0;
                    }
                }
            }
            if (stream) {
                streamSub = s;
                streamSibling = sib;
                streamFalse = f;
                return;
            }
            subPairs = sp;
            siblingPairs = sibp;
            sub = s;
            sibling = sib;
            falsePairs = f;
            double tp = s + sib;
            p = tp + f == 0 ? 1 : tp / (tp + f);
            r = sp + sibp == 0 ? 1 : tp / (sp + sibp);
            f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(PairCounts o) {
            subPairs += o.subPairs;
            siblingPairs += o.siblingPairs;
            streamSub += o.streamSub;
            streamSibling += o.streamSibling;
            streamFalse += o.streamFalse;
            sub += o.sub;
            sibling += o.sibling;
            falsePairs += o.falsePairs;
            p += o.p;
            r += o.r;
            f1 += o.f1;
        }

        void scale(double k) {
            subPairs *= k;
            siblingPairs *= k;
            streamSub *= k;
            streamSibling *= k;
            streamFalse *= k;
            sub *= k;
            sibling *= k;
            falsePairs *= k;
            p *= k;
            r *= k;
            f1 *= k;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "topic P %.4f R %.4f F1 %.4f | sub-topic pairs kept %.1f -> %.1f of %.1f, sibling pairs %.1f -> %.1f of %.1f,"
                            + " false pairs %.1f -> %.1f (stream -> consolidated)",
                    p, r, f1, streamSub, sub, subPairs, streamSibling, sibling, siblingPairs, streamFalse, falsePairs);
        }
    }
}
