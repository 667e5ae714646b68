package org.lagebild.cli;

import org.lagebild.engine.Views;
import java.util.concurrent.Callable;
import org.lagebild.engine.Lagebild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Counts of what the data directory holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Prints counts of articles, versions, duplicates, annotations and sizes.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Lagebild lb = common.openForReading()) {
            var m = Views.stats(lb.store().stats());
            m.put("nearDuplicates", lb.store().derived().nearDuplicateCount());
            m.put("stories", lb.store().derived().storyCount());
            m.put("dataDir", lb.dataDir().toAbsolutePath().toString());
            common.output(spec.commandLine().getOut()).object(m);
            return 0;
        }
    }
}
