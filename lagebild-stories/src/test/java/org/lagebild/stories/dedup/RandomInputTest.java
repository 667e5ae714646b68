package org.lagebild.stories.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random strings (any UTF-16 unit, lone surrogates included) through every class: no exception, offsets valid. */
class RandomInputTest {
    private static final String ALPHABET = "aäbßcÄ Ö\n\r\t.!?,-🙂\uD83D\uDC00İıé 0123456789\u00A0\u200B";

    @Test
    void randomStringsNeverBreakInvariants() {
        Random r = new Random(7);
        MinHasher hasher = new MinHasher();
        RepeatFinder finder = new RepeatFinder(3);
        DuplicateDetector detector = new DuplicateDetector();
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(300);
            for (int j = 0; j < n; j++) {
                sb.append(r.nextInt(10) == 0 ? (char) r.nextInt(0x10000) : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            long[] sig = hasher.signature(s);
            assertEquals(128, sig.length);
            double sim = MinHasher.similarity(sig, hasher.signature(s + " zusatz"));
            assertTrue(sim >= 0 && sim <= 1);
            int last = -1;
            for (RepeatFinder.Repeat rep : finder.find(s)) {
                assertTrue(rep.span().end() <= s.length());
                assertTrue(rep.first().end() <= rep.span().start());
                assertTrue(rep.span().start() > last);
                last = rep.span().start();
            }
            detector.check("r" + i, s);
        }
    }
}
