package org.lagebild.claims;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Claim;
import org.lagebild.model.Document;
import org.lagebild.model.Quote;

/** Developer aid: prints quotes and claims of the seeds. Runs only with -Ddump=true. */
class QuoteDumpTest {
    @Test
    void dump() {
        Assumptions.assumeTrue(Boolean.getBoolean("dump"), "set -Ddump=true to print");
        for (Path f : Seeds.files()) {
            Document d = Seeds.seed(f, Seeds.full());
            System.out.println("=== " + f);
            for (Quote q : d.quotes()) {
                System.out.println("  QUOTE " + q.provenance().rule() + " " + q.span() + " cue=" + q.cue() + " speaker="
                        + (q.speaker() == null ? null : q.speaker().text() + "/" + q.speaker().entityId()) + " | " + q.text());
            }
            for (Claim c : d.claims()) {
                System.out.println("  CLAIM " + c.id() + " " + c.kind() + " S" + c.sentence() + " pred=" + c.predicate() + "/" + c.verb() + " q=" + (c.quantity() == null ? null : c.quantity().text()) + " subj=" + (c.subject() == null ? null : c.subject().text()) + " loc=" + (c.location() == null ? null : c.location().text()) + " time=" + (c.time() == null ? null : c.time().value()) + " chain=" + c.attribution().stream().map(s -> s.text() + "(" + s.role() + ")").toList() + " mod=" + c.modality().label() + " cues=" + c.cues());
            }
        }
    }
}
