package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.claims.eval.ClaimEvaluation;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.Document;
import org.lagebild.model.Source;

/** The seeds' quantity claims match the gold: bounds, innermost source and modality, and the chains the issue names. */
class SeedClaimsTest {

    static Map<String, Document> seeds() {
        Map<String, Document> m = new HashMap<>();
        for (Path f : Seeds.files()) {
            m.put("samples/" + f.getFileName(), Seeds.seed(f, Seeds.full()));
        }
        return m;
    }

    @Test
    void seedsMatchGold() {
        Map<String, Document> docs = seeds();
        List<ClaimEvaluation.Gold> gold = ClaimEvaluation.gold().stream().filter(g -> g.input().startsWith("samples/")).toList();
        ClaimEvaluation.Result r = ClaimEvaluation.run(gold, docs::get, null);
        assertEquals(List.of(), r.errors(), r.toJson());
        assertEquals(5, r.articles());
    }

    @Test
    void chainsOfTheIssue() {
        Map<String, Document> docs = seeds();
        // 001: news.de -> dpa -> Newsweek -> LIGA -> a source in Ukrainian military intelligence
        assertEquals(List.of("news.de", "Deutsche Presse-Agentur", "Newsweek", "LIGA.net", "Quelle"),
                chainOf(docs.get("samples/001_251d734086210e73.txt"), "bis zu 3.000", 2));
        // 003: news.de -> Daily Mail -> unnamed people "in Russland" ("heißt es in Russland"), not the Russian state
        assertEquals(List.of("news.de", "Daily Mail", "in Russland"),
                chainOf(docs.get("samples/003_60183f86ae9f806a.txt"), "100.000", 3));
        // 000: news.de -> dpa -> Schoigu
        assertEquals(List.of("news.de", "Deutsche Presse-Agentur", "Sergei Schoigu"),
                chainOf(docs.get("samples/000_4d7b7c7852ea0801.txt"), "5.000", 1));
        // 004: ntv.de -> TASS -> Medwedew for Medwedew's quote
        Document d4 = docs.get("samples/004_5ed0a349c32ec047.txt");
        Claim quote = d4.claims().stream().filter(c -> c.kind() == ClaimKind.QUOTE).findFirst().orElseThrow();
        assertEquals(List.of("ntv", "TASS", "Dmitri Medwedew"), quote.attribution().stream().map(s -> key(s)).toList());
    }

    private static List<String> chainOf(Document d, String quantity, int occurrence) {
        int at = -1;
        for (int k = 0; k < occurrence; k++) {
            at = d.text().indexOf(quantity, at + 1);
        }
        assertTrue(at >= 0, quantity);
        for (Claim c : d.claims()) {
            if (c.quantity() != null && c.quantity().span().start() <= at && c.quantity().span().end() > at) {
                return c.attribution().stream().map(SeedClaimsTest::key).toList();
            }
        }
        throw new AssertionError("no claim for " + quantity);
    }

    /** A source as its linked canonical name, else as written ("eine Quelle …" as "Quelle"). */
    private static String key(Source s) {
        if (s.role().equals("anonymous") && s.text().contains("Quelle")) {
            return "Quelle";
        }
        if (s.name() != null) {
            return s.name();
        }
        return s.text().contains("Quelle") ? "Quelle" : s.text();
    }
}
