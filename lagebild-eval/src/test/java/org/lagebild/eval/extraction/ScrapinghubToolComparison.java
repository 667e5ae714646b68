package org.lagebild.eval.extraction;

import java.nio.file.Path;
import java.util.Map;

/**
 * Diagnosis tool (not a test): page by page, our Scrapinghub body against another tool's stored output
 * ({@code reference-outputs/TOOL.json}) on one split, and the pages where our recall or precision is lower by
 * more than 0.05. Session 14 used it to find that on the TEST third our recall, not our precision, fell behind
 * trafilatura's (6 pages against 2 on DEV). It reads TEST pages when asked for them: from session 14 on the
 * Scrapinghub TEST third is a diagnosis set, the trafilatura TEST third stays the unseen check.
 *
 * <pre>java -cp ... org.lagebild.eval.extraction.ScrapinghubToolComparison DIR dev|test|all TOOL [--pages]</pre>
 */
public final class ScrapinghubToolComparison {

    private ScrapinghubToolComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Split split = Split.parse(args[1]);
        String tool = args[2];
        boolean pages = args.length > 3 && args[3].equals("--pages");
        Map<String, String> gold = ScrapinghubEvaluation.readBodies(dir.resolve("ground-truth.json"));
        Map<String, String> other = ScrapinghubEvaluation.readBodies(dir.resolve("reference-outputs").resolve(tool + ".json"));
        ScrapinghubResult ours = ScrapinghubEvaluation.run(dir, ScrapinghubEvaluation.Options.defaults().withWorst(Integer.MAX_VALUE)
                .withRun(RunSettings.defaults().withSplit(split)));
        int lowerRecall = 0;
        int lowerPrecision = 0;
        double recallLost = 0;
        double precisionLost = 0;
        for (ScrapinghubResult.PageReport p : ours.worst()) {
            ShingleScoring.DocumentCounts t = ShingleScoring.match(gold.get(p.id()), other.getOrDefault(p.id(), ""));
            double dr = t.recall() - p.counts().recall();
            double dp = t.precision() - p.counts().precision();
            if (dr > 0.05) {
                lowerRecall++;
                recallLost += dr;
            }
            if (dp > 0.05) {
                lowerPrecision++;
                precisionLost += dp;
            }
            if (pages && (dr > 0.05 || dp > 0.05)) {
                System.out.printf("%s ours P %.2f R %.2f, %s P %.2f R %.2f  %s%n", p.id().substring(0, 12), p.counts().precision(),
                        p.counts().recall(), tool, t.precision(), t.recall(), p.url());
            }
        }
        System.out.printf("%s, %d pages: our recall lower by > 0.05 on %d pages (sum %.2f), our precision lower on %d (sum %.2f)%n",
                split.label(), ours.worst().size(), lowerRecall, recallLost, lowerPrecision, precisionLost);
    }
}
