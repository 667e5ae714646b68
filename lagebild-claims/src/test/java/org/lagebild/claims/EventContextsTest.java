package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.ClaimKind;

class EventContextsTest {

    /** Every example of event-contexts.tsv gives its row's predicate to the event word. */
    @Test
    void everyExampleGetsItsPredicate() {
        Lexicon lex = Lexicon.load();
        EventContexts ctx = EventContexts.load();
        List<String> failures = new ArrayList<>();
        for (String[] ex : ctx.examples()) {
            if (ex[0].isBlank()) {
                continue;
            }
            Words w = Words.of(ex[0], 0, ex[0].length());
            String want = ex[1].equals("-") ? null : ex[1];
            boolean found = false;
            boolean within = ex[2].startsWith("*"); // "*liefer": a word containing the stem
            for (int i = 0; i < w.size(); i++) {
                if (ex[2].startsWith("=") ? w.lower[i].equals(ex[2].substring(1)) // "=angriff": the word itself
                        : within ? w.lower[i].contains(ex[2].substring(1))
                        : w.lower[i].startsWith(ex[2]) || w.lower[i].startsWith("ge" + ex[2])) {
                    found = true;
                    String given = lex.predicateAt(w, i, "de");
                    String got = ctx.apply(w, i, given != null ? given : lex.predicateAt(w, i, "en"));
                    if (!java.util.Objects.equals(want, got)) {
                        failures.add(ex[0] + " => " + got + ", expected " + want);
                    }
                }
            }
            if (!found) {
                failures.add(ex[0] + ": no word with the stem " + ex[2]);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Every example of count-words.tsv: its event word gets the row's predicate (a "#mann" context of
     * event-contexts.tsv after the number word), and without the number word's row it would not.
     */
    @Test
    void countWordExamples() {
        Lexicon lex = Lexicon.load();
        EventContexts ctx = EventContexts.load();
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (String[] ex : ctx.countExamples()) {
            Words w = Words.of(ex[0], 0, ex[0].length());
            boolean numberWord = false;
            String got = null;
            for (int i = 0; i < w.size(); i++) {
                numberWord |= w.lower[i].equals(ex[2]) && i + 1 < w.size() && w.lower[i + 1].equals("mann");
                String given = lex.predicateAt(w, i, "de");
                if (given != null && got == null) {
                    got = ctx.apply(w, i, given);
                }
            }
            if (!numberWord || !ex[1].equals(got)) {
                failures.add(ex[0] + " => " + got + ", expected " + ex[1] + (numberWord ? "" : " (no '" + ex[2] + " Mann')"));
            }
            assertTrue(ctx.countWord(ex[2]));
            run++;
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(run >= 20, "examples run: " + run);
        // the same sentences with the number word's place taken by an article: a man, no troops
        Words man = Words.of("Russland bekommt der Mann aus Nordkorea.", 0, 40);
        assertEquals(null, ctx.apply(man, 1, lex.predicateAt(man, 1, "de")));
        Words one = Words.of("Dort lieferte ein Mann Pakete aus.", 0, 34);
        assertEquals(null, ctx.apply(one, 1, lex.predicateAt(one, 1, "de")));
    }

    /** A "^" stem is a noun only: the prisoners are no capture, the arrested mafia boss is one (session 17, unseen check). */
    @Test
    void theNounOfThoseArrestedIsNoCaptureTheAdjectiveIs() {
        Lexicon lex = Lexicon.load();
        EventContexts ctx = EventContexts.load();
        String noun = "Die Festgenommenen wurden am Abend verhört.";
        Words n = Words.of(noun, 0, noun.length());
        assertEquals(null, ctx.apply(n, 1, lex.predicateAt(n, 1, "de")));
        String adjective = "Der im Dezember festgenommene Mafiaboss wurde ausgeliefert.";
        Words a = Words.of(adjective, 0, adjective.length());
        assertEquals("capture", ctx.apply(a, 3, lex.predicateAt(a, 3, "de")));
        String student = "Ein in Pjöngjang festgenommener US-Student wurde verurteilt.";
        Words st = Words.of(student, 0, student.length());
        assertEquals("capture", ctx.apply(st, 3, lex.predicateAt(st, 3, "de")));
    }

    /** Prefixed "verlegen" is a deployment with troops only (session 17, web pages). */
    @Test
    void aMeetingMovedForwardIsNoDeploymentTroopsMovedForwardAre() {
        Lexicon lex = Lexicon.load();
        EventContexts ctx = EventContexts.load();
        for (String[] c : new String[][] {{"Die Runde am Morgen habe ich vorverlegt.", null},
                {"Deiche sollen rückverlegt werden.", null}, {"Die Armee hat Truppen an die Grenze vorverlegt.", "deploy"}}) {
            Words w = Words.of(c[0], 0, c[0].length());
            String got = "none";
            for (int i = 0; i < w.size(); i++) {
                if (w.lower[i].contains("verleg")) {
                    got = ctx.apply(w, i, lex.predicateAt(w, i, "de"));
                }
            }
            assertEquals(c[1], got, c[0]);
        }
    }

    @Test
    void meetingsStayMeetings() {
        Words w = Words.of("Putin traf sich am Montag mit Kim.", 0, 34);
        assertEquals("meet", EventContexts.load().apply(w, 1, Lexicon.load().predicateAt(w, 1, "de")));
    }

    @Test
    void aFatalHitIsAKillingInClaims() {
        var claims = Seeds.text("Bei einem Drohnenangriff wurden zwei Kommandanten tödlich getroffen.", Seeds.full()).claims();
        assertTrue(claims.stream().anyMatch(c -> c.kind() == ClaimKind.QUANTITY && "kill".equals(c.predicate())),
                () -> claims.toString());
        var hit = Seeds.text("In Aleppo wurden fünf Krankenhäuser getroffen.", Seeds.full()).claims();
        assertTrue(hit.stream().noneMatch(c -> "meet".equals(c.predicate())), () -> hit.toString());
    }

    @Test
    void affectingFleeingAndChemicalWeaponsAreReadAsSuch() {
        var affect = Seeds.text("Die Folgen der Sanktionen treffen 2000 Familien besonders hart.", Seeds.full()).claims();
        assertTrue(affect.stream().noneMatch(c -> "meet".equals(c.predicate())), () -> affect.toString());
        var fled = Seeds.text("In die Stadt sind 20.000 Menschen vor den Kämpfen um Aleppo geflüchtet.", Seeds.full()).claims();
        assertTrue(fled.stream().noneMatch(c -> c.kind() == ClaimKind.QUANTITY && "attack".equals(c.predicate())),
                () -> fled.toString());
        var gas = Seeds.text("In Marea hat der IS Senfgas eingesetzt, 20 Menschen wurden verletzt.", Seeds.full()).claims();
        assertTrue(gas.stream().noneMatch(c -> "deploy".equals(c.predicate())), () -> gas.toString());
        var troops = Seeds.text("Russland hat 2000 Soldaten in Kursk eingesetzt.", Seeds.full()).claims();
        assertTrue(troops.stream().anyMatch(c -> "deploy".equals(c.predicate())), () -> troops.toString());
    }

    /** Session 15: other senses of event words in a newspaper's other sections give no event claim. */
    @Test
    void otherSensesOfEventWordsInANewspaperAreNoEvents() {
        String[][] cases = {
            {"Die Stadt stellt 200 Notbetten zur Verfügung.", "deploy"},
            {"Das Schicksal von 300 Familien ist ungewiss.", "deploy"},
            {"Die Entscheidung ist ihm nach 20 Jahren nicht leicht gefallen.", "die"},
            {"Wegen Sturms sind 12 Rennen ausgefallen.", "die"},
            {"Die Gaslieferungen an 230.000 Kunden wurden gestoppt.", "deliver_weapons"},
            {"Der Verdächtige soll an Frankreich ausgeliefert werden, 2 Komplizen sind in Haft.", "deliver_weapons"},
            {"Für den Bau sind 350 Millionen Euro veranschlagt.", "attack"},
        };
        for (String[] c : cases) {
            var claims = Seeds.text(c[0], Seeds.full()).claims();
            assertTrue(claims.stream().noneMatch(x -> c[1].equals(x.predicate())), () -> c[0] + " " + claims);
        }
        var fallen = Seeds.text("Im Krieg sind bisher 2000 Soldaten gefallen.", Seeds.full()).claims();
        assertTrue(fallen.stream().anyMatch(x -> x.kind() == ClaimKind.QUANTITY && "die".equals(x.predicate())),
                () -> fallen.toString());
        var arms = Seeds.text("Die Granatenlieferungen an Moskau umfassen 5000 Stück.", Seeds.full()).claims();
        assertTrue(arms.stream().anyMatch(x -> "deliver_weapons".equals(x.predicate())), () -> arms.toString());
    }

    /** Session 15, second round: technology, software, methods and mail "zum Einsatz", "eingesetzt", "geschickt" are no deployment. */
    @Test
    void deploymentIsOfForcesNotOfTechnology() {
        String[] none = {
            "Als Prozessor kommt der Intel Atom x3-8300 zum Einsatz.",
            "VW hat zugegeben, in Millionen Dieselautos eine illegale Software eingesetzt zu haben.",
            "Um ein Kilo Gemüse zu erzeugen, müssen im Durchschnitt rund 322 Liter Wasser eingesetzt werden.",
            "Acht Angreifer kamen in der EM-Qualifikation zum Einsatz.",
            "Das Publikum daheim an den Laptops darf 300 E-Mails schicken.",
            "Mehr als 200 Bruttowerbemillionen wurden 2015 in den Äther geschickt.",
            "Seit Mittwoch seien rund 20 Kilometer Stacheldrahtzaun verlegt worden.",
            "Die Verschärfung der Entsenderichtlinie betrifft 5000 Betriebe.",
            // session 16
            "Mann hatte vor dem Fernseher paranoide Wahnvorstellungen bekommen.",
            "Die Behörden hatten zuerst gar nicht mitbekommen, dass der Beschuldigte sein Wundermittel verkaufte.",
            "Ich, der deutlich jüngere, frage – eher hinterhältig aufmunternd als tatsächlich auskunftheischend – um Rat.",
            "Im Fansektor Österreich (Sektor C/D) sind noch Karten im 3. Rang (Sektor C) erhältlich.",
            "Die Polizei verlegte am Dienstag auch die beiden für das G-7-Treffen eingerichteten Checkpoints nach Moos.",
            "Jaalon verteidigte zugleich insbesondere die Einsatzregeln der Armee.",
        };
        for (String c : none) {
            var claims = Seeds.text(c, Seeds.full()).claims();
            assertTrue(claims.stream().noneMatch(x -> "deploy".equals(x.predicate())), () -> c + " " + claims);
        }
        String[] deploy = {
            "Das heißt, in etwa werden jeweils etwa 30 Soldaten im Einsatz sein.",
            "Es war kein Vergleich zur Nacht auf Samstag, in der 1.500 Helfer im Einsatz gestanden waren.",
            "Der Polizeieinsatz an der Grenze begann am Montag.",
            "Nordkorea hatte mehr als 10.000 Soldaten nach Russland geschickt.",
            "Die US-Streitkräfte haben zwei F-22-Kampfflugzeuge nach Rumänien entsandt.",
            // session 16: "Mann" after a figure is troops
            "Russland bekommt 3.000 Mann aus Nordkorea.",
            "Kim Jong Un soll ein bis zu 3.000 Mann starkes Bataillon an die Front schicken.",
            "Das Bundesheer verlegte indes Soldaten in die Festungsstadt.",
        };
        for (String c : deploy) {
            var claims = Seeds.text(c, Seeds.full()).claims();
            assertTrue(claims.stream().anyMatch(x -> "deploy".equals(x.predicate())), () -> c + " " + claims);
        }
    }

    @Test
    void otherSensesOfSigningVisitingMeetingAndFallingInTheNews() {
        // session 16, 10kGNAD: the event word of each is no event
        String[][] none = {
            {"sign", "Acht Angreifer kamen zum Einsatz, zuletzt Anatol Cheptine, der bei MFK Ruzomberok unter Vertrag steht."},
            {"visit", "Und in Transsiberian schickt Brad Anderson ein Ensemble auf die Schiene. Erwartet werden etwa zwei Millionen Besucher."},
            {"visit", "Insgesamt sei eine deutliche Buchungszurückhaltung der Reisenden für diesen Sommer zu beobachten."},
            {"meet", "Die Preise seien unter Druck, räumte Fachverbandsobfrau Angelika Sery-Froschauer am Donnerstag bei einem Pressegespräch ein."},
            {"meet", "Auch ÖVP-Wirtschaftsbundpräsident Christoph Leitl hält eine Wahlempfehlung für ein Relikt, sagte er am Montag im STANDARD-Gespräch."},
            {"meet", "Die Erwartungen, die an Trump gestellt werden, sind so gering, dass es schwer wird, sie nicht zu übertreffen."},
            {"die", "Der aus der Zeit gefallene Mozart tänzelt von einer Sehenswürdigkeit zur nächsten."},
        };
        for (String[] c : none) {
            var claims = Seeds.text(c[1], Seeds.full()).claims();
            assertTrue(claims.stream().noneMatch(x -> c[0].equals(x.predicate())), () -> c[1] + " " + claims);
        }
        String[][] kept = {
            {"sign", "Putin und Kim unterzeichneten einen Vertrag über gegenseitigen Beistand."},
            {"visit", "Medwedew besuchte Nordkorea."},
            {"meet", "Putin traf sich mit Kim."},
            {"die", "Die Gefallenen wurden in Kiew beigesetzt."},
        };
        for (String[] c : kept) {
            var claims = Seeds.text(c[1], Seeds.full()).claims();
            assertTrue(claims.stream().anyMatch(x -> c[0].equals(x.predicate())), () -> c[1] + " " + claims);
        }
    }

    @Test
    void sportsStrugglesAndThingsOfTravelAreNoAttacksMeetingsOrVisits() {
        // session 16, second round, 10kGNAD: the event word of each is no event
        String[][] none = {
            {"attack", "Der in der 58. Minute eingewechselte Philipp Hosiner blieb im Angriff der Kölner weitgehend wirkungslos."},
            {"attack", "Im Angriff muss der Trainer auf Benjamin Sulimani verzichten, der nach seiner fünften Gelben Karte zuschauen muss."},
            {"attack", "Arsenal kämpft am Dienstag in der Gruppe F der Champions League im Heimspiel gegen Zagreb um die letzte Chance."},
            {"attack", "Den abschließenden Marathon nahm er von Position 20 in Angriff."},
            {"attack", "In der Nacht auf Freitag hatten die Landwirte in der Steiermark abermals mit Minusgraden zu kämpfen."},
            {"attack", "Github hat offenbar mit Sexismus zu kämpfen."},
            {"meet", "Der Weltranglisten-18. gewann das bisher letzte Aufeinandertreffen mit dem Slowaken in der dritten Qualifikations-Runde."},
            {"meet", "Der Konzern war angesichts der Dominanz der Rivalen Facebook und Google immer weiter ins Hintertreffen geraten."},
            {"meet", "Auch die am Montag Eintreffenden sollen anschließend an Deutschland übergeben werden."},
            {"meet", "Auch er führt Verschwiegenheitspflichten als Argument ins Treffen."},
            {"meet", "Der Ausschuss hatte den Behörden empfohlen, alle Vorbereitungen für die Errichtung eines Drahtzauns zu treffen."},
            {"visit", "Er erklärt der jungen Frau, dass sie ohne gültigen Reisepass und Visa nicht mehr weiterkommt."},
            {"visit", "Am Dienstag beschwor der Premierminister vor Angestellten des Billigfliegers Easyjet die Gefahr höherer Reisekosten herauf."},
            {"visit", "Europäische Reiseversicherung bei schwierigen Rahmenbedingungen mehr nachgefragt."},
        };
        for (String[] c : none) {
            var claims = Seeds.text(c[1], Seeds.full()).claims();
            assertTrue(claims.stream().noneMatch(x -> c[0].equals(x.predicate())), () -> c[1] + " " + claims);
        }
        String[][] kept = {
            {"attack", "Die Türkei hatte vor gut einer Woche Angriffe auf Stellungen der Jihadistenmiliz Islamischer Staat in Syrien gestartet."},
            {"attack", "Die Kurden im Nordirak kämpfen an der Seite einer von den USA angeführten Militärallianz gegen den IS."},
            {"attack", "Der Franzose soll in Syrien gekämpft haben."},
            {"attack", "Es sei unentschuldbar, mit solchen Angriffen Zivilisten ins Visier zu nehmen."},
            {"attack", "Der Sicherheitsrat beschloss, dass ein Team aus Experten die Verantwortlichen für Angriffe mit Chemiewaffen ermittelt."},
            {"meet", "Xi Jinping ging bei einem Treffen mit dem türkischen Präsidenten Recep Tayyip Erdogan am Mittwoch in Peking auf die Kontroverse ein."},
            {"visit", "Vor seiner Reise sagte Erdogan, er sei offen für ein verbessertes Angebot der chinesischen Seite."},
        };
        for (String[] c : kept) {
            var claims = Seeds.text(c[1], Seeds.full()).claims();
            assertTrue(claims.stream().anyMatch(x -> c[0].equals(x.predicate())), () -> c[1] + " " + claims);
        }
    }

    @Test
    void fightersPrisonersSeizedAmmunitionAndPointingOutAreNoAttackCaptureDeliveryOrDenial() {
        // session 17, SemEval 2023 German articles on the war: the event word of each is a noun of people or a seizure
        String[][] none = {
            {"attack", "Die beiden britischen Staatsangehörigen Shaun Pinner und Aiden Aslin gehörten zu einem Trio ausländischer Kämpfer, die als Söldner letzte Woche vom Obersten Gericht in Donezk verurteilt wurden."},
            {"attack", "Im Interview mit dem publizistischen Vordenker Steve Bannon spricht der furchtlose Kämpfer Erzbischof Carlo Maria Viganò von einem Scheitern."},
            {"attack", "Kämpferische Gewerkschafter:innen sind durch das Gesetz über ausländische Agenten immer stärker bedroht."},
            {"capture", "Blutproben ukrainischer Kriegsgefangener weisen auf deren Beteiligung an den biologischen Programmen der USA hin, sagte Igor Kirillow."},
            {"capture", "Einer der Festgenommenen sagte, die Gruppe habe über die mögliche Ermordung des Generaldirektors gesprochen."},
            {"capture", "Moskau und Kiew vereinbarten einen Gefangenenaustausch."},
            {"deliver_weapons", "Außerdem wurden mehr als 1.000 Schuss Munition sowie gefälschte ukrainische Pässe sichergestellt."},
            {"deliver_weapons", "Bei Durchsuchungen im Dezember waren dort unter anderem Munition und Propagandamaterial beschlagnahmt worden."},
            {"deny", "Er wies darauf hin, dass Militäraktionen immer eine Tragödie seien."},
            {"deny", "Deutschlands Außenhandelsbilanz für den Monat Mai wies ein Defizit von einer Milliarde Euro auf."},
        };
        for (String[] c : none) {
            var claims = Seeds.text(c[1], Seeds.full()).claims();
            assertTrue(claims.stream().noneMatch(x -> c[0].equals(x.predicate())), () -> c[1] + " " + claims);
        }
        String[][] kept = {
            {"attack", "Kämpfer der Hamas griffen am Morgen mehrere Ortschaften an."},
            {"attack", "Russische Truppen kämpfen um Bachmut."},
            {"capture", "Russische Truppen haben nach eigenen Angaben 200 ukrainische Soldaten gefangen genommen."},
            {"capture", "Die Polizei hat drei Verdächtige festgenommen."},
            {"deliver_weapons", "Nordkorea soll Russland mit Munition versorgt haben."},
            {"deliver_weapons", "Die USA liefern Munition an Kiew."},
            {"deny", "Russland wies die Vorwürfe zurück."},
            {"deny", "Der Präsident wies die Begriffe „Putins Steuer“ und „Putins Inflation“ auf einer Pressekonferenz zurück."},
            {"deny", "Die Deutsche Stiftung Patientenschutz wies die Forderung nach der kürzeren Quarantäne nun zurück."},
        };
        for (String[] c : kept) {
            var claims = Seeds.text(c[1], Seeds.full()).claims();
            assertTrue(claims.stream().anyMatch(x -> c[0].equals(x.predicate())), () -> c[1] + " " + claims);
        }
    }

    @Test
    void contractsPlanningJudgementsBeingTrueAndCriticismAreNoSigningPlanEstimateMeetingOrAttack() {
        // session 18: other senses of event words in general web text (and SemEval 2023 German opinion pieces)
        String[][] none = {
            {"sign", "Laut Vertrag muss der Verein die Ablöse bis März zahlen."},
            {"sign", "Bei Kündigung droht eine Vertragsstrafe von 500 Euro."},
            {"sign", "Um einen Krieg zu vermeiden, hätte die NATO nicht vertragswidrig erweitert werden dürfen."},
            {"sign", "Auch wenn es noch immer keinen Tarifvertrag gibt, hat sich die Beharrlichkeit für die Beschäftigten ausgezahlt."},
            {"sign", "Der Mietvertrag läuft Ende des Jahres aus."},
            {"plan", "Die Planung des Neubaus hat begonnen."},
            {"estimate", "Nach Einschätzung eines US-Regierungsvertreters sind die russischen Energieeinnahmen derzeit höher als kurz vor dem Ukraine-Krieg."},
            {"estimate", "Klar scheint nur: Eine spontane Fehleinschätzung der Lage kann nicht Grund für Putins Handlungen sein."},
            {"estimate", "Die Gefahr wurde lange unterschätzt."},
            {"meet", "Das trifft auf die meisten Länder der Region nicht zu."},
            {"meet", "Die Vorwürfe seien nicht zutreffend, sagte der Minister."},
            {"attack", "Mindestsicherung und Pensionen stehen unter Beschuss, während der Reichtum einiger weniger wächst."},
            {"attack", "Der Minister geriet wegen der Affäre heftig unter Beschuss."},
        };
        for (String[] c : none) {
            var claims = Seeds.text(c[1], Seeds.full()).claims();
            assertTrue(claims.stream().noneMatch(x -> c[0].equals(x.predicate())), () -> c[1] + " " + claims);
        }
        String[][] kept = {
            {"sign", "Putin und Kim unterzeichneten einen Vertrag über strategische Partnerschaft."},
            {"sign", "Die militärische Zusammenarbeit basiert auf einem Vertrag über eine strategische Partnerschaft zwischen Russland und Nordkorea."},
            {"plan", "Die Armee plant eine Offensive."},
            {"estimate", "Der Geheimdienst schätzte die Zahl auf 10.000."},
            {"meet", "Putin trifft sich zu Gesprächen mit Kim."},
            {"meet", "Der Minister traf Kim zu Gesprächen in Pjöngjang."},
            {"attack", "Syrische Regierungstruppen nahmen dabei IS-Aktivisten unter Beschuss."},
            {"attack", "Die Stadt liegt seit Tagen unter Beschuss der russischen Artillerie."},
        };
        for (String[] c : kept) {
            var claims = Seeds.text(c[1], Seeds.full()).claims();
            assertTrue(claims.stream().anyMatch(x -> c[0].equals(x.predicate())), () -> c[1] + " " + claims);
        }
    }

    /**
     * Session 19: a death or killing whose patient is an animal or a fictional creature is no casualty claim (SemEval
     * 2023 articles 22133 and 22128, 10kGNAD gnad-227); dead or killed people stay deaths and killings.
     */
    @Test
    void deathsOfAnimalsAndCreaturesAreNoCasualtiesDeathsOfPeopleAre() {
        String[] none = {
            "– Wie Macron versuchte, Putin eine tote Katze zu verkaufen",
            "Sofort begann die systematische Inszenierung Putins zum Bären reitenden und Drachen tötenden Superhelden.",
            "Auch tote Tiere sollten mit Respekt behandelt werden, heißt es in der Erklärung.",
            "Die Polizei fand in der Wohnung zwei getötete Hunde.",
        };
        for (String c : none) {
            var claims = Seeds.text(c, Seeds.full()).claims();
            assertTrue(claims.stream().noneMatch(x -> "die".equals(x.predicate()) || "kill".equals(x.predicate())), () -> c + " " + claims);
        }
        String[] kept = {
            "Auf dem Feld lagen tote Soldaten.",
            "Die getöteten Zivilisten wurden in Butscha begraben.",
            "Der Soldat tötete zwei Zivilisten.",
            "Bei dem Angriff auf den Tierpark wurden drei Menschen getötet.",
        };
        for (String c : kept) {
            var claims = Seeds.text(c, Seeds.full()).claims();
            assertTrue(claims.stream().anyMatch(x -> "die".equals(x.predicate()) || "kill".equals(x.predicate())), () -> c + " " + claims);
        }
    }

    /**
     * Session 19: a treaty named by the place it was made is no signing (SemEval 2023 article 22128: "Länder des
     * ehemaligen Warschauer Vertrages" gave "signed an agreement: Russland"); its signing keeps its verb, and a treaty
     * after an article or opening the sentence is read as before.
     */
    @Test
    void aTreatyNamedByItsPlaceIsNoSigning() {
        String[] none = {
            "Die im Dezember 2021 den USA und der NATO von Russland unterbreiteten Vertragsentwürfe, die die Rückabwicklung der "
                    + "NATO in Osteuropa verlangten, deuten mehr als deutlich darauf hin, dass Russland aber auch erneut eine "
                    + "Kontrolle über Länder des ehemaligen Warschauer Vertrages in Osteuropa anstrebt.",
            "Russland habe das Minsker Abkommen nie umgesetzt, sagte Selenskyj.",
        };
        for (String c : none) {
            var claims = Seeds.text(c, Seeds.full()).claims();
            assertTrue(claims.stream().noneMatch(x -> "sign".equals(x.predicate())), () -> c + " " + claims);
        }
        // biased, unbiased: no capture (gnad-230), while a town taken stays one
        String unbiased = "Wer das Werk des Religionswissenschafters René Girard unvoreingenommen betrachtete, kam aus dem Staunen nicht heraus.";
        assertTrue(Seeds.text(unbiased, Seeds.full()).claims().stream().noneMatch(x -> "capture".equals(x.predicate())));
        assertTrue(Seeds.text("Die Armee hat die Stadt eingenommen.", Seeds.full()).claims().stream()
                .anyMatch(x -> "capture".equals(x.predicate())));
        String[] kept = {
            "Das Minsker Abkommen wurde im Februar 2015 unterzeichnet.",
            "Putin und Kim unterzeichneten einen Vertrag über strategische Partnerschaft.",
            "Vertrag über Sicherheitsgarantien unterzeichnet",
        };
        for (String c : kept) {
            var claims = Seeds.text(c, Seeds.full()).claims();
            assertTrue(claims.stream().anyMatch(x -> "sign".equals(x.predicate())), () -> c + " " + claims);
        }
    }
}
