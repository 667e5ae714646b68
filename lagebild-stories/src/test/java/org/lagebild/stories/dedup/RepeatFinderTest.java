package org.lagebild.stories.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatFinderTest {
    private final RepeatFinder finder = new RepeatFinder();

    @Test
    void repeatedLinesAndSentencesAreFound() {
        String text = "Nordkorea schickt weitere Soldaten nach Russland.\n\n"
                + "Das meldet der südkoreanische Geheimdienst. Nordkorea schickt weitere Soldaten nach Russland.\n"
                + "Kurz notiert\n"
                + "Kurz notiert\n"
                + "Das meldet der südkoreanische   Geheimdienst.";
        List<RepeatFinder.Repeat> r = finder.find(text);
        assertEquals(2, r.size(), r.toString());
        assertEquals("Nordkorea schickt weitere Soldaten nach Russland.", r.get(0).span().of(text));
        assertEquals(0, r.get(0).first().start());
        assertEquals("Das meldet der südkoreanische   Geheimdienst.", r.get(1).span().of(text));
        assertTrue(r.get(1).first().end() <= r.get(1).span().start());
    }

    @Test
    void noRepeatsInOrdinaryTextAndBadInput() {
        assertTrue(finder.find("Ein Satz. Ein anderer Satz, der länger ist.").isEmpty());
        assertTrue(finder.find("").isEmpty());
        assertTrue(finder.find(null).isEmpty());
        String emoji = "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 Jubel \uD83D\n🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 Jubel \uD83D\n\r\n";
        assertEquals(1, finder.find(emoji).size());
        String big = "Dies ist eine Zeile, die sich oft wiederholt.\n".repeat(20_000);
        assertEquals(19_999, finder.find(big).size());
    }
}
