package org.lagebild.entities.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.entities.EntityRecognizer;
import org.lagebild.entities.kb.KnowledgeBase;
import org.lagebild.model.EntityMention;

/** Runs every example and counter-example of {@code senses.tsv} through the recognizer. */
class SensesTest {
    static final KnowledgeBase KB = KnowledgeBase.load();
    static final EntityRecognizer R = new EntityRecognizer(KB);

    /** The first mention linked to one of the two entries, or null. */
    private static String firstOf(String text, String lang, Set<String> ids) {
        for (EntityMention m : R.recognize(text, lang)) {
            if (ids.contains(m.entityId())) {
                return m.entityId();
            }
        }
        return null;
    }

    @Test
    void everyRowsExampleIsItsEntryAndEveryCounterTheOther() {
        Senses s = Senses.load(KB);
        List<String> failures = new ArrayList<>();
        for (Senses.Rule r : s.rules()) {
            Set<String> both = Set.of(r.entity(), r.other());
            if (!r.example().equals("-")) {
                String got = firstOf(r.example(), r.lang(), both);
                String want = r.entity().equals("-") ? null : r.entity();
                if (want == null ? got != null : !want.equals(got)) {
                    failures.add(r.cue() + " example: " + r.example() + " => " + got + ", expected " + want);
                }
            }
            if (!r.counter().equals("-")) {
                String got = firstOf(r.counter(), r.lang(), both);
                if (!r.other().equals(got)) {
                    failures.add(r.cue() + " counter: " + r.counter() + " => " + got + ", expected " + r.other());
                }
            }
        }
        assertEquals("", String.join("\n", failures));
        assertTrue(s.rules().size() >= 6, "every row names entries of the bundled knowledge base: " + s.rules().size());
    }

    @Test
    void aPlaceThatIsAFirstNameBeforeASurnameIsThePerson() {
        List<EntityMention> ms = R.recognize("Officers found the bodies of Johnathon Reeves and 2-year-old Jordan Reeves.", "en");
        assertFalse(ms.stream().anyMatch(m -> "lb:gpe:jo".equals(m.entityId())), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Jordan Reeves") && m.type().name().equals("PER")), ms.toString());
    }

    @Test
    void aFirstNameAfterAKinshipWordIsAPersonNotAPlace() {
        Set<String> places = Set.of("lb:gpe:jo", "lb:gpe:ge", "lb:loc:us-georgia");
        for (String[] c : new String[][] {
                {"en", "Smith is survived by his son Jordan and his daughter Georgia.", "Jordan", "Georgia"},
                {"de", "Ihr Sohn Jordan und ihre Tochter Georgia waren nicht zu Hause.", "Jordan", "Georgia"}}) {
            List<EntityMention> ms = R.recognize(c[1], c[0]);
            assertFalse(ms.stream().anyMatch(m -> places.contains(m.entityId())), ms.toString());
            for (String name : List.of(c[2], c[3])) {
                assertTrue(ms.stream().anyMatch(m -> m.text().equals(name) && m.type().name().equals("PER")
                        && m.entityId().startsWith("lb:auto:per:")), name + " in " + ms);
            }
        }
        List<EntityMention> trip = R.recognize("His son returned from a trip to Jordan in 2014.", "en");
        assertTrue(trip.stream().anyMatch(m -> "lb:gpe:jo".equals(m.entityId())), "the kinship word must stand right before: " + trip);
    }

    @Test
    void theStateOfALocalUsStoryIsNotTheCountry() {
        String text = "CONYERS, Ga. (AP) - A gunman killed a customer at a liquor store. The Georgia Bureau of Investigation "
                + "is handling the shooting. He had a Georgia license to carry weapons.";
        List<EntityMention> ms = R.recognize(text, "en");
        assertFalse(ms.stream().anyMatch(m -> "lb:gpe:ge".equals(m.entityId())), ms.toString());
        assertEquals(2, ms.stream().filter(m -> "lb:loc:us-georgia".equals(m.entityId())).count(), ms.toString());
    }
}
