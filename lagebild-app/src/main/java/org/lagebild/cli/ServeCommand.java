package org.lagebild.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lagebild.engine.Lagebild;
import org.lagebild.web.WebOptions;
import org.lagebild.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Serves the web workspace and the HTTP API over the data directory until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Opens the local web workspace and the JSON API (/api/, documented at /api/openapi.json).",
                "Binds to 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;
    @Option(names = "--port", defaultValue = "8080", description = "Port (0: any free port). Default: ${DEFAULT-VALUE}")
    int port;
    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind to (default 127.0.0.1; others are reachable from the network).")
    String host;
    @Option(names = "--allow-ingest", description = "Enable POST /api/ingest (needs the bearer token printed at start).")
    boolean allowIngest;
    @Option(names = "--cache-mb", paramLabel = "MB", description = "Memory for finished responses (search, stories, facts, timelines), "
            + "each valid for the data version it was computed from; 0 turns the cache off. Default: 64, or -Dlagebild.web.cacheMb")
    Long cacheMb;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Lagebild lb = common.open()) {
            if (cacheMb != null && cacheMb < 0) {
                throw new IllegalArgumentException("--cache-mb must be 0 or more");
            }
            WebOptions options = WebOptions.defaults(port).withAllowIngest(allowIngest);
            if (cacheMb != null) {
                options = options.withCacheBytes(cacheMb * 1024 * 1024);
            }
            if (host != null) {
                options = options.withHost(host);
            }
            WebServer server = WebServer.start(lb, options);
            if (!options.loopback()) {
                err.println("warning: listening on " + host + ": anyone who can reach this address can read the data");
            }
            StoriesCommand.noteOtherBuild(lb, spec);
            out.println("Lagebild workspace: " + server.url());
            if (allowIngest) {
                out.println("ingest token: " + server.token() + "   (POST /api/ingest?name=FILE with 'Authorization: Bearer <token>')");
            }
            out.flush();
            // Ctrl-C: stop serving and close the store cleanly; the main thread just waits until then
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                lb.close();
            }));
            new CountDownLatch(1).await();
            return 0;
        }
    }
}
