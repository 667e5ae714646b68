package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every example of victims-en.tsv reads to its expected number of dead; a few sentences beyond the rows. */
class VictimReaderTest {
    private final VictimReader reader = VictimReader.load();

    static String result(VictimReader r, String sentence) {
        List<VictimReader.Reading> rs = r.read(Words.of(sentence, 0, sentence.length()));
        if (rs.isEmpty()) {
            return "-";
        }
        Double t = VictimReader.total(rs);
        return t == null ? "?" : Long.toString(Math.round(t));
    }

    @Test
    void everyExampleReadsToItsExpectedCount() {
        List<String> failures = new ArrayList<>();
        for (VictimReader.Example e : reader.examples()) {
            String got = result(reader, e.sentence());
            if (!got.equals(e.expect())) {
                failures.add(e.kind() + " '" + e.words() + "': " + e.sentence() + " => " + got + ", expected " + e.expect());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertTrue(reader.examples().size() > 100);
    }

    @Test
    void sentencesFromNewsReports() {
        String[][] cases = {
            {"STOCKTON, Calif.—Stockton police are investigating whether a shooting that left two people dead and three others wounded was gang-related.", "2"},
            {"A woman was killed and three men were wounded when gunfire erupted on a crowded Kensington block.", "1"},
            {"One man and one woman were killed, and six more men were wounded.", "2"},
            {"Medics pronounced two of them dead at the scene.", "2"},
            {"A 21-year-old woman who was shot twice in the torso was rushed to Episcopal Hospital, where she was pronounced dead at 6:15 p.m., Small said.", "1"},
            {"Jason Jonathan Acosta-Ramos, 18, and Elliseo Cantu, 16, were killed.", "2"},
            {"Four other people were injured.", "-"},
            {"A 21-year-old man suffered non-life-threatening injuries.", "-"},
            {"Police identified the 18-year-old killed as Jason Jonathan Acosta-Ramos.", "1"},
            {"He is accused of killing 34-year-old Ernest Edwards at the Nite Owl.", "1"},
            {"Woman killed in quadruple shooting in Kensington", "1"},
            {"The victims were killed.", "?"},
            {"The victim, a 2 year-old child, died at the scene.", "1"},
            {"Frankfort Teen Accidentally Shot, Killed During Christmas Gather - LEX18.com", "1"},
            // active "shot to death": the victims are the object, the subject is the killer
            {"He drove to a nearby deli and shot to death a male student who was inside.", "1"},
            {"He drove to a nearby deli and shot to death two students.", "2"},
        };
        List<String> failures = new ArrayList<>();
        for (String[] c : cases) {
            String got = result(reader, c[0]);
            if (!got.equals(c[1])) {
                failures.add(c[0] + " => " + got + ", expected " + c[1]);
            }
        }
        assertEquals("", String.join("\n", failures));
    }

    /**
     * A victim read from a pronoun is shown as the one person it refers to, else as "person": never "killed: 1 he".
     * Every male/female row's example resolves its pronoun to a person noun of that sex; every nonperson-after and say row's
     * example to a man or boy, not to the name after the word or the name that says something.
     */
    @Test
    void pronounVictimsAreThePersonTheyReferToOrNoOne() {
        List<String> failures = new ArrayList<>();
        for (VictimReader.Example e : reader.examples()) {
            if (!e.kind().equals("male") && !e.kind().equals("female") && !e.kind().equals("nonperson-after") && !e.kind().equals("say")
                    && !e.kind().equals("say-aux")) {
                continue;
            }
            List<VictimReader.Reading> rs = reader.read(Words.of(e.sentence(), 0, e.sentence().length()));
            String head = rs.isEmpty() ? null : rs.get(rs.size() - 1).head();
            String sex = e.kind().equals("nonperson-after") || e.kind().startsWith("say") ? "male" : e.kind();
            if (head == null || !sex.equals(reader.sexOf(head))
                    || head.equals("he") || head.equals("she") || head.equals("him") || head.equals("her")) {
                failures.add(e.kind() + " '" + e.words() + "': " + e.sentence() + " => " + head);
            }
        }
        assertEquals("", String.join("\n", failures));
        String[][] cases = {
            // one name in scope: the name, as named victims are shown
            {"Walter Barfield was shot in the chest on Sunday. He died at the hospital.", "Barfield"},
            // a name and a noun: the name
            {"Police said Walter Barfield, a father of three, was shot. He died at the scene.", "Barfield"},
            // the sex does not fit the only noun: no one ("1 person")
            {"A woman was shot on Main Street. He died at the scene.", "person"},
            // two names: no one ("Royal's fiancé, Renette Hodges, held his hand before he died")
            {"Royal's fiancé, Renette Hodges, was there and held his hand before he died.", "person"},
            // a place, an office and the killer are no referents; the noun is
            {"A man was shot by John Robinson in Garfield Heights. He died at the Cuyahoga County Hospital.", "man"},
            // a lone first name is a person's name; capitals without one are no one
            {"The gun discharged, hitting Mya above her right eye. She was taken to the hospital but later died.", "Mya"},
            {"Another, 25, was transported Regional One where he died.", "person"},
            {"SANTA BARBARA, California A gunman was shot. Channel 2 Action News said he died.", "gunman"},
            // a name that says something is a source ("Police said Walter Barfield, …, was shot" is no saying by him)
            {"\"It was terrible,\" said Mike Wiederholt. A man was shot. He died.", "man"},
            // nothing before it: no one
            {"He died at the scene.", "person"},
        };
        for (String[] c : cases) {
            List<VictimReader.Reading> rs = reader.read(Words.of(c[0], 0, c[0].length()));
            assertEquals(1, rs.size(), c[0] + " => " + rs);
            assertEquals(1.0, rs.get(0).count(), c[0]);
            assertEquals(c[1], rs.get(0).head(), c[0] + " => " + rs);
        }
    }

    /**
     * The entity stage's person mentions are referents too, a surname alone included ("Anderson", named in full
     * earlier in the article); a person who says something is none ("Brown could not say").
     */
    @Test
    void pronounVictimsTakeTheEntityStagesPersons() {
        String s = "Anderson was taken to CGH Medical Center in Sterling, where he later died.";
        List<org.lagebild.model.Span> anderson = List.of(new org.lagebild.model.Span(0, 8));
        assertEquals("person", reader.read(Words.of(s, 0, s.length())).get(0).head(), "no first name: no one, as before");
        assertEquals("Anderson", reader.read(Words.of(s, 0, s.length()), anderson).get(0).head());
        String b = "Brown could not say if he was killed by deputies or died of a self-inflicted wound.";
        List<VictimReader.Reading> rs = reader.read(Words.of(b, 0, b.length()), List.of(new org.lagebild.model.Span(0, 5)));
        assertFalse(rs.isEmpty(), b);
        assertEquals("person", rs.get(rs.size() - 1).head(), "the sheriff who speaks is no victim: " + rs);
    }

    /** In an active "shot to death" the victim is the object ("a male student"), not the pronoun subject, the killer. */
    @Test
    void anActiveShotToDeathHasItsVictimsAfterIt() {
        String s = "He drove to a nearby deli and shot to death a male student who was inside.";
        List<VictimReader.Reading> rs = reader.read(Words.of(s, 0, s.length()));
        assertEquals(1, rs.size(), rs.toString());
        assertEquals("student", rs.get(0).head(), rs.toString());
    }

    /** Named victims are shown by the name as written: the fact reads "killed: 1 Barfield", not "killed: 1 barfield". */
    @Test
    void namedVictimsKeepTheirNameAsWritten() {
        String one = "Walter Barfield, 23, was found dead in the shop.";
        List<VictimReader.Reading> rs = reader.read(Words.of(one, 0, one.length()));
        assertEquals(1, rs.size(), rs.toString());
        assertEquals("Barfield", rs.get(0).head(), rs.toString());
        assertEquals(1.0, rs.get(0).count());
        String three = "Walter Barfield, 23, of Cleveland, Brandon White, 31, of Warrensville Heights and William Gonzalez, 32, "
                + "of Garfield Heights died in the shooting.";
        List<VictimReader.Reading> r3 = reader.read(Words.of(three, 0, three.length()));
        assertEquals(1, r3.size(), r3.toString());
        assertEquals(3.0, r3.get(0).count(), "the places people are from are no victims: " + r3);
        assertEquals("Gonzalez", r3.get(0).head());
        String from = "According to the Cuyahoga County Medical Examiner's Office, Walter Barfield, 23, of Cleveland was "
                + "found dead in the shop.";
        List<VictimReader.Reading> r1 = reader.read(Words.of(from, 0, from.length()));
        assertEquals("Barfield", r1.get(0).head(), r1.toString());
        assertEquals(1.0, r1.get(0).count(), "the office before the named victim is none: " + r1);
    }
}
