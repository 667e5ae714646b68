package org.lagebild.annotate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TsvTest {
    static Tsv parse(String s, String... header) throws IOException {
        return Tsv.parse("test.tsv", new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), header);
    }

    @Test
    void missingFileIsAHardError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tsv.load(TsvTest.class, "nope.tsv", "a"));
        assertTrue(e.getMessage().contains("missing data file"), e.getMessage());
    }

    @Test
    void commentsHeaderAndRows() throws IOException {
        Tsv t = parse("\uFEFF# comment\n\nlang\tword\nde\tder\n# more\nen\tthe\n", "lang", "word");
        assertEquals(2, t.rows().size());
        assertEquals("the", t.rows().get(1).get(1));
        assertEquals(6, t.rows().get(1).line());
    }

    @Test
    void wrongHeaderOrColumnCountFails() {
        assertThrows(IllegalStateException.class, () -> parse("lang\tword\n", "lang", "words"));
        assertThrows(IllegalStateException.class, () -> parse("lang\tword\nde\n", "lang", "word"));
        assertThrows(IllegalStateException.class, () -> parse("# only a comment\n", "lang", "word"));
    }
}
