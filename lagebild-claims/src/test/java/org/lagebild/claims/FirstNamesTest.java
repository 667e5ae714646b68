package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** first-name-genders.tsv: every row's example reads as its row says; a surname alone and unlisted names say nothing. */
class FirstNamesTest {
    @Test
    void everyExampleReadsAsItsRowSays() {
        List<String> failures = new ArrayList<>();
        int examples = 0;
        for (Map<String, String> r : Tsv.read("first-name-genders.tsv", "name", "gender", "example", "reads")) {
            if (r.get("example").isEmpty()) {
                continue;
            }
            examples++;
            char got = FirstNames.load().gender(r.get("example"));
            if (!String.valueOf(got).equals(r.get("reads"))) {
                failures.add(r.get("name") + ": '" + r.get("example") + "' -> " + got + ", expected " + r.get("reads"));
            }
        }
        assertTrue(examples >= 10, "the file lost its examples");
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void aSurnameAloneOrAnUnlistedNameSaysNothing() {
        assertEquals('?', FirstNames.load().gender("Merkel"));
        assertEquals('?', FirstNames.load().gender("Xqzy Müller"));
        assertEquals('f', FirstNames.load().gender("Anna-Lena Schmidt"), "a hyphenated name by its parts");
        assertEquals('?', FirstNames.load().gender("Marie-Hans Schmidt"), "parts that disagree say nothing");
    }
}
