package org.lagebild.stories.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lagebild.model.Claim;
import org.lagebild.model.Document;

/** Prints the seeds' claims (run with -Dlagebild.dump=true). */
@EnabledIfSystemProperty(named = "lagebild.dump", matches = "true")
class SeedDumpTest {
    @Test
    void dump() {
        for (Document d : SeedDocuments.all()) {
            System.out.println("== " + d.article().id() + " " + d.article().publisher() + " " + d.article().published()
                    + " ref=" + d.referenceTime());
            for (Claim c : d.claims()) {
                String sent = d.text().substring(d.sentences().get(c.sentence()).span().start(), d.sentences().get(c.sentence()).span().end());
                System.out.println(c.id() + " " + c.kind() + " " + c.predicate() + " verb=" + c.verb()
                        + " | S " + (c.subject() == null ? null : c.subject().text() + "/" + c.subject().entityId())
                        + " | O " + (c.object() == null ? null : c.object().text() + "/" + c.object().entityId())
                        + " | Q " + (c.quantity() == null ? null : c.quantity().value() + " [" + c.quantity().min() + "," + c.quantity().max() + "] " + c.quantity().unitLemma() + " counts=" + c.quantity().counts())
                        + " | L " + (c.location() == null ? null : c.location().text() + "/" + c.location().entityId())
                        + " | T " + (c.time() == null ? null : c.time().text() + "=" + c.time().value() + " mod=" + c.time().mod())
                        + " | " + c.modality() + c.cues()
                        + " | A " + c.attribution().stream().map(s -> s.text() + "/" + s.role() + "/" + s.entityId()).toList());
                System.out.println("      " + sent.replace('\n', ' '));
            }
        }
    }
}
