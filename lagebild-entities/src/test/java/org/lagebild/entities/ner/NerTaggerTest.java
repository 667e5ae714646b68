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
    void fastTaggingEqualsReferenceOnGermEvalDev() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(GERMEVAL_DEV), "GermEval dev not found at " + GERMEVAL_DEV.toAbsolutePath() + ": skipped");
        NerTagger t = NerTagger.load();
        for (NerSentence s : NerCorpora.germEval(GERMEVAL_DEV)) {
            assertEquals(t.tagReference(s.tokens()), t.tag(s.tokens()), String.join(" ", s.tokens()));
        }
    }

    @Test
    void fastTaggingEqualsReferenceOnSamples() throws IOException {
        NerTagger t = NerTagger.load();
        int n = 0;
        try (var files = Files.list(Path.of("..", "samples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    List<String> tokens = List.of(line.trim().split("(?<=\\p{L})(?=\\p{P})|(?<=\\p{P})(?=\\p{L})|\\s+"));
                    assertEquals(t.tagReference(tokens), t.tag(tokens), line);
                    n++;
                }
            }
        }
        Assumptions.assumeTrue(n > 0, "no samples found: skipped");
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
