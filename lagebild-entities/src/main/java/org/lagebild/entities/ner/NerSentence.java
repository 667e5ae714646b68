package org.lagebild.entities.ner;

import java.util.List;

/** A tokenised sentence with one BIO label per token (labels may be empty for unlabelled text). Immutable. */
public record NerSentence(List<String> tokens, List<String> labels) {
    public NerSentence {
        tokens = List.copyOf(tokens);
        labels = List.copyOf(labels);
        if (!labels.isEmpty() && labels.size() != tokens.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.size() + " labels");
        }
    }
}
