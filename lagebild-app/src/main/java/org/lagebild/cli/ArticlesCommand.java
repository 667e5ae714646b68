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

/** Lists stored articles, newest first. */
@Command(name = "articles", mixinStandardHelpOptions = true, description = "Lists the stored articles, newest first.")
final class ArticlesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;
    @Option(names = "--limit", defaultValue = "100", description = "At most N articles. Default: ${DEFAULT-VALUE}")
    int limit;
    @Option(names = "--offset", defaultValue = "0", description = "Skip the first N.")
    int offset;

    @Override
    public Integer call() throws Exception {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("--limit and --offset must not be negative");
        }
        try (Lagebild lb = common.openForReading()) {
            var rows = lb.store().articles(limit, offset).stream().map(Views::summary).toList();
            common.output(spec.commandLine().getOut()).rows(rows,
                    List.of("id", "published", "dateSource", "publisher", "language", "title"));
            return 0;
        }
    }
}
