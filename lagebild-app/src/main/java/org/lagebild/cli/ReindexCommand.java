package org.lagebild.cli;

import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.lagebild.engine.Lagebild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Rebuilds the search index from the store. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = {"Rebuilds the Lucene index from the SQLite store.",
        "Also repairs a damaged or unreadable index (it is derived from the store: nothing is lost)."})
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // a damaged index is the usual reason to run this: it is emptied and rebuilt, not reported
        try (Lagebild lb = Lagebild.openRebuildingIndex(common.dataDir)) {
            long t0 = System.nanoTime();
            long n = lb.store().reindex();
            var m = new LinkedHashMap<String, Object>();
            m.put("indexed", n);
            m.put("millis", (System.nanoTime() - t0) / 1_000_000);
            common.output(spec.commandLine().getOut()).object(m);
            return 0;
        }
    }
}
