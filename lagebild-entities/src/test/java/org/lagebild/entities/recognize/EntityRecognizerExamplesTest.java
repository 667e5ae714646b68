package org.lagebild.entities.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.entities.EntityRecognizer;
import org.lagebild.entities.TestDocs;
import org.lagebild.model.EntityMention;

/** Runs every example in {@code examples.tsv}. */
class EntityRecognizerExamplesTest {
    static final EntityRecognizer R = new EntityRecognizer();

    static Stream<Arguments> examples() {
        List<String[]> rows = Cues.rows("examples.tsv", List.of("lang", "text", "mention", "entity_id", "type"));
        assertTrue(rows.size() >= 40, "examples: " + rows.size());
        return rows.stream().map(r -> Arguments.of(r[5], r[0], r[1], r[2], r[3], r[4]));
    }

    @ParameterizedTest(name = "line {0}: {3} in \"{2}\"")
    @MethodSource("examples")
    void example(String line, String lang, String text, String mention, String id, String type) {
        // published on the run's day: an undated article links a bare title ("Der Kremlchef") to no holder (session 16)
        LocalDate day = LocalDate.of(2025, 1, 1);
        org.lagebild.model.Document d = TestDocs.doc(text, lang);
        var a = d.article();
        d = d.withArticle(new org.lagebild.model.Article(a.id(), a.input(), a.format(), a.url(), a.title(), a.text(),
                a.blocks(), a.removed(), a.meta(), a.language(), a.publisher(), a.byline(),
                org.lagebild.model.PublicationDate.stated(day, org.lagebild.model.DateSource.GIVEN, "test")));
        List<EntityMention> ms = R.apply(d, new AnnotationContext(day)).entities();
        int at = text.indexOf(mention);
        assertTrue(at >= 0, "mention not in text");
        EntityMention m = ms.stream().filter(x -> x.span().start() == at && x.text().equals(mention)).findFirst().orElse(null);
        if (id.equals("-")) {
            assertFalse(ms.stream().anyMatch(x -> x.span().start() <= at && x.span().end() > at), "unexpected mention: " + ms);
            return;
        }
        assertTrue(m != null, "no mention '" + mention + "' in " + ms);
        assertEquals(id, m.entityId());
        assertEquals(type, m.type().name());
    }
}
