package org.lagebild.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An article with its annotation layers. Immutable: stages return a new document with their layer
 * filled in via the {@code with…} methods, which also record the layer as present.
 *
 * @param language      identified language (ISO 639-1, "und" if unknown)
 * @param referenceTime the day relative expressions are resolved against
 */
public record Document(Article article, Set<Layer> layers, String language, double languageConfidence,
                       LocalDate referenceTime, List<Sentence> sentences, List<Token> tokens,
                       List<TimeExpression> times, List<Quantity> quantities, List<EntityMention> entities,
                       List<Quote> quotes, List<Claim> claims) {

    public Document {
        Objects.requireNonNull(article, "article");
        layers = Set.copyOf(layers);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        entities = List.copyOf(entities);
        // documents stored before a layer existed read back with that layer empty
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** A document with only the text layer. */
    public static Document of(Article article) {
        return new Document(article, EnumSet.of(Layer.TEXT), null, 0.0, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String text() {
        return article.text();
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    private Set<Layer> plus(Layer layer) {
        EnumSet<Layer> s = EnumSet.of(layer);
        s.addAll(layers);
        return s;
    }

    public Document withArticle(Article a) {
        return new Document(a, layers, language, languageConfidence, referenceTime, sentences, tokens, times, quantities, entities, quotes, claims);
    }

    public Document withLanguage(String lang, double confidence) {
        return new Document(article, plus(Layer.LANGUAGE), lang, confidence, referenceTime, sentences, tokens, times, quantities, entities, quotes, claims);
    }

    public Document withReferenceTime(LocalDate day) {
        return new Document(article, plus(Layer.REFERENCE_TIME), language, languageConfidence, day, sentences, tokens, times, quantities, entities, quotes, claims);
    }

    public Document withSentences(List<Sentence> s) {
        return new Document(article, plus(Layer.SENTENCES), language, languageConfidence, referenceTime, s, tokens, times, quantities, entities, quotes, claims);
    }

    public Document withTokens(List<Token> t) {
        return new Document(article, plus(Layer.TOKENS), language, languageConfidence, referenceTime, sentences, t, times, quantities, entities, quotes, claims);
    }

    public Document withTimes(List<TimeExpression> t) {
        return new Document(article, plus(Layer.TIMES), language, languageConfidence, referenceTime, sentences, tokens, t, quantities, entities, quotes, claims);
    }

    public Document withQuantities(List<Quantity> q) {
        return new Document(article, plus(Layer.QUANTITIES), language, languageConfidence, referenceTime, sentences, tokens, times, q, entities, quotes, claims);
    }

    public Document withEntities(List<EntityMention> e) {
        return new Document(article, plus(Layer.ENTITIES), language, languageConfidence, referenceTime, sentences, tokens, times, quantities, e, quotes, claims);
    }

    public Document withQuotes(List<Quote> q) {
        return new Document(article, plus(Layer.QUOTES), language, languageConfidence, referenceTime, sentences, tokens, times, quantities, entities, q, claims);
    }

    public Document withClaims(List<Claim> c) {
        return new Document(article, plus(Layer.CLAIMS), language, languageConfidence, referenceTime, sentences, tokens, times, quantities, entities, quotes, c);
    }

    /** The index of the sentence containing offset {@code pos}, or -1. */
    public int sentenceAt(int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (pos < s.start()) {
                hi = mid - 1;
            } else if (pos >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
