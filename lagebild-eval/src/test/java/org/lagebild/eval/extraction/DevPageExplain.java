package org.lagebild.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.RemovedText;

/**
 * Diagnosis tool for rule work (not a test): prints, for trafilatura-eval pages of the DEV split whose
 * file name contains the given text, every extracted block with its type and whether it is in the scored
 * view, every removal with its rule, and the gold "with"/"without" snippets marked found or not. TEST
 * pages are refused, so that rules are chosen without looking at them.
 *
 * <pre>java -cp ... org.lagebild.eval.extraction.DevPageExplain DIR FILE-PART [--removed]</pre>
 */
public final class DevPageExplain {

    private DevPageExplain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String part = args[1];
        boolean showRemoved = args.length > 2 && args[2].equals("--removed");
        JsonNode evaldata = new ObjectMapper().readTree(Files.readString(dir.resolve("evaldata.json"), StandardCharsets.UTF_8));
        Map<String, String[]> manifest = TrafilaturaEvaluation.readManifest(dir.resolve("manifest.tsv"));
        ArticleExtractor extractor = new ArticleExtractor();
        for (Iterator<Map.Entry<String, JsonNode>> it = evaldata.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String url = e.getKey();
            String file = e.getValue().path("file").asText();
            if (!file.contains(part)) {
                continue;
            }
            if (Split.isTest(url)) {
                System.out.println("== " + file + ": TEST page, not shown");
                continue;
            }
            String[] row = manifest.get(url);
            Path page = dir.resolve(row != null ? row[0] : "html/" + file + ".gz");
            PageExtraction run = PageExtraction.run(extractor, PageExtraction.read(page), page.toString(), url);
            System.out.println("== " + file + " " + url);
            Article a = run.article();
            if (a == null) {
                System.out.println("failed: " + run.error());
                continue;
            }
            String scored = SnippetScoring.normalise(OutputView.BODY.render(a));
            for (JsonNode s : e.getValue().path("with")) {
                System.out.println("  WITH    " + (scored.contains(SnippetScoring.normalise(s.asText())) ? "ok  " : "MISS") + " " + s.asText());
            }
            for (JsonNode s : e.getValue().path("without")) {
                System.out.println("  WITHOUT " + (scored.contains(SnippetScoring.normalise(s.asText())) ? "LEAK" : "ok  ") + " " + s.asText());
            }
            for (Block b : a.blocks()) {
                String t = a.text(b).replace('\n', ' ');
                System.out.println("  [" + b.type().label() + (b.type().isBody() && b.type() != org.lagebild.model.BlockType.TITLE ? "" : " -") + "] " + (t.length() > 300 ? t.substring(0, 300) + "…" : t));
            }
            if (showRemoved) {
                for (RemovedText r : a.removed()) {
                    System.out.println("  removed " + r.rule() + " @" + r.position() + ": " + r.text());
                }
            }
        }
    }
}
