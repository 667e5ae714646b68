package org.lagebild.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private static String byRegex(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void foldsWhiteSpaceRunsLikeTheRegex() {
        for (String s : new String[] {"", " ", "a", "a b", "a  b", "\ta\n", "a\r\nb", "a\u000Bb\fc",
                "a\u00A0 b", "  x  ", "x\u2003y"}) {
            assertEquals(byRegex(s), ArticleIds.foldSpace(s), s);
        }
    }

    @Test
    void randomTextsGiveTheSameFoldAsTheRegex() {
        Random random = new Random(42);
        char[] alphabet = {'a', 'ö', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2028', 'Z'};
        for (int round = 0; round < 5_000; round++) {
            char[] text = new char[random.nextInt(30)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertEquals(byRegex(s), ArticleIds.foldSpace(s), s);
        }
    }

    @Test
    void normaliseLowersFoldsAndStrips() {
        assertEquals("kim jong-un sagt", ArticleIds.normalise("  Kim\tJong-Un \n\n sagt\u2003"));
    }
}
