package org.lagebild.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.model.Document;
import org.lagebild.model.Quantity;
import org.lagebild.model.TimeExpression;
import org.lagebild.time.pubdate.PublicationDateResolver;
import org.lagebild.time.quantity.QuantityTagger;
import org.lagebild.time.timex.TimeTagger;

/** Feeds random strings built from risky pieces to every stage: no exception, spans inside the text. */
class RandomInputTest {
    static final String[] PIECES = {"1", "0", "9", ".", ",", ":", "/", "-", "–", " ", "\n", "(", ")", "^", "+", "%", "€",
        "Mai", "Ende", "April", "2024", "31.", "Februar", "bis zu", "mehr als", "Tausende", "zwischen", "und", "seit",
        "über", "fünf", "Monaten", "am Tag zuvor", "v. Chr.", "er Jahre", "Uhr", "Mio.", "Soldaten", "ein", "Drittel",
        "in vierstelliger Höhe", "\uD83D\uDE00", "ß", "İ", "ı", "99999", "0000", "Jahrhunderts"};

    @Test
    void randomStrings() {
        Random r = new Random(7);
        QuantityTagger q = new QuantityTagger();
        TimeTagger t = new TimeTagger();
        TimeTagger narrative = new TimeTagger(TimeTagger.Mode.NARRATIVE);
        PublicationDateResolver p = new PublicationDateResolver();
        AnnotationContext ctx = new AnnotationContext(LocalDate.of(2025, 1, 1));
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
                if (r.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            Document d = p.apply(TestDocs.doc(text, i % 5 == 0 ? "en" : "de"), ctx);
            d = q.apply(t.apply(d, ctx), ctx);
            narrative.apply(d, ctx);
            for (Quantity x : d.quantities()) {
                assertTrue(x.span().end() <= text.length(), text);
            }
            for (TimeExpression x : d.times()) {
                assertTrue(x.span().end() <= text.length(), text);
                assertTrue(x.resolved() == (x.value() != null), text);
            }
        }
    }
}
