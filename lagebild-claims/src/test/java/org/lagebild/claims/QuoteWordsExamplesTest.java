package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Document;
import org.lagebild.model.Quote;

/** Every example of quote-words.tsv must do what its kind promises when run through the whole pipeline. */
class QuoteWordsExamplesTest {

    @Test
    void everyExampleDoesWhatItsRowSays() {
        QuoteExtractor qx = new QuoteExtractor();
        List<String> failures = new ArrayList<>();
        for (QuoteWords.Example ex : QuoteWords.load().examples) {
            Document d = Seeds.text(ex.sentence(), Seeds.upstream());
            List<QuoteExtractor.Attributed> qs = qx.find(d);
            String w = ex.word();
            boolean ok = switch (ex.kind()) {
                case "not-subj1" -> {
                    int second = d.sentences().size() < 2 ? Integer.MAX_VALUE : d.sentences().get(1).span().start();
                    yield d.sentences().size() >= 2 && qs.stream().noneMatch(q -> q.quote().span().end() > second);
                }
                case "auxiliary" -> qs.stream().anyMatch(q -> q.auxiliary() != null
                        && q.auxiliary().of(d.text()).toLowerCase(Locale.ROOT).equals(w));
                case "reported" -> qs.stream().anyMatch(q -> q.quote().provenance().rule().equals("reported"));
                case "source-noun" -> qs.stream().anyMatch(q -> q.quote().speaker() != null
                        && q.quote().speaker().text().toLowerCase(Locale.ROOT).contains(w));
                case "self-source" -> qs.stream().anyMatch(q -> w.equalsIgnoreCase(q.quote().cue()));
                case "speaker-opener" -> qs.stream().anyMatch(q -> q.quote().speaker() != null
                        && q.quote().speaker().text().toLowerCase(Locale.ROOT).startsWith(w + " "));
                case "speaker-title" -> qs.stream().anyMatch(q -> q.quote().speaker() != null
                        && q.quote().speaker().text().toLowerCase(Locale.ROOT).startsWith(w + ". "));
                case "speaker-role" -> qs.stream().anyMatch(q -> q.quote().speaker() != null
                        && q.quote().speaker().text().equalsIgnoreCase(w));
                case "speaker-end" -> qs.stream().anyMatch(q -> q.quote().speaker() != null
                        && !q.quote().speaker().text().toLowerCase(Locale.ROOT).contains(w)
                        && d.text().startsWith(" " + w, q.quote().speaker().span().end()));
                case "not-speaker" -> !qs.isEmpty() && qs.stream().noneMatch(q -> q.quote().speaker() != null
                        && q.quote().speaker().text().toLowerCase(Locale.ROOT).contains(w));
                case "quote-verb" -> qs.stream().anyMatch(q -> q.quote().speaker() != null && w.equalsIgnoreCase(q.quote().cue()));
                case "quote-adverb" -> qs.stream().anyMatch(q -> q.quote().speaker() != null
                        && !q.quote().speaker().text().toLowerCase(Locale.ROOT).contains(w));
                case "speaker-glue" -> qs.stream().anyMatch(q -> q.quote().speaker() != null
                        && q.quote().speaker().text().toLowerCase(Locale.ROOT).contains(" " + w + " "));
                case "name-particle" -> qs.stream().anyMatch(q -> q.quote().speaker() != null
                        && (" " + q.quote().speaker().text()).matches("(?s).* " + w + " (\\p{Ll}+ )?\\p{Lu}.*"));
                default -> false;
            };
            if (!ok) {
                failures.add(ex.kind() + " '" + w + "': " + ex.sentence() + " -> "
                        + qs.stream().map(QuoteWordsExamplesTest::describe).toList());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static String describe(QuoteExtractor.Attributed a) {
        Quote q = a.quote();
        return q.provenance().rule() + " cue=" + q.cue() + " speaker=" + (q.speaker() == null ? null : q.speaker().text())
                + " [" + q.text() + "]";
    }
}
