package org.lagebild.entities.ner;

import java.util.List;
import java.util.Set;

/**
 * A tokenised sentence with one BIO label per token (labels may be empty for unlabelled text).
 * {@code annotatedTypes} names the entity types its corpus annotates, or is null when it annotates
 * every type of the label set: an O token of a partially annotated corpus only says "none of these
 * types", so training accepts any other type there. Immutable.
 */
public record NerSentence(List<String> tokens, List<String> labels, Set<String> annotatedTypes) {
    public NerSentence {
        tokens = List.copyOf(tokens);
        labels = List.copyOf(labels);
        annotatedTypes = annotatedTypes == null ? null : Set.copyOf(annotatedTypes);
        if (!labels.isEmpty() && labels.size() != tokens.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.size() + " labels");
        }
    }

    /** A fully annotated sentence. */
    public NerSentence(List<String> tokens, List<String> labels) {
        this(tokens, labels, null);
    }

    /** Whether predicting {@code label} where the gold label is {@code gold} is no error under this sentence's annotation. */
    boolean accepts(String gold, String label) {
        if (gold.equals(label)) {
            return true;
        }
        return annotatedTypes != null && gold.equals("O") && label.length() > 2 && !annotatedTypes.contains(label.substring(2));
    }
}
