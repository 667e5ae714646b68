package org.lagebild.stories.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Modality;

/** Facts, status history, source notes and summary of the five seeds (real stages, publication days given). */
class SeedFactsTest {
    private static FactSet facts() {
        return new FactBuilder(SeedKnowledge.get()).build(SeedDocuments.withPublicationDates(), Map.of());
    }

    @Test
    void northKoreanTroopsGoFromAllegedAndDeniedToConfirmed() {
        FactSet fs = facts();
        Fact f = fs.facts().stream().filter(x -> x.predicate().equals("deploy") && !x.hasFigure())
                .filter(x -> x.evidence().stream().anyMatch(e -> e.sentence().contains("haltlose Gerüchte")))
                .findFirst().orElseThrow(() -> new AssertionError("no deploy fact carries the denial: " + fs.facts().stream().map(Fact::label).toList()));
        List<Modality> steps = f.status().stream().map(StatusStep::modality).toList();
        int alleged = steps.indexOf(Modality.ALLEGED);
        int denied = steps.indexOf(Modality.DENIED);
        int confirmed = steps.lastIndexOf(Modality.CONFIRMED);
        assertTrue(alleged >= 0 && denied > alleged && confirmed > denied, "status " + steps);
        assertEquals(Modality.CONFIRMED, f.currentStatus());
        StatusStep conf = f.status().get(confirmed);
        assertEquals("2025-04", conf.from().value());
        assertTrue(conf.evidence().stream().anyMatch(e -> e.sentence().contains("Ende April erstmals offiziell")));
        StatusStep den = f.status().get(denied);
        assertTrue(den.evidence().stream().anyMatch(e -> e.sentence().contains("haltlose Gerüchte")));
        assertTrue(f.conflicts().stream().anyMatch(c -> c.kind() == Conflict.Kind.MODALITY && !c.open()), "denial settled by confirmation");
    }

    @Test
    void whoDidWhatToWhom() {
        List<Fact> fs = facts().facts();
        String all = String.join("\n", fs.stream().map(Fact::label).toList());
        // "rund 2000 nordkoreanische Soldaten im Krieg gegen die Ukraine getötet": the dead are North Korean
        Fact killed = fs.stream().filter(f -> f.predicate().equals("killed") && f.time() != null && f.time().value().equals("2025-09"))
                .findFirst().orElseThrow(() -> new AssertionError(all));
        assertEquals(null, killed.subject(), all);
        assertEquals("nordkoreanische Soldaten", killed.counted(), all);
        assertEquals(List.of("südkoreanische Schätzungen"), killed.sources(), all);
        // the West's sanctions against Moscow are background, not a claim about North Korea or Ukraine
        assertFalse(fs.stream().anyMatch(f -> f.predicate().equals("sanction") && f.time() != null
                && f.time().value().equals("2022")), all);
        // Putin wants the 100,000 soldiers; Kim is the one said to send them: one fact, not Putin's deployment
        List<Fact> hundred = fs.stream().filter(f -> f.conservative() != null && f.conservative() == 100_000).toList();
        assertEquals(1, hundred.size(), all);
        assertEquals("Kim Jong-un", hundred.get(0).subject(), all);
        // "in vierstelliger Höhe weitere nordkoreanische Truppen" adds to the total, it is not one
        assertTrue(fs.stream().anyMatch(f -> "weitere nordkoreanische Truppen".equals(f.counted())), all);
    }

    @Test
    void tenThousandRestsOnTwoKindsOfIntelligenceInThreeArticles() {
        Fact f = facts().facts().stream().filter(x -> x.conservative() != null && x.conservative() == 10_000 && x.predicate().equals("deploy"))
                .findFirst().orElseThrow();
        assertEquals(3, f.articles().size());
        assertEquals(2, f.independentSources(), f.sources().toString());
        assertEquals("2024", f.time().value());
        assertFalse(f.time().fromPublication());
        assertEquals(10_000.0, f.conservative());
    }

    @Test
    void sourceNotesNameTheAnonymousSourceAndTheTabloid() {
        FactSet fs = facts();
        List<SourceNote> notes = new SourceNotes(SeedKnowledge.get()).notes(fs);
        String all = String.join("\n", notes.stream().map(n -> n.rule() + ": " + n.message()).toList());
        assertTrue(notes.stream().anyMatch(n -> n.rule().equals("single-anonymous") && n.message().contains("3,000")), all);
        assertTrue(notes.stream().anyMatch(n -> n.rule().equals("tabloid") && n.message().contains("100,000") && n.message().contains("Daily Mail")), all);
        assertFalse(notes.stream().anyMatch(n -> n.message().contains("10,000 Soldat") && !n.message().contains("100,000")), all);
    }

    @Test
    void summaryIsPlainAndDeterministic() {
        FactSet fs = facts();
        String s = StorySummary.summarize(SeedDocuments.withPublicationDates(), fs, 3);
        assertEquals(s, StorySummary.summarize(new ArrayList<>(SeedDocuments.withPublicationDates()), facts(), 3));
        assertTrue(s.startsWith("Five articles from news.de (3), ntv.de and one unnamed outlet, 2022–2025."), s);
        assertTrue(s.contains("more than 10,000 Soldaten deployed"), s);
        assertTrue(s.contains("alleged") && s.contains("denied") && s.contains("confirmed"), s);
    }
}
