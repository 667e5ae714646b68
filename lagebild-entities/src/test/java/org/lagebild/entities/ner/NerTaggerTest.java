package org.lagebild.entities.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.entities.eval.NerEvaluation;

class NerTaggerTest {
    static final Path GERMEVAL_DEV = Path.of("..", "..", "shared", "data", "germeval2014-ner", "NER-de-dev.tsv");

    @Test
    void bundledModelTagsASentence() {
        NerTagger t = NerTagger.load();
        assertTrue(t.labels().containsAll(List.of("O", "B-PER", "I-PER", "B-LOC", "B-ORG", "B-LOCderiv")), t.labels().toString());
        List<String> tokens = List.of("Der", "Politiker", "Thomas", "Müller", "sprach", "in", "Hamburg", "mit", "Vertretern",
                "der", "Siemens", "AG", ".");
        List<String> labels = t.tag(tokens);
        assertEquals(List.of("O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O", "B-ORG", "I-ORG", "O"), labels);
    }

    @Test
    void outputIsValidBioForAnyInput() {
        NerTagger t = NerTagger.load();
        List<String> tokens = List.of("", "🚀", "Путин", "김정은", "-", "III", "123", "Kim", "Jong-un", "x".repeat(500));
        List<String> labels = t.tag(tokens);
        assertEquals(tokens.size(), labels.size());
        String prev = "O";
        for (String l : labels) {
            assertTrue(NerTagger.allowed(prev, l), prev + " -> " + l);
            prev = l;
        }
        assertTrue(t.tag(List.of()).isEmpty());
    }

    @Test
    void aMegabyteSentenceIsTaggedInLinearTime() {
        NerTagger t = NerTagger.load();
        String[] words = {"Putin", "und", "Kim", "Jong", "Nordkorea", "Soldaten", "🚀", "Путин", "김정은", "schicken", "Moskau",
            "nordkoreanische", "Wort", "123"};
        java.util.Random rnd = new java.util.Random(3);
        List<String> big = new java.util.ArrayList<>();
        int chars = 0;
        while (chars < (1 << 20)) {
            String w = words[rnd.nextInt(words.length)];
            big.add(w);
            chars += w.length() + 1;
        }
        List<String> small = big.subList(0, big.size() / 8);
        t.tag(small); // warm up
        long t0 = System.nanoTime();
        t.tag(small);
        long smallNanos = System.nanoTime() - t0;
        t0 = System.nanoTime();
        List<String> labels = t.tag(big);
        long bigNanos = System.nanoTime() - t0;
        assertEquals(big.size(), labels.size());
        String prev = "O";
        for (String l : labels) {
            assertTrue(NerTagger.allowed(prev, l), prev + " -> " + l);
            prev = l;
        }
        // 8 times the tokens: linear means about 8 times the time; allow for a noisy machine
        assertTrue(bigNanos < 40 * Math.max(smallNanos, 1_000_000L), "small " + smallNanos / 1e6 + " ms, big " + bigNanos / 1e6 + " ms");
    }

    @Test
    void fastPathGivesTheLabelsOfTheStringFeatures() throws IOException {
        NerTagger t = NerTagger.load();
        String[] words = {"Putin", "und", "Kim", "Jong-un", "Nordkorea", "Soldaten", "🚀", "Путин", "김정은", "schicken", "Moskau",
            "nordkoreanische", "Wort", "123", "|", "a|b", "İstanbul", "Dr.", "GmbH", "Angela", "Merkel", "Bad", "Ischl", "-",
            "Ost-West", "SPD-Chef", "der", "in", "Wien", ".", "„", "Deutschen", "x".repeat(70), ""};
        java.util.Random rnd = new java.util.Random(11);
        for (int round = 0; round < 300; round++) {
            List<String> s = new java.util.ArrayList<>();
            int n = 1 + rnd.nextInt(25);
            for (int i = 0; i < n; i++) {
                s.add(words[rnd.nextInt(words.length)]);
            }
            assertEquals(t.tagReference(s), t.tag(s), s.toString());
        }
        if (Files.isRegularFile(GERMEVAL_DEV)) {
            for (NerSentence s : NerCorpora.germEval(GERMEVAL_DEV)) {
                assertEquals(t.tagReference(s.tokens()), t.tag(s.tokens()), s.tokens().toString());
            }
        }
    }

    @Test
    void modelRoundTripsThroughItsFileFormat() throws IOException {
        List<NerSentence> data = List.of(
                new NerSentence(List.of("Putin", "besucht", "Berlin", "."), List.of("B-PER", "O", "B-LOC", "O")),
                new NerSentence(List.of("Die", "russische", "Armee", "."), List.of("O", "B-LOCderiv", "O", "O")));
        NerTagger t = NerTagger.train(data, 5, 1, NerTagger.defaultFeatures());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.write(out);
        NerTagger back = NerTagger.read(new ByteArrayInputStream(out.toByteArray()), NerTagger.defaultFeatures());
        for (NerSentence s : data) {
            assertEquals(t.tag(s.tokens()), back.tag(s.tokens()));
            assertEquals(s.labels(), back.tag(s.tokens()));
        }
    }

    @Test
    void chunkScoreIsStrictOnSpanAndType() {
        assertEquals(Set.of("0:2:PER", "3:4:LOC"), ChunkScore.chunks(List.of("B-PER", "I-PER", "O", "I-LOC")));
        ChunkScore s = new ChunkScore();
        s.add(List.of("B-PER", "I-PER", "O", "B-LOC"), List.of("B-PER", "O", "O", "B-LOC"));
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertTrue(s.toJson("ner", 1).endsWith("\"tokens_per_s\":1}"));
    }

    @Test
    void smartDataLabelsMapToThreeTypes() {
        assertEquals("B-PER", NerCorpora.mapSmartData("B-PERSON"));
        assertEquals("I-ORG", NerCorpora.mapSmartData("I-ORGANIZATION_COMPANY"));
        assertEquals("B-LOC", NerCorpora.mapSmartData("B-LOCATION_CITY"));
        assertEquals("O", NerCorpora.mapSmartData("B-DATE"));
    }

    @Test
    void viterbiFindsTheBestAllowedSequence() {
        List<String> labels = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC");
        boolean[][] ok = new boolean[labels.size() + 1][labels.size()];
        for (int p = 0; p <= labels.size(); p++) {
            for (int k = 0; k < labels.size(); k++) {
                ok[p][k] = NerTagger.allowed(p == labels.size() ? "<s>" : labels.get(p), labels.get(k));
            }
        }
        java.util.Random rnd = new java.util.Random(5);
        for (int round = 0; round < 200; round++) {
            int n = 1 + rnd.nextInt(5);
            float[][] em = new float[n][labels.size()];
            float[][][] tr = new float[n][labels.size() + 1][labels.size()];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < labels.size(); k++) {
                    em[i][k] = rnd.nextInt(21) - 10;
                    for (int p = 0; p <= labels.size(); p++) {
                        tr[i][p][k] = rnd.nextInt(21) - 10;
                    }
                }
            }
            int[] got = NerTagger.viterbi(em, ok, (i, t) -> {
                for (int p = 0; p < t.length; p++) {
                    System.arraycopy(tr[i][p], 0, t[p], 0, t[p].length);
                }
                return t;
            });
            // brute force over all label sequences
            float best = Float.NEGATIVE_INFINITY;
            int total = (int) Math.pow(labels.size(), n);
            for (int code = 0; code < total; code++) {
                int[] seq = new int[n];
                int c = code;
                for (int i = 0; i < n; i++) {
                    seq[i] = c % labels.size();
                    c /= labels.size();
                }
                float s = 0;
                int prev = labels.size();
                boolean valid = true;
                for (int i = 0; i < n && valid; i++) {
                    valid = ok[prev][seq[i]];
                    s += em[i][seq[i]] + tr[i][prev][seq[i]];
                    prev = seq[i];
                }
                if (valid) {
                    best = Math.max(best, s);
                }
            }
            float score = 0;
            int prev = labels.size();
            for (int i = 0; i < n; i++) {
                assertTrue(ok[prev][got[i]], "disallowed transition");
                score += em[i][got[i]] + tr[i][prev][got[i]];
                prev = got[i];
            }
            assertEquals(best, score, 1e-4, "round " + round);
        }
    }

    @Test
    void partiallyAnnotatedSentencesAcceptOtherTypesOnO() {
        NerSentence s = new NerSentence(List.of("deutsche"), List.of("O"), NerCorpora.THREE_TYPES);
        assertTrue(s.accepts("O", "B-LOCderiv"));
        assertTrue(s.accepts("O", "B-OTH"));
        assertTrue(!s.accepts("O", "B-PER"));
        assertTrue(!new NerSentence(List.of("deutsche"), List.of("O")).accepts("O", "B-LOCderiv"));
    }

    @Test
    void lerLabelsMapToThreeTypes() {
        assertEquals("B-PER", NerCorpora.mapLer("B-RR"));
        assertEquals("I-LOC", NerCorpora.mapLer("I-STR"));
        assertEquals("B-ORG", NerCorpora.mapLer("B-GRT"));
        assertEquals("O", NerCorpora.mapLer("B-GS"));
    }

    @Test
    void evaluatesOnGermEvalDevWhenPresent() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(GERMEVAL_DEV), "GermEval dev not found at " + GERMEVAL_DEV.toAbsolutePath() + ": skipped");
        String json = NerEvaluation.run(GERMEVAL_DEV);
        System.out.println(json + "  (training data: this measures fit, not generalisation; see ner-de.manifest.tsv)");
        assertTrue(json.contains("\"f1\""));
        assertTrue(NerCorpora.germEval(GERMEVAL_DEV).size() == 2200);
    }
}
