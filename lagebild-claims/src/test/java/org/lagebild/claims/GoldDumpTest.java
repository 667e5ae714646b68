package org.lagebild.claims;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.Document;
import org.lagebild.model.Quantity;

/** Developer aid for writing gold: prints the sentences with quantities of -Dkeys=k1,k2 and the claims found. */
class GoldDumpTest {
    @Test
    void dump() {
        String keys = System.getProperty("keys");
        Assumptions.assumeTrue(keys != null, "set -Dkeys=");
        for (String k : keys.split(",")) {
            Document d = DataSets.annotate(k, Seeds.full());
            System.out.println("=== " + k + " publisher=" + d.article().publisher() + " lang=" + d.language());
            for (Quantity q : d.quantities()) {
                int s = d.sentenceAt(q.span().start());
                System.out.println("  S" + s + " [" + q.text() + "] " + d.sentences().get(s).span().of(d.text()).replace('\n', ' '));
            }
            for (Claim c : d.claims()) {
                if (c.kind() == ClaimKind.QUANTITY) {
                    System.out.println("  -> " + c.quantity().text() + " min=" + c.quantity().min() + " max=" + c.quantity().max()
                            + " unit=" + c.quantity().unitLemma() + " src=" + (c.attribution().isEmpty() ? "" : c.attribution().get(c.attribution().size() - 1).text())
                            + " mod=" + c.modality().label() + " " + c.cues());
                }
            }
        }
    }
}
