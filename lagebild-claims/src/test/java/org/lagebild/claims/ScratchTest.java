package org.lagebild.claims;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Claim;
import org.lagebild.model.Document;

/** Developer aid: prints the claims of -Dtext=… */
class ScratchTest {
    @Test
    void print() {
        String t = System.getProperty("text");
        Assumptions.assumeTrue(t != null, "set -Dtext=");
        Document d = Seeds.text(t, Seeds.full());
        System.out.println("TEXT[" + d.text() + "] language=" + d.language() + " blocks=" + d.article().blocks());
        d.quantities().forEach(q -> System.out.println("Q " + q));
        d.entities().forEach(m -> System.out.println("E " + m.span() + " " + m.text() + " " + m.type() + " " + m.entityId()));
        d.quotes().forEach(q -> System.out.println("QUOTE " + q));
        for (Claim c : d.claims()) {
            System.out.println("CLAIM " + ClaimJson.write(ClaimJson.claim(c, d, "x")));
        }
    }
}
