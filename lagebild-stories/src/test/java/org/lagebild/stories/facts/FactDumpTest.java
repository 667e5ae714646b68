package org.lagebild.stories.facts;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lagebild.stories.timeline.Chronology;
import org.lagebild.stories.timeline.TimelineEvent;

/** Prints the seeds' facts and chronology (run with -Dlagebild.dump=true). */
@EnabledIfSystemProperty(named = "lagebild.dump", matches = "true")
class FactDumpTest {
    @Test
    void dump() {
        for (boolean given : new boolean[] {true, false}) {
            var docs = given ? SeedDocuments.withPublicationDates() : SeedDocuments.all();
            FactSet fs = new FactBuilder(SeedKnowledge.get()).build(docs, Map.of());
            System.out.println("######## given dates: " + given);
            for (Fact f : fs.facts()) {
                System.out.println(f.id() + " " + f.label() + " | n=" + f.evidence().size() + " src=" + f.independentSources() + " " + f.sources()
                        + " range=" + f.min() + ".." + f.max() + " cons=" + f.conservative());
                for (Evidence e : f.evidence()) {
                    System.out.println("     " + e.articleId().substring(0, 4) + "#" + e.claimId() + " " + e.modality() + " " + e.source() + " | " + e.sentence().substring(0, Math.min(90, e.sentence().length())));
                }
                System.out.println("     status: " + f.status().stream().map(s -> s.modality().label() + "@" + (s.from() == null ? "?" : s.from().value())).toList());
                f.conflicts().forEach(c -> System.out.println("     conflict " + c.kind() + " " + c.reason() + " open=" + c.open()));
            }
            System.out.println("-------- summary: " + StorySummary.summarize(docs, fs, 3));
            new SourceNotes(SeedKnowledge.get()).notes(fs).forEach(n -> System.out.println("-------- note " + n.rule() + ": " + n.message()));
            System.out.println("-------- chronology");
            for (TimelineEvent e : new Chronology().build(fs)) {
                System.out.println(e.time().value() + " " + e.granularity().label() + (e.fromPublication() ? " (pub)" : "") + "  " + e.label()
                        + "  " + e.kind() + " arts=" + e.articles().size());
            }
        }
    }
}
