package org.lagebild.annotate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lagebild.model.Document;
import org.lagebild.model.Layer;

/**
 * An ordered list of stages whose requirements are checked when it is built: every layer a stage
 * requires must be provided by the input ({@link Layer#TEXT}) or an earlier stage. Thread-safe.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    /** The layers a document has after this pipeline. */
    public Set<Layer> provides() {
        EnumSet<Layer> have = EnumSet.of(Layer.TEXT);
        stages.forEach(s -> have.addAll(s.provides()));
        return have;
    }

    /** Runs all stages in order. */
    public Document apply(Document document, AnnotationContext context) {
        Document d = document;
        for (Stage s : stages) {
            d = s.apply(d, context);
        }
        return d;
    }

    /** Collects stages and checks them on {@link #build()}. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        /** @throws IllegalStateException naming the stage and the missing layers */
        public Pipeline build() {
            EnumSet<Layer> have = EnumSet.of(Layer.TEXT);
            for (Stage s : stages) {
                EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
                for (Layer l : s.requires()) {
                    if (!have.contains(l)) {
                        missing.add(l);
                    }
                }
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("stage '" + s.name() + "' requires " + missing
                            + " but the stages before it provide only " + have);
                }
                have.addAll(s.provides());
            }
            return new Pipeline(stages);
        }
    }
}
