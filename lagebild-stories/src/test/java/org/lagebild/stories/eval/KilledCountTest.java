package org.lagebild.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Article;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.DateSource;
import org.lagebild.model.Document;
import org.lagebild.model.Modality;
import org.lagebild.model.Provenance;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Quantity;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;
import org.lagebild.model.TimeExpression;
import org.lagebild.model.TimexType;
import org.lagebild.stories.facts.FactBuilder;

/** The counting rule of {@link KilledCount} on hand-made claims, through the real {@link FactBuilder}. */
class KilledCountTest {
    private static final LocalDate DAY = LocalDate.of(2016, 5, 2);

    /** One sentence of a hand-made article: its claims' predicates and counts (value, or min with "+"). */
    record S(String text, String[] predicates, String[] counts, Modality modality, String time) {
    }

    static S s(String text, String predicate, String count) {
        return new S(text, new String[] {predicate}, new String[] {count}, Modality.ASSERTED, null);
    }

    static S two(String text, String predicate, String a, String b) {
        return new S(text, new String[] {predicate, predicate}, new String[] {a, b}, Modality.ASSERTED, null);
    }

    static Document doc(String id, LocalDate day, S... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> ss = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Provenance p = Provenance.of("test", "hand");
        for (int i = 0; i < sentences.length; i++) {
            S s = sentences[i];
            int start = text.length();
            text.append(s.text()).append(' ');
            Span span = new Span(start, start + s.text().length());
            ss.add(new Sentence(i, span));
            for (int k = 0; k < s.predicates().length; k++) {
                String c = s.counts()[k];
                Quantity q = null;
                if (c != null) {
                    boolean floor = c.endsWith("+");
                    double v = Double.parseDouble(floor ? c.substring(0, c.length() - 1) : c);
                    q = new Quantity(span, c, v, floor ? v : null, null, false, false, false, null, "person", "person", null, p);
                }
                TimeExpression t = s.time() == null ? null : new TimeExpression(span, s.time(), TimexType.DATE, s.time(), null, "DCT", true, p);
                claims.add(new Claim("c" + claims.size(), q == null ? ClaimKind.EVENT : ClaimKind.QUANTITY, span, i, s.predicates()[k],
                        s.predicates()[k], null, null, q, null, t, List.of(), s.modality(), List.of(), null, p));
            }
        }
        Article a = new Article(id, id, "text", null, "", text.toString(), List.of(), List.of(), List.of(), "en", null, null,
                PublicationDate.stated(day, DateSource.GIVEN, "test"));
        return Document.of(a).withSentences(ss).withClaims(claims);
    }

    static KilledCount.Estimate count(Document... docs) {
        return KilledCount.of(new FactBuilder().build(List.of(docs), null));
    }

    @Test
    void noKillingIsZero() {
        assertEquals(0, count(doc("a", DAY, s("Three people were injured.", "injure", "3"))).killed());
        assertEquals("none", count(doc("a", DAY, s("Police are investigating.", null, null))).rule());
    }

    @Test
    void repeatedTollIsNotSummed() {
        KilledCount.Estimate e = count(doc("a", DAY, s("Two people were killed.", "kill", "2")),
                doc("b", DAY, s("Two men died in the shooting.", "die", "2")),
                doc("c", DAY.plusDays(1), s("2 dead, 4 wounded.", "die", "2")));
        assertEquals(2, e.killed());
        assertEquals("toll", e.rule());
    }

    @Test
    void oneSentenceAddsItsVictims() {
        // "Father kills two children, then fatally shoots self": one claim per victim phrase
        assertEquals(3, count(doc("a", DAY, two("Father kills two children, then fatally shoots self.", "kill", "2", "1"))).killed());
    }

    @Test
    void partialStatementsDoNotLowerTheToll() {
        // the total stated by two articles wins over single deaths repeated more often
        Document a = doc("a", DAY, s("Two people were killed.", "kill", "2"), s("Jason, 18, died.", "die", "1"),
                s("Elliseo, 16, also died.", "die", "1"));
        Document b = doc("b", DAY, s("2 dead in drive-by shooting.", "die", "2"), s("Jason died at the hospital.", "die", "1"));
        Document c = doc("c", DAY, s("Jason, 18, was killed.", "kill", "1"));
        assertEquals(2, count(a, b, c).killed());
    }

    @Test
    void leadWinsAmongEquallySupportedTolls() {
        // the headline's toll comes first; a statistic later in the article does not replace it
        assertEquals(1, count(doc("a", DAY, s("Man killed in shooting.", "kill", "1"),
                s("Four people have died in shootings this month.", "die", "4"))).killed());
    }

    @Test
    void deniedOrQuestionedDeathsDoNotCount() {
        S denied = new S("Police denied that anyone was killed.", new String[] {"kill"}, new String[] {"1"}, Modality.DENIED, null);
        S asked = new S("Was anyone killed?", new String[] {"kill"}, new String[] {"1"}, Modality.QUESTION, null);
        assertEquals(0, count(doc("a", DAY, denied, asked)).killed());
    }

    @Test
    void lowerBoundRaisesTheToll() {
        KilledCount.Estimate e = count(doc("a", DAY, s("A man was found dead.", "die", "1"), s("Police call it a murder-suicide.", "kill", "2+")));
        assertEquals(2, e.killed());
        assertEquals("lower-bound", e.rule());
    }

    @Test
    void earlierEventsDoNotCount() {
        S old = new S("Two teenagers were slain in the same park in May 2011.", new String[] {"kill"}, new String[] {"2"},
                Modality.ASSERTED, "2011-05");
        assertEquals(1, count(doc("a", DAY, s("A teen was shot and killed.", "kill", "1"), old)).killed());
    }

    @Test
    void killingWithoutNumberIsOne() {
        KilledCount.Estimate e = count(doc("a", DAY, s("The victims were killed.", "kill", null)));
        assertEquals(1, e.killed());
        assertEquals("no-figure", e.rule());
    }
}
