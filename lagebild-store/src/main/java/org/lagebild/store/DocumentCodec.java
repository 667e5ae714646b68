package org.lagebild.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.lagebild.model.Article;
import org.lagebild.model.Document;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;
import org.lagebild.model.Token;

/**
 * JSON form of a {@link Document} for the {@code articles.doc} column: everything but the article's
 * clean text, which is stored in its own column. Spans, tokens and sentences are written as compact
 * arrays ({@code [start,end]}, {@code [[start,end],sentence]}, {@code [index,[start,end]]}) because
 * a long article has thousands of them; nulls are left out. Thread-safe.
 */
final class DocumentCodec {

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"start", "end"})
    private interface SpanMixin {
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"span", "sentence"})
    private interface TokenMixin {
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"index", "span"})
    private interface SentenceMixin {
    }

    @JsonIgnoreProperties({"text"})
    private interface ArticleWithoutTextMixin {
    }

    private final ObjectMapper reader = mapper(false);
    private final ObjectWriter writer = mapper(true).writerFor(Document.class);

    private static ObjectMapper mapper(boolean forWriting) {
        JsonMapper.Builder b = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // forward compatibility: a field dropped from the model must not make old rows unreadable
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // derived booleans (Span.isEmpty, PublicationDate.isKnown) are not state
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addMixIn(Span.class, SpanMixin.class)
                .addMixIn(Token.class, TokenMixin.class)
                .addMixIn(Sentence.class, SentenceMixin.class);
        if (forWriting) {
            b.addMixIn(Article.class, ArticleWithoutTextMixin.class);
        }
        return b.build();
    }

    String encode(Document doc) {
        try {
            return writer.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode document " + doc.article().id(), e);
        }
    }

    /** How every encoded document starts: the article comes first (the record's first component). */
    private static final String ARTICLE_START = "{\"article\":{";

    Document decode(String json, String text) {
        if (json.startsWith(ARTICLE_START)) {
            // the text spliced into the JSON and read in one pass: a tree first, then the record, read it twice
            StringBuilder b = new StringBuilder(json.length() + text.length() + 32);
            b.append(ARTICLE_START).append("\"text\":\"");
            JsonStringEncoder.getInstance().quoteAsString(text, b);
            b.append('"');
            if (json.length() > ARTICLE_START.length() && json.charAt(ARTICLE_START.length()) != '}') {
                b.append(',');
            }
            b.append(json, ARTICLE_START.length(), json.length());
            try {
                return reader.readValue(b.toString(), Document.class);
            } catch (JsonProcessingException | RuntimeException e) {
                throw new IllegalStateException("cannot decode stored document: " + e.getMessage(), e);
            }
        }
        try {
            ObjectNode tree = (ObjectNode) reader.readTree(json);
            ((ObjectNode) tree.get("article")).put("text", text);
            return reader.treeToValue(tree, Document.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("cannot decode stored document: " + e.getMessage(), e);
        }
    }
}
