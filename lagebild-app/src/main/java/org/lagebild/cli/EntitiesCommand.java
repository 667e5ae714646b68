package org.lagebild.cli;

import org.lagebild.engine.Views;
import java.util.List;
import java.util.concurrent.Callable;
import org.lagebild.engine.Lagebild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists entities with mention counts. */
@Command(name = "entities", mixinStandardHelpOptions = true, description = "Lists entities with their mention and article counts.")
final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;
    @Option(names = "--article", paramLabel = "ID", description = "Only the entities of this article.")
    String article;
    @Option(names = "--top", defaultValue = "30", description = "At most N entities. Default: ${DEFAULT-VALUE}")
    int top;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be positive");
        }
        try (Lagebild lb = common.openForReading()) {
            String id = article == null ? null : Lookup.document(lb, article).article().id();
            var rows = lb.store().entities(id, top).stream().map(Views::entityCount).toList();
            common.output(spec.commandLine().getOut()).rows(rows, List.of("entity", "name", "type", "mentions", "articles"));
            return 0;
        }
    }
}
