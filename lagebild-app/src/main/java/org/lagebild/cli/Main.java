package org.lagebild.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.lagebild.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lagebild} command line. Exit codes: 0 all went well, 1 some inputs failed (the rest
 * were processed) or a runtime error, 2 usage errors.
 */
@Command(name = "lagebild", mixinStandardHelpOptions = true, version = "lagebild 0.1.0",
        description = "Turns news articles into a sourced situation picture.",
        subcommands = {DemoCommand.class, IngestCommand.class, ArticlesCommand.class, ShowCommand.class,
                SearchCommand.class, EntitiesCommand.class, ClaimsCommand.Claims.class, ClaimsCommand.Quotes.class, StoriesCommand.List_.class, StoriesCommand.Show.class, StoriesCommand.Facts.class, StoriesCommand.Timeline.class, StoriesCommand.Rebuild.class, ReportCommand.class, StatsCommand.class,
                ReindexCommand.class, ServeCommand.class, BenchCommand.class, EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable t = ex;
            if (t instanceof IllegalArgumentException || t instanceof StoreException
                    || t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("lagebild: " + t.getMessage());
                return t instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : 1;
            }
            commandLine.getErr().println("lagebild: internal error: " + t);
            t.printStackTrace(commandLine.getErr());
            return 1;
        });
        return cl;
    }

    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return commandLine(out, err).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
