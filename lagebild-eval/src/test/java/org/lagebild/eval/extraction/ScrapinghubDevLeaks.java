package org.lagebild.eval.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;

/**
 * Diagnosis tool for rule work (not a test): for the Scrapinghub pages of the DEV split, every scored body
 * block whose 4-token shingles are mostly not in the gold body (a leak) or every gold-body block left out,
 * with its type and its place relative to the blocks that are in the gold body (before the first, between,
 * after the last), and a count by type and place. TEST pages are never read.
 *
 * <pre>java -cp ... org.lagebild.eval.extraction.ScrapinghubDevLeaks DIR [--blocks]</pre>
 */
public final class ScrapinghubDevLeaks {

    private ScrapinghubDevLeaks() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean blocks = args.length > 1 && args[1].equals("--blocks");
        Map<String, String> gold = ScrapinghubEvaluation.readBodies(dir.resolve("ground-truth.json"));
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, int[]> byKind = new TreeMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            if (Split.isTest(e.getKey())) {
                continue;
            }
            Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            PageExtraction run = PageExtraction.run(extractor, PageExtraction.read(page), page.toString(), null);
            Article a = run.article();
            if (a == null) {
                continue;
            }
            Map<String, Integer> g = ShingleScoring.shingles(e.getValue(), ShingleScoring.SHINGLE);
            List<Block> body = a.blocks().stream().filter(b -> b.type().isBody() && b.type() != BlockType.TITLE).toList();
            boolean[] in = new boolean[body.size()];
            int first = -1;
            int last = -1;
            for (int i = 0; i < body.size(); i++) {
                Map<String, Integer> s = ShingleScoring.shingles(a.text(body.get(i)), ShingleScoring.SHINGLE);
                int hit = 0;
                for (String k : s.keySet()) {
                    hit += g.containsKey(k) ? 1 : 0;
                }
                in[i] = s.isEmpty() || hit * 2 >= s.size();
                if (in[i]) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            for (int i = 0; i < body.size(); i++) {
                if (in[i]) {
                    continue;
                }
                String place = first < 0 ? "none" : i < first ? "before" : i > last ? "after" : "between";
                String t = a.text(body.get(i)).replace('\n', ' ');
                String kind = body.get(i).type().label() + "/" + place;
                int[] c = byKind.computeIfAbsent(kind, k -> new int[2]);
                c[0]++;
                c[1] += ShingleScoring.tokens(t).size();
                if (blocks) {
                    System.out.println(e.getKey().substring(0, 8) + " [" + kind + "] " + (t.length() > 160 ? t.substring(0, 160) + "…" : t));
                }
            }
        }
        byKind.forEach((k, c) -> System.out.println(k + "\tblocks " + c[0] + "\ttokens " + c[1]));
    }
}
