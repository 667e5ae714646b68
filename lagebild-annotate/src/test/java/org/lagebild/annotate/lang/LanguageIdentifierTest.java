package org.lagebild.annotate.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
    static final LanguageIdentifier ID = new LanguageIdentifier();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        de | Der Kanzler traf sich am Montag mit den Vertretern der Gewerkschaften, um über die Lage der Industrie zu sprechen.
        de | Nordkorea wird 1.000 Minenräumer und 5.000 Soldaten in die russische Region Kursk entsenden.
        de | Wien – Die Gewerkschaft sieht Handlungsbedarf bei sogenannten All-in-Verträgen.
        en | The prime minister met union leaders on Monday to discuss the state of the steel industry.
        en | North Korea will send 1,000 deminers and 5,000 soldiers to the Russian region of Kursk.
        fr | La Corée du Nord va envoyer mille démineurs et cinq mille soldats dans la région russe de Koursk.
        fr | Le président a rencontré lundi les syndicats pour parler de la situation de l'industrie.
        es | El presidente se reunió el lunes con los sindicatos para hablar de la situación de la industria.
        it | Il presidente ha incontrato lunedì i sindacati per parlare della situazione dell'industria.
        nl | De premier heeft maandag met de vakbonden gesproken over de situatie in de industrie.
        pl | Prezydent spotkał się w poniedziałek ze związkowcami, aby porozmawiać o sytuacji w przemyśle.
        pt | O presidente reuniu-se na segunda-feira com os sindicatos para falar sobre a situação da indústria.
        ru | Президент в понедельник встретился с профсоюзами, чтобы обсудить положение в промышленности.
        uk | Президент у понеділок зустрівся з профспілками, щоб обговорити становище в промисловості.
        tr | Cumhurbaşkanı pazartesi günü sanayinin durumunu görüşmek için sendikalarla bir araya geldi.
        sv | Statsministern träffade på måndagen fackförbunden för att diskutera läget i industrin.
        da | Statsministeren mødtes mandag med fagforeningerne for at drøfte situationen i industrien.
        cs | Prezident se v pondělí sešel s odboráři, aby projednali situaci v průmyslu.
        """)
    void identifiesLanguage(String expected, String text) {
        LanguageGuess g = ID.identify(text);
        assertEquals(expected, g.language(), () -> text + " -> " + g);
        assertTrue(g.confidence() > 0.5, () -> "confidence " + g);
    }

    @Test
    void seedsAreGerman() throws IOException {
        Path dir = seedDir();
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertEquals(5, files.size());
            for (Path f : files) {
                LanguageGuess g = ID.identify(Files.readString(f, StandardCharsets.UTF_8));
                assertEquals("de", g.language(), f.toString());
                assertTrue(g.confidence() > 0.9, f + " " + g);
            }
        }
    }

    static Path seedDir() {
        Path p = Path.of("../samples");
        return Files.isDirectory(p) ? p : Path.of("/work/main/samples");
    }

    @Test
    void tooShortOrNoLettersIsUndetermined() {
        assertEquals("und", ID.identify("").language());
        assertEquals("und", ID.identify("12.000 / 3,5 % !!! ???").language());
        assertEquals("und", ID.identify("Hallo").language());
        assertEquals(0.0, ID.identify("").confidence());
    }

    @Test
    void declaredLanguageWhenTooShort() {
        assertEquals(new LanguageGuess("de", 0.5), ID.identify("Eilmeldung", "de-AT"));
        assertEquals("und", ID.identify("Eilmeldung", "").language());
        // a long enough text wins over the declaration
        assertEquals("en", ID.identify("The prime minister met union leaders on Monday.", "de").language());
    }

    @Test
    void unknownScriptIsUndetermined() {
        assertEquals("und", ID.identify("서울에서 열린 회의에서 양국 정상은 협력을 강화하기로 합의했다").language());
        assertEquals("und", ID.identify("東京で開かれた会議で両国の首脳は協力の強化で合意した").language());
        assertEquals("und", ID.identify("据新华社报道，Apple 公司 CEO Tim Cook 周三在北京与 Xiaomi 和 Huawei 的代表会面，双方讨论了合作").language());
        assertEquals("und", ID.identify("قال المتحدث باسم الحكومة إن الاجتماع سيعقد يوم الاثنين في العاصمة").language());
    }

    @Test
    void knowsAtLeastFourteenLanguages() {
        assertTrue(ID.languages().containsAll(List.of("de", "en", "fr", "es", "it", "nl", "pl", "pt", "ru", "uk", "tr", "sv", "da", "cs")));
    }
}
