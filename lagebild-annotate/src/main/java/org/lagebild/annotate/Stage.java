package org.lagebild.annotate;

import java.util.Set;
import org.lagebild.model.Document;
import org.lagebild.model.Layer;

/**
 * One annotation step. A stage is stateless after construction and thread-safe: {@link #apply}
 * may be called from many threads at once. It declares the layers it needs and those it adds;
 * {@link Pipeline} checks these when it is built.
 */
public interface Stage {

    /** A short stable name, recorded in the provenance of everything the stage produces. */
    String name();

    /** Layers that must be present before this stage runs. */
    Set<Layer> requires();

    /** Layers this stage adds. */
    Set<Layer> provides();

    /**
     * Annotates one document. Must not throw for any text: a stage that cannot annotate part of
     * a document leaves it out (or marks it unresolved) instead.
     */
    Document apply(Document document, AnnotationContext context);
}
