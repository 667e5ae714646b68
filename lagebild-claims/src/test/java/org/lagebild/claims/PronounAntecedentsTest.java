package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.Quote;
import org.lagebild.model.Source;

/**
 * Pronoun sources through the whole extractor: a described person or an organisation is an antecedent, and gender
 * and number agree (SourceResolver, Antecedents). The span and text stay the pronoun's, as SpkAtt scores them.
 */
class PronounAntecedentsTest {

    private static Source inner(String text) {
        List<Claim> cs = Seeds.text(text, Seeds.full()).claims();
        Claim c = cs.stream().filter(x -> x.kind() == ClaimKind.QUANTITY && !x.attribution().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no attributed quantity claim in: " + text + " " + cs));
        return c.attribution().get(c.attribution().size() - 1);
    }

    @Test
    void aDescribedPersonNoOneIsNamedForIsShownAsTheDescription() {
        Source s = inner("Der Präsident trat am Montag vor die Presse. Er sagte, 20 Menschen seien verletzt worden.");
        assertEquals("Er", s.text(), "the span stays as written");
        assertNull(s.entityId());
        assertEquals("der Präsident", s.name(), s::toString);
        assertNotEquals("unresolved", s.role());
    }

    @Test
    void aDescriptionInAnotherCaseIsShownInTheNominative() {
        Source s = inner("Dem hyperaktiven Gesundheitsminister gefällt das, er sagte, 20 Menschen seien verletzt worden.");
        assertEquals("der Gesundheitsminister", s.name(), s::toString);
    }

    @Test
    void aDescriptionIsThePersonWhoHoldsTheTitleInTheArticle() {
        Source s = inner("Am Montag traf Präsident Wladimir Putin in Minsk ein. Das Wetter war schlecht. "
                + "Der Präsident wirkte müde. Er sagte, 20 Menschen seien verletzt worden.");
        assertEquals("Wladimir Putin", s.name(), s::toString);
        assertEquals("lb:per:wladimir-putin", s.entityId());
    }

    @Test
    void aDescribedSourceIsThePersonWhoHoldsTheTitleButNotAFormerOrAnotherOne() {
        Source s = inner("Am Montag traf Präsident Wladimir Putin in Minsk ein. Der Präsident sagte, 20 Menschen seien "
                + "verletzt worden.");
        assertEquals("Der Präsident", s.text(), "the span stays as written");
        assertEquals("lb:per:wladimir-putin", s.entityId(), s::toString);
        Source former = inner("Am Montag traf Präsident Wladimir Putin in Minsk ein. Der ehemalige Präsident sagte, 20 "
                + "Menschen seien verletzt worden.");
        assertNull(former.entityId(), former::toString);
        Source other = inner("Am Montag traf Regierungssprecher Steffen Seibert in Minsk ein. Ein Sprecher sagte, 20 "
                + "Menschen seien verletzt worden.");
        assertNull(other.entityId(), "'ein Sprecher' is someone new: " + other);
    }

    @Test
    void sieWithASingularVerbIsAWomanOrAnOrganisation() {
        Source s = inner("Die Polizei war am Abend vor Ort. Sie teilte mit, 20 Menschen seien verletzt worden.");
        assertEquals("Sie", s.text());
        assertEquals("die Polizei", s.name(), s::toString);
        Source w = inner("Die Sprecherin des Ministeriums war am Abend vor Ort. Sie sagte, 20 Menschen seien verletzt worden.");
        assertEquals("die Sprecherin des Ministeriums", w.name(), w::toString);
    }

    @Test
    void sieWithAPluralVerbIsAGroup() {
        Source s = inner("Die Forscher werteten die Daten aus. Sie sagten, 20 Menschen seien verletzt worden.");
        assertEquals("die Forscher", s.name(), s::toString);
        Source one = inner("Die Forscherin wertete die Daten aus. Sie sagten, 20 Menschen seien verletzt worden.");
        assertEquals("unresolved", one.role(), "one researcher is no 'sie' with a plural verb: " + one);
    }

    @Test
    void erIsNoWoman() {
        Source s = inner("Die Präsidentin war am Abend vor Ort. Er sagte, 20 Menschen seien verletzt worden.");
        assertEquals("unresolved", s.role(), s::toString);
        Source t = inner("Außenministerin Annalena Baerbock traf am Montag Olaf Scholz. Sie sagte, 20 Menschen seien "
                + "verletzt worden.");
        assertEquals("Annalena Baerbock", t.name(), "a woman by her title, not the man named last: " + t);
    }

    @Test
    void aPersonNamedWithoutATitleHasTheGenderOfTheirFirstName() {
        Source s = inner("Olaf Scholz traf am Montag Angela Merkel. Ihren Worten zufolge wurden 20 Menschen verletzt.");
        assertEquals("Angela Merkel", s.name(), "'ihren Worten' is no man, though named first: " + s);
        Source t = inner("Angela Merkel traf am Montag Olaf Scholz. Seinen Worten zufolge wurden 20 Menschen verletzt.");
        assertEquals("Olaf Scholz", t.name(), "'seinen Worten' is no woman, though named first: " + t);
        Source u = inner("Andrea Nahles traf am Montag Olaf Scholz. Seinen Worten zufolge wurden 20 Menschen verletzt.");
        assertEquals("Andrea Nahles", u.name(), "a name used for both genders stays open: " + u);
    }

    @Test
    void aRoleAfterAlsIsNoAntecedent() {
        Source s = inner("Am Abend sprach Russland als Vorsitzender des Rates. Er sagte, 20 Menschen seien verletzt worden.");
        assertEquals("unresolved", s.role(), s::toString);
    }

    @Test
    void aQuoteSpeakerKeepsItsSpanAndGetsTheDescription() {
        String text = "Der Präsident trat am Montag vor die Presse. \u201EWir sind bereit\u201C, sagte er.";
        List<Quote> qs = Seeds.text(text, Seeds.full()).quotes();
        Quote q = qs.stream().filter(x -> x.speaker() != null).findFirst().orElseThrow(() -> new AssertionError(qs.toString()));
        assertEquals("er", q.speaker().text());
        assertEquals(text.indexOf("er."), q.speaker().span().start(), "the span SpkAtt scores stays the pronoun's");
        assertEquals("der Präsident", q.speaker().name(), q::toString);
        assertNull(q.speaker().entityId());
    }
}
