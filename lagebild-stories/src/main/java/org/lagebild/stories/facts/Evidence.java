package org.lagebild.stories.facts;

import java.util.List;
import java.util.Objects;
import org.lagebild.model.Modality;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Quantity;
import org.lagebild.model.Source;
import org.lagebild.model.Span;

/**
 * One claim behind a fact: the article and claim ids, the claim's span and sentence text in the article's clean
 * text, the attribution chain (publisher first, original source last), modality and its cues, the quantity as
 * stated (null if none), the event time (null if the text gives none), when it was said ({@code stated}: the
 * time of a frame claim such as "bestätigte Ende April", else the publication window), the article's
 * publication date and publisher, and its duplicate group (null when it has no copies).
 *
 * @param source the normalised key of the innermost source (see {@link Sources#key}); never null
 * @param opening true when the claim stands in the article's opening: its headline or the two sentences after it
 *                (the lead; a web page may put a line of page furniture between), see {@link FactBuilder}
 */
public record Evidence(String articleId, String claimId, Span span, String sentence, List<Source> attribution,
                       Modality modality, List<String> cues, Quantity quantity, EventTime time, EventTime stated,
                       PublicationDate published, String publisher, String duplicateGroup, String source,
                       String sourceText, String sourceRole, boolean opening) {
    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(source, "source");
        sentence = sentence == null ? "" : sentence;
        attribution = attribution == null ? List.of() : List.copyOf(attribution);
        cues = cues == null ? List.of() : List.copyOf(cues);
        published = published == null ? PublicationDate.UNKNOWN : published;
    }

    /** "articleId#claimId": unique within a store. */
    public String ref() {
        return articleId + "#" + claimId;
    }
}
