package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.Document;

/** Every example of argument-roles.tsv, run through the whole pipeline, gives its row's subject. */
class ArgumentRolesExamplesTest {

    @Test
    void everyExampleGivesItsSubject() {
        List<String> failures = new ArrayList<>();
        for (String[] ex : ArgumentRoles.get().examples) {
            Document d = Seeds.text(ex[1], Seeds.full());
            Claim c = d.claims().stream().filter(x -> x.kind() != ClaimKind.QUOTE).findFirst().orElse(null);
            String expected = ex[2];
            String got = c == null ? "no claim" : c.subject() == null ? "-" : c.subject().text();
            if (!expected.equals(got)) {
                failures.add(ex[0] + ": expected '" + expected + "', got '" + got + "': " + ex[1]);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(ArgumentRoles.get().examples.size() >= 10);
    }

    @Test
    void killedSoldiersKeepTheirNationalityAndTheWarTargetIsNoAgent() {
        Document d = Seeds.text("Südkoreanischen Schätzungen von Anfang September sollen inzwischen rund 2000 nordkoreanische "
                + "Soldaten im Krieg gegen die Ukraine getötet worden sein.", Seeds.full());
        Claim c = d.claims().stream().filter(x -> x.kind() == ClaimKind.QUANTITY).findFirst().orElseThrow();
        assertEquals("kill", c.predicate());
        assertEquals(null, c.subject());
        assertEquals("nordkoreanische Soldaten", c.object().text());
        assertEquals("lb:gpe:kp", c.object().entityId());
    }

    @Test
    void sanctionsInBackgroundAreNoEvent() {
        Document d = Seeds.text("Im Jahr 2022 wurden die Beziehungen zwischen Moskau und Pjöngjang enger, hauptsächlich im "
                + "Zusammenhang mit den vom Westen gegen Moskau verhängten Sanktionen.", Seeds.full());
        assertTrue(d.claims().stream().noneMatch(x -> "sanction".equals(x.predicate())), d.claims().toString());
    }

    @Test
    void receiverIsNoSender() {
        Document d = Seeds.text("Wladimir Putin bekommt Tausende neue Soldaten von Kim Jong-un.", Seeds.full());
        Claim c = d.claims().stream().filter(x -> x.kind() == ClaimKind.QUANTITY).findFirst().orElseThrow();
        assertEquals("Kim Jong-un", c.subject().text());
    }

    @Test
    void agentOfARelativeClauseStandsInIt() {
        Document d = Seeds.text("Der Kreml spricht beim seit 2022 voll ausgeweiteten Krieg gegen die Ukraine, bei dem auch "
                + "Tausende nordkoreanische Soldaten zum Einsatz kamen, meist von einer speziellen Militäroperation.", Seeds.full());
        Claim c = d.claims().stream().filter(x -> x.kind() == ClaimKind.QUANTITY).findFirst().orElseThrow();
        assertEquals(null, c.subject());
    }

    @Test
    void theVisitedCountryIsThePlaceAndTheGenitiveTheVisitor() {
        Claim c = Seeds.text("Im Juni 2024 stattete Wladimir Putin Nordkorea einen Besuch ab.", Seeds.full()).claims().get(0);
        assertEquals("visit", c.predicate());
        assertEquals("lb:gpe:kp", c.location().entityId());
        Claim v = Seeds.text("Diesmal beehrt der Kreml Nordkoreas Machthaber Kim Jong-Un durch einen Besuch des "
                + "Ex-Präsidenten Dimitri Medwedew.", Seeds.full()).claims().get(0);
        assertEquals("visit", v.predicate());
        assertEquals("Dimitri Medwedew", v.subject().text());
    }

    @Test
    void saidInACountryIsNoStatement() {
        Claim c = Seeds.text("Putin sei demnach bereit, im Gegenzug für 100.000 Nordkorea-Soldaten Energie anzubieten, "
                + "heißt es in Russland.", Seeds.full()).claims().stream().filter(x -> x.kind() == ClaimKind.QUANTITY)
                .findFirst().orElseThrow();
        var inner = c.attribution().get(c.attribution().size() - 1);
        assertEquals("in Russland", inner.text());
        assertEquals("anonymous", inner.role());
        assertEquals(null, inner.entityId());
    }

    @Test
    void headlineAgentAfterTheColon() {
        Document d = Seeds.text("Wladimir Putin verzweifelt: Kim Jong-un soll 100.000 Soldaten für Sieg im Ukraine-Krieg schicken",
                Seeds.full());
        Claim c = d.claims().stream().filter(x -> x.kind() == ClaimKind.QUANTITY).findFirst().orElseThrow();
        assertEquals("Kim Jong-un", c.subject().text());
    }

    @Test
    void aGenitiveNameBeforeTheEventNounIsItsAgentAndTheCapitalOfACountryItsPlace() {
        Claim c = Seeds.text("Die Ankündigung erfolgte während Schoigus Besuch in der nordkoreanischen Hauptstadt.", Seeds.full())
                .claims().get(0);
        assertEquals("visit", c.predicate());
        assertEquals("lb:per:sergei-schoigu", c.subject().entityId());
        assertEquals("lb:gpe:kp", c.location().entityId());
        assertEquals("nordkoreanischen Hauptstadt", c.location().text());
        Claim p = Seeds.text("Putins Besuch in Pjöngjang dauerte nur einen Tag.", Seeds.full()).claims().get(0);
        assertEquals("visit", p.predicate());
        assertEquals("lb:per:wladimir-putin", p.subject().entityId());
        assertEquals("lb:loc:pjoengjang", p.location().entityId());
    }

    @Test
    void aGenitiveBeforeAVerbOrAKillingNamesNoAgent() {
        Claim c = Seeds.text("Nordkoreanische Soldaten sollen an der Seite Russlands kämpfen.", Seeds.full()).claims().get(0);
        assertEquals(null, c.subject());
        Claim k = Seeds.text("Nawalnys Tötung im Straflager wurde international verurteilt.", Seeds.full()).claims().stream()
                .filter(x -> "kill".equals(x.predicate())).findFirst().orElse(null);
        assertTrue(k == null || k.subject() == null || !k.subject().text().startsWith("Nawalny"), String.valueOf(k));
    }

    @Test
    void stayingInAPlaceIsAVisitThere() {
        Claim c = Seeds.text("Schoigu hält sich auf Weisung von Kremlchef Wladimir Putin bereits zum dritten Mal binnen fast "
                + "drei Monaten in Pjöngjang auf.", Seeds.full()).claims().get(0);
        assertEquals("visit", c.predicate());
        assertEquals("lb:per:sergei-schoigu", c.subject().entityId());
        assertEquals("lb:loc:pjoengjang", c.location().entityId());
        Claim s = Seeds.text("Der Minister hatte sich zuvor zwei Tage in Moskau aufgehalten.", Seeds.full()).claims().get(0);
        assertEquals("visit", s.predicate());
        assertTrue(Seeds.text("Die Zahl der Angriffe hält sich auf niedrigem Niveau.", Seeds.full()).claims().stream()
                .noneMatch(x -> "visit".equals(x.predicate())));
        assertTrue(Seeds.text("Die Ukraine konnte den Vormarsch nicht aufhalten.", Seeds.full()).claims().stream()
                .noneMatch(x -> "visit".equals(x.predicate())));
    }

    @Test
    void anEventNounPointingBackTakesTheAgentAndPlaceOfTheEventNamedBefore() {
        List<Claim> cs = Seeds.text("Medwedew besuchte Nordkorea. Er traf dort Kim Jong-un. Der russische Sicherheitsrat teilte "
                + "den Besuch über Telegram mit.", Seeds.full()).claims().stream().filter(x -> x.kind() != ClaimKind.QUOTE).toList();
        Claim last = cs.get(cs.size() - 1);
        assertEquals("visit", last.predicate());
        assertEquals("Medwedew", last.subject().text());
        assertEquals("lb:gpe:kp", last.location().entityId());
        assertTrue(last.provenance().rule().endsWith("-anaphor"), last.provenance().rule());
    }

    @Test
    void anEventNounPointingBackToNothingKeepsNoArguments() {
        List<Claim> cs = Seeds.text("Putin traf Kim in Pjöngjang. Der russische Sicherheitsrat teilte den Besuch über Telegram mit.",
                Seeds.full()).claims().stream().filter(x -> "visit".equals(x.predicate())).toList();
        assertEquals(1, cs.size(), cs.toString());
        assertEquals(null, cs.get(0).subject());
        assertEquals(null, cs.get(0).location());
        // generic plurals and compounds are no pointer back
        List<Claim> ss = Seeds.text("Die EU verhängte neue Sanktionen gegen Russland. Das heißt nicht, dass die Sanktionen "
                + "wirkungslos sind.", Seeds.full()).claims().stream().filter(x -> "sanction".equals(x.predicate())).toList();
        assertEquals(null, ss.get(ss.size() - 1).subject(), ss.toString());
        List<Claim> ms = Seeds.text("Lawrow traf Blinken in Neu-Delhi. Dann verließ er das G20-Treffen.", Seeds.full()).claims()
                .stream().filter(x -> "meet".equals(x.predicate())).toList();
        assertEquals(null, ms.get(ms.size() - 1).location(), ms.toString());
        // a noun with its own target describes an event, it does not point back
        List<Claim> as = Seeds.text("Putin griff 1999 Grosny an. Die Prognosen vor dem Angriff auf die Ukraine waren falsch.",
                Seeds.full()).claims().stream().filter(x -> "attack".equals(x.predicate())).toList();
        assertEquals(null, as.get(as.size() - 1).subject(), as.toString());
    }

    @Test
    void englishPossessivesAndAnaphorsReadTheSameWay() {
        Document d = Seeds.text("Shoigu's visit to Pyongyang lasted two days. The visit ended on Tuesday.", Seeds.full());
        List<Claim> visits = d.claims().stream().filter(x -> "visit".equals(x.predicate())).toList();
        assertEquals(2, visits.size(), d.claims().toString());
        assertEquals("Shoigu", visits.get(0).subject().text());
        assertEquals("Shoigu", visits.get(1).subject().text());
        assertEquals(visits.get(0).location(), visits.get(1).location());
    }
}
