package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermExtractorTest {
    @Test
    void examplesInTheWordListHold() throws IOException {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TermExtractor.class.getResourceAsStream("stopwords.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("# example\t")) {
                    String[] f = line.split("\t");
                    List<String> got = new ArrayList<>();
                    TermExtractor.instance().terms(f[2], f[1], 1, (t, w) -> got.add(t));
                    assertEquals(f[3], String.join(" ", got), line);
                    n++;
                }
            }
        }
        assertTrue(n >= 2, "examples: " + n);
    }

    @Test
    void titleWeightAndNoiseTokens() {
        List<String> got = new ArrayList<>();
        TermExtractor.instance().terms("Kursk: 10.000 Soldaten, 12 Tote — x", "de", 3, (t, w) -> got.add(t + "*" + w));
        assertEquals(List.of("kursk*3", "000*3", "soldat*3", "tot*3"), got);
    }

    @Test
    void spanishAndFrenchFunctionWordsAreNoTerms() {
        // without their stop sets, "de", "la", "que", "los" made any two Spanish texts alike
        List<String> got = new ArrayList<>();
        TermExtractor.instance().terms("La tendencia de los precios de los combustibles es al alza, según el ministerio que",
                "es", 1, (t, w) -> got.add(t));
        assertEquals(List.of("tendenci", "preci", "combustibl", "alza", "segun", "ministeri"), got);
        got.clear();
        TermExtractor.instance().terms("Le ministre de la Santé sommé de démissionner", "fr", 1, (t, w) -> got.add(t));
        assertEquals(List.of("ministr", "sant", "some", "demision"), got);
        got.clear();
        TermExtractor.instance().terms("la casa de Juan", "xx", 1, (t, w) -> got.add(t));
        assertEquals(List.of("la", "casa", "de", "juan"), got, "a language without a stop set keeps its words");
    }

    @Test
    void englishNamesGetATwinOutsideSentenceStarts() {
        List<String> got = new ArrayList<>();
        TermExtractor.instance().terms("Police said Bailey was shot in Berrien County. Deputies came", "en", 1, true, (t, w) -> got.add(t));
        assertEquals(List.of("police", "bailey", "^bailey", "shot", "berrien", "^berrien", "county", "^county", "deputy", "came"), got);
        got.clear();
        TermExtractor.instance().terms("Soldaten in Kursk", "de", 1, true, (t, w) -> got.add(t));
        assertEquals(List.of("soldat", "kursk"), got, "German capitalises every noun: no twins");
    }

    @Test
    void outletNameComesOffTheHeadline() {
        assertEquals("Man indicted in fatal gang shooting at Bunny's truck stop",
                StoryFeatures.headline("Man indicted in fatal gang shooting at Bunny's truck stop - KLTV.com - Tyler, Longview |ETX News"));
        assertEquals("Four people shot at a Berrien County Courthouse",
                StoryFeatures.headline("Four people shot at a Berrien County Courthouse"));
        assertEquals("Kursk - Lage", StoryFeatures.headline("Kursk - Lage"), "a short head is the whole title");
    }

    @Test
    void bundledConfigParsesAndBadConfigFailsLoudly() throws IOException {
        ClusterConfig c = ClusterConfig.defaults();
        assertTrue(c.candidates() > 0 && c.timeScaleDays() > 0);
        assertThrows(IllegalStateException.class,
                () -> ClusterConfig.parse(new BufferedReader(new StringReader("candidates\t40\n")), "test"));
    }
}
