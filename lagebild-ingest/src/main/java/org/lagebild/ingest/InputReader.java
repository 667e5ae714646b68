package org.lagebild.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.lagebild.ingest.charset.CharsetDetector;
import org.lagebild.ingest.charset.Decoded;
import org.lagebild.ingest.feed.FeedReader;
import org.lagebild.ingest.io.BoundedReads;
import org.lagebild.ingest.io.IoErrors;
import org.lagebild.ingest.io.SinkFailure;
import org.lagebild.ingest.jsonl.JsonLinesReader;
import org.lagebild.ingest.warc.WarcArchiveReader;

/**
 * Turns paths and streams into {@link SourceRecord}s, streaming: records reach the sink one at a time and
 * no container (JSONL, WARC, stdin) is loaded whole; single documents and feed files are held in memory up
 * to {@link InputOptions#maxBytes()}. Gzip is detected by its magic bytes. Every failure becomes an
 * {@link InputProblem} for the input (or record) concerned and reading goes on; nothing is thrown except
 * for null arguments and exceptions thrown by the sink itself, which pass through unchanged (a sink may
 * throw to stop a batch). Thread-safe: no mutable state, so one reader may serve
 * several threads with separate sinks.
 */
public final class InputReader {

    /** The name of standard input. */
    public static final String STDIN = "-";

    private static final int BUFFER = 64 * 1024;
    private static final int HEAD = 8 * 1024;

    private final InputOptions options;
    private final JsonLinesReader jsonLines;
    private final FeedReader feeds;
    private final WarcArchiveReader warcs;
    private final Path own;

    public InputReader(InputOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.own = options.ownDirectory() == null ? null : canonical(options.ownDirectory());
        this.jsonLines = new JsonLinesReader(options);
        this.feeds = new FeedReader(options);
        this.warcs = new WarcArchiveReader(options);
    }

    /** The options this reader was built with. */
    public InputOptions options() {
        return options;
    }

    /**
     * Expands files, directories (recursive, sorted by name, hidden files skipped), globs
     * ({@code "data/**}{@code /*.jsonl"}, {@code "*.txt"}; {@code **} also matches no directory) and
     * {@code "-"} (stdin), and reads each file. Missing paths, unreadable directories and globs without
     * matches become problems.
     */
    public void read(List<String> paths, RecordSink sink) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(sink, "sink");
        for (String p : paths) {
            if (p == null || p.isEmpty()) {
                sink.problem(new InputProblem(String.valueOf(p), "empty path"));
            } else if (p.equals(STDIN)) {
                read(STDIN, new NonClosing(System.in), sink);
            } else if (isGlob(p)) {
                readGlob(p, sink);
            } else {
                Path path;
                try {
                    path = Path.of(p);
                } catch (InvalidPathException e) {
                    sink.problem(new InputProblem(p, "invalid path: " + e.getReason()));
                    continue;
                }
                readPath(p, path, sink);
            }
        }
    }

    /**
     * Reads one named stream; the format comes from the name (a {@code .gz} suffix ignored) and the sniffed
     * content. {@code in} is not closed.
     */
    public void read(String name, InputStream in, RecordSink sink) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        try {
            readGuarded(name, in, SinkFailure.guard(sink));
        } catch (SinkFailure e) {
            throw e.unwrap();
        }
    }

    private void readGuarded(String name, InputStream in, RecordSink sink) {
        boolean gzip = false;
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
            byte[] magic = BoundedReads.peek(buffered, 2);
            gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
            InputStream content = gzip ? new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER) : buffered;
            byte[] head = BoundedReads.peek(content, HEAD);
            if (head.length == 0) {
                sink.problem(new InputProblem(name, "empty file"));
                return;
            }
            InputFormat format = FormatDetector.detect(name, head);
            switch (format) {
                case TEXT, HTML -> readDocument(name, format, content, sink);
                case JSONL -> jsonLines.read(name, content, gzip, sink);
                case RSS -> feeds.read(name, content, sink);
                case WARC -> warcs.read(name, content, gzip, sink);
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        } catch (InputException e) {
            sink.problem(new InputProblem(name, e.reason()));
        } catch (IOException e) {
            sink.problem(new InputProblem(name, IoErrors.describe(e, gzip)));
        } catch (SinkFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must not end the batch; the input is named so it can be replayed.
            sink.problem(new InputProblem(name, "cannot read: " + IoErrors.describe(e, gzip)));
        }
    }

    private void readDocument(String name, InputFormat format, InputStream in, RecordSink sink)
            throws IOException, InputException {
        byte[] bytes = BoundedReads.readAll(in, options.maxBytes());
        boolean html = format == InputFormat.HTML;
        Decoded decoded = CharsetDetector.decode(bytes, null, html);
        if (decoded.text().isBlank()) {
            throw new InputException("empty file (only white space)");
        }
        if (decoded.notice() != null) {
            sink.notice(name, decoded.notice());
        }
        sink.record(new SourceRecord(name, format.id(), html ? SourceRecord.TEXT_HTML : SourceRecord.TEXT_PLAIN,
                decoded.text(), null, null, options.publishedOverride(), null, null, null, decoded.charset(), null));
    }

    private void readPath(String display, Path path, RecordSink sink) {
        if (Files.isDirectory(path) && own(path)) {
            sink.notice(display, OWN_DIRECTORY);
        } else if (Files.isDirectory(path)) {
            readDirectory(display, path, sink);
        } else if (Files.isRegularFile(path)) {
            readFile(display, path, sink);
        } else if (Files.notExists(path, LinkOption.NOFOLLOW_LINKS)) {
            sink.problem(new InputProblem(display, "no such file"));
        } else if (Files.notExists(path)) {
            sink.problem(new InputProblem(display, "no such file (broken link)"));
        } else if (!Files.exists(path)) {
            sink.problem(new InputProblem(display, "permission denied"));
        } else {
            sink.problem(new InputProblem(display, "not a regular file"));
        }
    }

    private void readFile(String display, Path path, RecordSink sink) {
        try (InputStream in = Files.newInputStream(path)) {
            read(display, in, sink);
        } catch (NoSuchFileException e) {
            sink.problem(new InputProblem(display, "no such file"));
        } catch (AccessDeniedException e) {
            sink.problem(new InputProblem(display, "permission denied"));
        } catch (IOException e) {
            sink.problem(new InputProblem(display, IoErrors.describe(e, false)));
        }
    }

    private void readDirectory(String display, Path dir, RecordSink sink) {
        List<Path> files = new ArrayList<>();
        listFiles(display, dir, files, sink, Integer.MAX_VALUE);
        if (files.isEmpty()) {
            // a notice, not a failure: an empty drop folder is a normal state, but a typo should be visible
            sink.notice(display, "no files in this directory (hidden files are skipped)");
        }
        for (Path file : files) {
            readFile(joinDisplay(display, dir, file), file, sink);
        }
    }

    private static final String OWN_DIRECTORY = "skipped: the data directory the articles are stored in";

    /** True if {@code dir} is the directory {@link InputOptions#ownDirectory()} names. */
    private boolean own(Path dir) {
        return own != null && own.equals(canonical(dir));
    }

    private static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Collects regular files under {@code dir}, sorted by path, hidden entries skipped; symlinked
     * directories (which may loop) and broken links are skipped with a notice, and so is the data directory.
     */
    private void listFiles(String display, Path dir, List<Path> out, RecordSink sink, int depth) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                if (!p.getFileName().toString().startsWith(".")) {
                    entries.add(p);
                }
            }
        } catch (AccessDeniedException e) {
            sink.problem(new InputProblem(display, "permission denied"));
            return;
        } catch (IOException | RuntimeException e) {
            sink.problem(new InputProblem(display, "cannot list directory: " + IoErrors.describe(e, false)));
            return;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path p : entries) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && own(p)) {
                sink.notice(display + (display.endsWith("/") ? "" : "/") + p.getFileName(), OWN_DIRECTORY);
            } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                if (depth > 1) {
                    listFiles(display + "/" + p.getFileName(), p, out, sink, depth - 1);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else if (Files.isSymbolicLink(p)) {
                // said, not failed: a stale link in a crawl folder should not fail the run, nor vanish unseen
                String name = display + (display.endsWith("/") ? "" : "/") + p.getFileName();
                sink.notice(name, Files.notExists(p) ? "skipped: broken link"
                        : Files.isDirectory(p) ? "skipped: link to a directory (not followed)" : "skipped: not a regular file");
            }
        }
    }

    private static String joinDisplay(String display, Path dir, Path file) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        return display.endsWith("/") ? display + relative : display + "/" + relative;
    }

    private void readGlob(String pattern, RecordSink sink) {
        String normalized = pattern.replace('\\', '/');
        String[] segments = normalized.split("/", -1);
        int firstGlob = 0;
        while (firstGlob < segments.length && !isGlob(segments[firstGlob])) {
            firstGlob++;
        }
        String base = String.join("/", Arrays.copyOfRange(segments, 0, firstGlob));
        if (base.isEmpty() && normalized.startsWith("/")) {
            base = "/";
        }
        Path basePath;
        try {
            basePath = Path.of(base.isEmpty() ? "." : base);
        } catch (InvalidPathException e) {
            sink.problem(new InputProblem(pattern, "invalid path: " + e.getReason()));
            return;
        }
        if (!Files.isDirectory(basePath)) {
            sink.problem(new InputProblem(pattern, "no such file"));
            return;
        }
        List<PathMatcher> matchers = new ArrayList<>();
        for (String variant : globVariants(normalized)) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
        }
        // Without "**" a pattern cannot match deeper than its number of segments.
        int maxDepth = normalized.contains("**") ? Integer.MAX_VALUE : segments.length - firstGlob;
        List<Path> files = new ArrayList<>();
        listFiles(base.isEmpty() ? "." : base, basePath, files, sink, maxDepth);
        int matched = 0;
        for (Path file : files) {
            String name = base.isEmpty() ? basePath.relativize(file).toString().replace('\\', '/')
                    : joinDisplay(base, basePath, file);
            Path candidate = Path.of(name);
            if (matchers.stream().anyMatch(m -> m.matches(candidate))) {
                matched++;
                readFile(name, file, sink);
            }
        }
        if (matched == 0) {
            sink.problem(new InputProblem(pattern, "no files match"));
        }
    }

    /** The pattern, plus variants where {@code **}{@code /} matches zero directories. */
    private static Set<String> globVariants(String pattern) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(pattern);
        String zero = pattern.replace("/**/", "/");
        if (zero.startsWith("**/")) {
            zero = zero.substring(3);
        }
        variants.add(zero);
        return variants;
    }

    private static boolean isGlob(String p) {
        return p.indexOf('*') >= 0 || p.indexOf('?') >= 0 || p.indexOf('[') >= 0 || p.indexOf('{') >= 0;
    }

    /** Keeps {@code System.in} open after reading "-". */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
