package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row of incident-details.tsv gives its example's keys and nothing from its counter-example. */
class IncidentDetailsTest {
    private final IncidentDetails details = IncidentDetails.instance();

    @Test
    void everyExampleGivesExactlyItsKeys() {
        for (IncidentDetails.Row r : details.rows()) {
            List<String> got = new ArrayList<>(details.keys(r.example(), r.language(), null));
            got.sort(null);
            assertEquals(r.expected(), got, r.id() + ": " + r.example());
            assertTrue(!details.keys(r.example(), r.language(), r.id()).isEmpty(), r.id() + " gives nothing for its own example");
        }
        assertTrue(details.rows().size() >= 10, "rows: " + details.rows().size());
    }

    @Test
    void noCounterExampleGivesAKeyOfItsRow() {
        for (IncidentDetails.Row r : details.rows()) {
            if (!r.counter().equals("-")) {
                assertEquals(List.of(), details.keys(r.counter(), r.language(), r.id()), r.id() + ": " + r.counter());
            }
        }
    }

    @Test
    void aFollowUpNamesTheDetailsOfItsIncident() {
        List<String> first = details.of("Man, 24, killed in shooting on Gherald Street",
                "Walter Barfield, 24, was shot in the 1400 block of Gherald Street about 2:30 a.m. Tuesday.", "en");
        List<String> later = details.of("Suspect charged in Gherald Street killing",
                "Police charged a 31-year-old man in the death of Walter Barfield, 24, who was shot on Gherald St.", "en");
        assertTrue(first.containsAll(List.of("age:24", "named-age:barfield 24", "block:1400 gherald", "street:gherald", "time:2:30am")),
                first.toString());
        assertTrue(later.containsAll(List.of("age:31", "age:24", "named-age:barfield 24", "street:gherald")), later.toString());
    }

    @Test
    void rowsOfOtherLanguagesDoNotApplyAndTheKeysAreCapped() {
        assertEquals(List.of(), details.of("", "Ein 24-Jähriger wurde in der Berliner Straße festgenommen.", "en"));
        assertEquals(List.of("age:24", "street:berliner straße"),
                details.of("", "Ein 24-Jähriger wurde in der Berliner Straße festgenommen.", "de"));
        StringBuilder many = new StringBuilder();
        for (int i = 10; i < 99; i++) {
            many.append("A ").append(i).append("-year-old man. ");
        }
        List<String> capped = details.of("", many.toString(), "en");
        assertEquals(IncidentDetails.MAX_KEYS, capped.size());
        assertEquals("age:10", capped.get(0));
    }
}
