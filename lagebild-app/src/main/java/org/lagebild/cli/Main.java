package org.lagebild.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.lagebild.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lagebild} command line. Exit codes: 0 all went well, 1 some inputs failed (the rest
 * were processed) or a runtime error, 2 usage errors. Every error is one line on standard error
 * (docs/BAD-INPUT.md); an internal error prints its stack trace only with {@code LAGEBILD_DEBUG=1}.
 */
@Command(name = "lagebild", mixinStandardHelpOptions = true, version = "lagebild 0.1.0",
        description = "Turns news articles into a sourced situation picture.",
        subcommands = {DemoCommand.class, IngestCommand.class, ArticlesCommand.class, ShowCommand.class,
                SearchCommand.class, EntitiesCommand.class, ClaimsCommand.Claims.class, ClaimsCommand.Quotes.class, StoriesCommand.List_.class, StoriesCommand.Show.class, StoriesCommand.Facts.class, StoriesCommand.Timeline.class, StoriesCommand.Rebuild.class, ReportCommand.class, StatsCommand.class,
                ReindexCommand.class, ServeCommand.class, BenchCommand.class, EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    private static final boolean DEBUG = System.getenv("LAGEBILD_DEBUG") != null && !System.getenv("LAGEBILD_DEBUG").isEmpty();

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
        cl.registerConverter(LocalDate.class, Main::date);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable t = ex;
            if (t instanceof IllegalArgumentException || t instanceof StoreException
                    || t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("lagebild: " + describe(t));
                return t instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : 1;
            }
            commandLine.getErr().println("lagebild: internal error: " + t
                    + (DEBUG ? "" : " (a bug; LAGEBILD_DEBUG=1 prints the stack trace)"));
            if (DEBUG) {
                t.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cl;
    }

    /** A usage error is one line naming the command to ask for help, not the whole help text. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        String message = ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && c.getParent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + u.getUnmatched().get(0) + "'";
        }
        c.getErr().println("lagebild: " + message + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
        return CommandLine.ExitCode.USAGE;
    }

    /** Dates on the command line are ISO days; a bad one is named with the reason, not a Java class. */
    static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            String m = String.valueOf(e.getMessage());
            int i = m.indexOf("could not be parsed");
            String reason = i < 0 ? "" : m.substring(i + "could not be parsed".length()).replaceFirst("^[:,]?\\s*", "");
            if (reason.startsWith("at index")) {
                reason = "";
            }
            throw new CommandLine.TypeConversionException("'" + s + "' is not a date yyyy-MM-dd"
                    + (reason.isEmpty() ? "" : " (" + reason + ")"));
        }
    }

    /** The message of an expected failure; a bare file name (as Java reports a missing file) gets its reason. */
    private static String describe(Throwable t) {
        if (t instanceof java.io.UncheckedIOException u && u.getCause() != null) {
            t = u.getCause();
        }
        if (t instanceof java.nio.file.NoSuchFileException f) {
            return f.getFile() + ": no such file or directory";
        }
        if (t instanceof java.nio.file.AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (t instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return t.getMessage();
    }

    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return commandLine(out, err).execute(commonOptionsFirst(args));
    }

    /**
     * The options every command takes ({@code --data-dir}, {@code --format}) may also come before the command, as in
     * {@code lagebild --data-dir /tmp/x ingest pages/}: they are moved behind the command's name. Anything else is
     * left as it is (and reported by the parser if wrong).
     */
    static String[] commonOptionsFirst(String... args) {
        java.util.List<String> lead = new java.util.ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if ((a.equals("--data-dir") || a.equals("--format")) && i + 1 < args.length) {
                lead.add(a);
                lead.add(args[i + 1]);
                i += 2;
            } else if (a.startsWith("--data-dir=") || a.startsWith("--format=")) {
                lead.add(a);
                i++;
            } else {
                break;
            }
        }
        if (lead.isEmpty() || i >= args.length || args[i].startsWith("-")) {
            return args;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(args[i]);
        out.addAll(lead);
        out.addAll(java.util.Arrays.asList(args).subList(i + 1, args.length));
        return out.toArray(String[]::new);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
