package org.lagebild.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.lagebild.engine.Lagebild;
import org.lagebild.store.StoreException;
import picocli.CommandLine.Option;

/** Options every command takes: the data directory and the output format. */
public final class CommonOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:LAGEBILD_DATA:-lagebild-data}",
            description = "Data directory (SQLite store and Lucene index). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    Format format;

    Lagebild open() throws StoreException {
        return Lagebild.open(dataDir);
    }

    /** For commands that only read: read-only beside another process that has the data directory open for writing. */
    Lagebild openForReading() throws StoreException {
        return Lagebild.openForReading(dataDir);
    }

    Output output(PrintWriter out) {
        return new Output(out, format);
    }
}
