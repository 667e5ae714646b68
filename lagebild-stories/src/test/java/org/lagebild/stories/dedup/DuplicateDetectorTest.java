package org.lagebild.stories.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
    private static final Path SAMPLES = Path.of("../samples");

    static List<Path> samples() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "no sample articles at " + SAMPLES.toAbsolutePath());
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void exactDuplicateFoundFirstByContent() {
        DuplicateDetector d = new DuplicateDetector();
        String text = "Kiew meldet neue Angriffe auf die Energieversorgung. Die Lage bleibt angespannt.";
        assertTrue(d.check("a", text).isEmpty());
        Optional<DuplicateDetector.Match> m = d.check("b", "  KIEW meldet neue Angriffe auf die\n\nEnergieversorgung. Die Lage bleibt angespannt. ");
        assertTrue(m.isPresent());
        assertEquals("a", m.get().duplicateOf());
        assertEquals(DuplicateDetector.Kind.EXACT, m.get().kind());
        assertEquals(1.0, m.get().similarity());
    }

    @Test
    void syndicatedCopyWithNewHeadlineAndTrimmedLastParagraphIsFound() throws IOException {
        for (Path p : samples()) {
            String original = Files.readString(p, StandardCharsets.UTF_8);
            // a paragraph is a line here: some samples have no blank lines
            String[] paras = original.strip().split("\\s*\n\\s*");
            assertTrue(paras.length > 3, p.toString());
            List<String> kept = new ArrayList<>(List.of(paras).subList(1, paras.length - 1));
            kept.add(0, "Agenturmeldung: Nordkorea schickt weitere Soldaten nach Russland");
            String copy = String.join("\n\n", kept);
            DuplicateDetector d = new DuplicateDetector();
            d.check("orig", original);
            Optional<DuplicateDetector.Match> m = d.check("copy", copy);
            assertTrue(m.isPresent(), "copy of " + p + " not found");
            assertEquals("orig", m.get().duplicateOf());
            assertEquals(DuplicateDetector.Kind.NEAR, m.get().kind());
            assertEquals(1, d.independentCount(List.of("orig", "copy")), "a copy is no corroboration");
        }
    }

    @Test
    void differentGermanArticlesOnTheSameStoryAreNotMatched() throws IOException {
        DuplicateDetector d = new DuplicateDetector();
        List<String> ids = new ArrayList<>();
        for (Path p : samples()) {
            String id = p.getFileName().toString();
            ids.add(id);
            Optional<DuplicateDetector.Match> m = d.check(id, Files.readString(p, StandardCharsets.UTF_8));
            assertFalse(m.isPresent(), id + " wrongly matched " + m);
        }
        assertEquals(ids.size(), d.independentCount(ids));
    }

    @Test
    void groupsFollowChainsOfCopies() {
        DuplicateDetector d = new DuplicateDetector();
        String base = "Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr "
                + "beschlossen. Die Opposition kritisierte die hohen Ausgaben für den Straßenbau und forderte mehr Geld "
                + "für Schulen. Der Bürgermeister verteidigte den Plan als solide und ausgewogen. Die Steuern bleiben "
                + "unverändert, die Gebühren für Müll und Abwasser steigen leicht. Im Frühjahr soll ein Nachtragshaushalt folgen.";
        d.check("a", base);
        d.check("b", "Haushalt beschlossen\n" + base);
        d.check("c", base + " Ein Sprecher der Stadt bestätigte das Ergebnis.");
        assertEquals("a", d.groupOf("b"));
        assertEquals("a", d.groupOf("c"));
        assertEquals("x", d.groupOf("x"));
        assertEquals(2, d.independentCount(List.of("a", "b", "c", "x")));
    }

    @Test
    void badInputNeverThrows() {
        DuplicateDetector d = new DuplicateDetector();
        assertTrue(d.check("empty", "").isEmpty());
        assertTrue(d.check("empty2", "").isEmpty(), "empty texts are not duplicates of each other");
        assertTrue(d.check("null", null).isEmpty());
        String emoji = "🙂🚀👩‍👩‍👧 Ukraine 🇺🇦 meldet \uD83D Erfolge 🙂🚀 bei Charkiw \uDC00 und Cherson";
        assertTrue(d.check("emoji", emoji).isEmpty());
        assertTrue(d.check("emoji2", emoji).isPresent());
        StringBuilder big = new StringBuilder(1 << 20);
        int i = 0;
        while (big.length() < (1 << 20)) {
            big.append("wort").append(i++ % 9973).append(' ');
        }
        assertTrue(d.check("big", big.toString()).isEmpty());
        assertTrue(d.check("big2", big.toString().substring(100)).isPresent());
    }

    @Test
    void exactHashesAreBoundedWithTheIndex() {
        DuplicateDetector d = new DuplicateDetector(new MinHasher(), new LshIndex(32, 4, 1), 0.5);
        d.check("a", "eins zwei drei vier fünf sechs sieben");
        d.check("b", "acht neun zehn elf zwölf dreizehn vierzehn");
        assertTrue(d.check("c", "eins zwei drei vier fünf sechs sieben").isEmpty(), "a was evicted");
    }

    @Test
    void indexIsBoundedAndEvictsOldest() {
        MinHasher h = new MinHasher();
        LshIndex idx = new LshIndex(32, 4, 2);
        idx.add("a", h.signature("eins zwei drei vier fünf sechs"));
        idx.add("b", h.signature("sieben acht neun zehn elf zwölf"));
        idx.add("c", h.signature("dreizehn vierzehn fünfzehn sechzehn siebzehn"));
        assertEquals(2, idx.size());
        assertTrue(idx.signature("a").isEmpty());
        assertTrue(idx.candidates(h.signature("eins zwei drei vier fünf sechs")).isEmpty());
        assertEquals(List.of("b"), List.copyOf(idx.candidates(h.signature("sieben acht neun zehn elf zwölf"))));
    }
}
