package org.lagebild.stories.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lagebild.model.Argument;
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
import org.lagebild.model.Source;
import org.lagebild.model.Span;
import org.lagebild.model.TimeExpression;
import org.lagebild.model.TimexType;

/** Test helper: hand-made documents whose sentences each carry one claim. */
final class Claims {
    private static final Provenance P = Provenance.of("test", "hand");

    private Claims() {
    }

    /** One claim's parts; null for what the text does not give. */
    record Spec(String sentence, String predicate, String subjectId, Double value, Double min, Double max, String unit,
                String time, Modality modality, List<Source> chain, String locationId) {
        Spec(String sentence, String predicate, String subjectId, Double value, Double min, Double max, String unit,
             String time, Modality modality, List<Source> chain) {
            this(sentence, predicate, subjectId, value, min, max, unit, time, modality, chain, null);
        }

        /** The same claim set in the place of that entity id. */
        Spec at(String entityId) {
            return new Spec(sentence, predicate, subjectId, value, min, max, unit, time, modality, chain, entityId);
        }
    }

    static Spec spec(String sentence, String predicate, String subjectId, Double value, Double min, Double max, String unit,
                     String time, Modality modality, Source... chain) {
        return new Spec(sentence, predicate, subjectId, value, min, max, unit, time, modality, List.of(chain));
    }

    static Source publisher(String name) {
        return new Source(null, name, null, name, "publisher");
    }

    static Source source(String text, String entityId, String role) {
        return new Source(new Span(0, 1), text, entityId, entityId == null ? null : text, role);
    }

    /** A document published on {@code day} (null: unknown) with one sentence and one claim per spec. */
    static Document doc(String id, String publisher, LocalDate day, Spec... specs) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            Spec s = specs[i];
            int start = text.length();
            text.append(s.sentence()).append(' ');
            Span span = new Span(start, start + s.sentence().length());
            sentences.add(new Sentence(i, span));
            Quantity q = s.value() == null && s.min() == null && s.max() == null ? null
                    : new Quantity(span, "n", s.value(), s.min(), s.max(), false, false, false, null, s.unit(), s.unit(), null, P);
            Argument subject = s.subjectId() == null ? null : new Argument(span, s.subjectId(), s.subjectId(), s.subjectId());
            TimeExpression t = s.time() == null ? null
                    : new TimeExpression(span, s.time(), TimexType.DATE, s.time(), null, "DCT", true, P);
            claims.add(new Claim("c" + i, q == null ? ClaimKind.EVENT : ClaimKind.QUANTITY, span, i, s.predicate(), s.predicate(),
                    subject, null, q, s.locationId() == null ? null : new Argument(span, s.locationId(), s.locationId(), s.locationId()),
                    t, s.chain(), s.modality(), List.of(), null, P));
        }
        PublicationDate pd = day == null ? null : PublicationDate.stated(day, DateSource.GIVEN, "test");
        Article a = new Article(id, id + ".txt", "text", null, "", text.toString(), List.of(), List.of(), List.of(), "de",
                publisher, null, pd);
        return Document.of(a).withSentences(sentences).withClaims(claims);
    }
}
