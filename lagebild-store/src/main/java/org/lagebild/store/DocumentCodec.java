package org.lagebild.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.lagebild.model.Document;

/**
 * JSON form of a {@link Document} for the {@code articles.doc} column: everything but the article's
 * clean text, which is stored in its own column. Thread-safe.
 */
final class DocumentCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // forward compatibility: a field dropped from the model must not make old rows unreadable
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // derived booleans (Span.isEmpty, PublicationDate.isKnown) are not state
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .build();

    String encode(Document doc) {
        ObjectNode tree = mapper.valueToTree(doc);
        ((ObjectNode) tree.get("article")).remove("text");
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode document " + doc.article().id(), e);
        }
    }

    Document decode(String json, String text) {
        try {
            ObjectNode tree = (ObjectNode) mapper.readTree(json);
            ((ObjectNode) tree.get("article")).put("text", text);
            return mapper.treeToValue(tree, Document.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("cannot decode stored document: " + e.getMessage(), e);
        }
    }
}
