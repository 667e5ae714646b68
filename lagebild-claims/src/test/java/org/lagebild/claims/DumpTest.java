package org.lagebild.claims;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Quantity;
import org.lagebild.model.Sentence;
import org.lagebild.model.TimeExpression;

/** Developer aid: prints the upstream layers of the seeds. Runs only with -Ddump=true. */
class DumpTest {
    @Test
    void dump() {
        Assumptions.assumeTrue(Boolean.getBoolean("dump"), "set -Ddump=true to print the seeds' layers");
        for (Path f : Seeds.files()) {
            Document d = Seeds.seed(f, Seeds.upstream());
            System.out.println("=== " + f + " publisher=" + d.article().publisher() + " agency=" + d.article().meta("agency")
                    + " title=" + d.article().title() + " ref=" + d.referenceTime());
            for (Sentence s : d.sentences()) {
                System.out.println("S" + s.index() + " " + s.span() + " " + s.span().of(d.text()).replace('\n', '|'));
                for (EntityMention m : d.entities()) {
                    if (m.provenance().sentence() == s.index()) {
                        System.out.println("    E " + m.span() + " " + m.text() + " " + m.type() + " " + m.entityId() + " " + m.name() + " " + m.provenance().rule());
                    }
                }
                for (Quantity q : d.quantities()) {
                    if (q.provenance().sentence() == s.index()) {
                        System.out.println("    Q " + q.span() + " '" + q.text() + "' v=" + q.value() + " min=" + q.min() + " max=" + q.max() + " ~" + q.approximate() + " unit=" + q.unit() + "/" + q.unitLemma() + " counts=" + q.counts());
                    }
                }
                for (TimeExpression t : d.times()) {
                    if (t.provenance().sentence() == s.index()) {
                        System.out.println("    T " + t.span() + " '" + t.text() + "' " + t.type() + " " + t.value());
                    }
                }
            }
        }
    }
}
