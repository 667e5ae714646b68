package org.lagebild.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.MetaField;
import org.lagebild.model.Span;

class MetadataScoringTest {

    @Test
    void normaliseFoldsCaseQuotesDashesAndSpace() {
        assertEquals("vw-chef warnt vor \"golf aus china\"", MetadataScoring.normalise("VW-Chef  warnt vor „Golf aus China“"));
        assertEquals("a - b 'c'", MetadataScoring.normalise(" A – B\u00A0‘c’ "));
        assertEquals("strasse", MetadataScoring.normalise("STRAẞE".replace("ẞ", "ß")));
        assertEquals("ﬁ".length() == 1 ? "fi" : "", MetadataScoring.normalise("ﬁ")); // NFKC
        assertEquals("", MetadataScoring.normalise(null));
    }

    @Test
    void titleMatchIsExactAfterNormalising() {
        assertTrue(MetadataScoring.titleMatches("Bohren, bis es heiß wird ", "Bohren,  bis es heiß wird"));
        // a kept site suffix counts as wrong
        assertFalse(MetadataScoring.titleMatches("Was ist Freie Software", "Was ist Freie Software - MyOOS Community Forum"));
        assertFalse(MetadataScoring.titleMatches("Titel", ""));
    }

    @Test
    void authorsSplitOnSeparatorsAndConjunctions() {
        assertEquals(Set.of("benjamin fischer", "marcus theurer"),
                MetadataScoring.authorSet(List.of("Benjamin Fischer und Marcus Theurer")));
        assertEquals(Set.of("clara löw", "siddharth prakash", "klaus jacob"),
                MetadataScoring.authorSet(List.of("CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB")));
        assertEquals(Set.of("afp", "the local"), MetadataScoring.authorSet(List.of("AFP/The Local")));
        assertEquals(Set.of("sarah hinger", "sylvia torres-guillén"),
                MetadataScoring.authorSet(List.of("Sarah Hinger; Sylvia Torres-Guillén")));
        assertEquals(Set.of("jane doe", "john smith"), MetadataScoring.authorSet(List.of("Jane Doe and John Smith")));
        // a list of names, and words that only contain "und"/"and"
        assertEquals(Set.of("volkmar kabisch", "ndr"), MetadataScoring.authorSet(List.of("Volkmar Kabisch", "NDR")));
        assertEquals(Set.of("sandra undine"), MetadataScoring.authorSet(List.of("Sandra Undine")));
        assertEquals(Set.of(), MetadataScoring.authorSet(List.of("", " ")));
    }

    private static Article article(String title, String byline) {
        return new Article("id", "in", "html", null, title, "Text.", List.of(new Block(BlockType.PARAGRAPH, new Span(0, 5))),
                List.of(), List.of(new MetaField("title", title, "h1")), null, null, byline, null);
    }

    private static JsonNode item(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void pageScoresCountEmptyGoldApart() throws Exception {
        List<TrafilaturaResult.MetadataMiss> misses = new ArrayList<>();
        MetadataCounts ok = TrafilaturaEvaluation.scoreMetadata(item("{\"title\":\"T\",\"author\":\"Ann Bell und Bo Li\"}"),
                article("T", "Ann Bell, Bo Li"), null, "u", "f", "de", null, misses);
        assertEquals(new MetadataCounts(1, 1, 1, 1, 0, 0), ok);
        assertTrue(misses.isEmpty());
        // empty gold author: a shown author is a false one; a missing key is not counted at all
        MetadataCounts wrong = TrafilaturaEvaluation.scoreMetadata(item("{\"title\":\"\",\"author\":\"\"}"),
                article("T", "Redaktion"), null, "u", "f", "de", null, misses);
        assertEquals(new MetadataCounts(0, 0, 0, 0, 1, 1), wrong);
        assertEquals("author", misses.get(0).field());
        MetadataCounts noKey = TrafilaturaEvaluation.scoreMetadata(item("{\"date\":\"2020-01-01\"}"),
                article("T", "Redaktion"), Boolean.FALSE, "u", "f", "de", null, misses);
        assertEquals(MetadataCounts.ZERO, noKey);
        assertEquals("date", misses.get(1).field());
        // a byline that still reads "Von X" is scored as it reads
        MetadataCounts von = TrafilaturaEvaluation.scoreMetadata(item("{\"author\":\"Ann Bell\"}"),
                article("T", "Von Ann Bell"), null, "u", "f", "de", null, misses);
        assertEquals(new MetadataCounts(0, 0, 1, 0, 0, 0), von);
    }
}
