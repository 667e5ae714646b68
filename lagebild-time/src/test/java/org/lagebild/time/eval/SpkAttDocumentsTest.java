package org.lagebild.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpkAttDocumentsTest {

    static final String JSON = "{\"DocumentName\":\"12 - Titel (2005-01-01)\",\"Sentences\":["
            + "{\"SentenceId\":0,\"Tokens\":[\"Rund\",\"1,3\",\"Millionen\",\"\\u201eEuro\\u201c\",\"\\\"x\\\"\",\".\"]},"
            + "{\"SentenceId\":1, \"Tokens\" : [ \"Ende\" , \".\" ] }]}";

    @Test
    void readsTheTokensOfEverySentenceInOrder() {
        List<List<String>> s = SpkAttDocuments.sentences(JSON);
        assertEquals(List.of(List.of("Rund", "1,3", "Millionen", "„Euro“", "\"x\"", "."), List.of("Ende", ".")), s);
    }

    @Test
    void findsADocumentByItsNumberOrPathAndSortsByNumber(@TempDir Path data) throws IOException {
        Path folder = Files.createDirectories(data.resolve(SpkAttDocuments.TEST_BLIND));
        Files.writeString(folder.resolve("12 - Titel (2005-01-01).json"), JSON, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("9 - Anderer (2004-01-01).json"), JSON, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("120 - Dritter (2006-01-01).json"), JSON, StandardCharsets.UTF_8);
        assertEquals(List.of("9 - Anderer (2004-01-01).json", "12 - Titel (2005-01-01).json", "120 - Dritter (2006-01-01).json"),
                SpkAttDocuments.files(folder).stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(folder.resolve("12 - Titel (2005-01-01).json"), SpkAttDocuments.file("12", data));
        assertNull(SpkAttDocuments.file("1", data));
        assertEquals("Rund 1,3 Millionen „Euro“ \"x\". Ende.",
                QuantityEvaluation.document("spkatt:12", data, data));
        assertEquals(QuantityEvaluation.document("spkatt:12", data, data),
                QuantityEvaluation.document("spkatt:" + SpkAttDocuments.TEST_BLIND + "/12 - Titel (2005-01-01).json", data, data));
        assertNull(QuantityEvaluation.document("spkatt:77", data, data));
        assertTrue(SpkAttDocuments.files(data.resolve("absent")).isEmpty());
    }
}
