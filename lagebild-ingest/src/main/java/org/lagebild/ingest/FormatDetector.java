package org.lagebild.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides the format of an input from its name and its first bytes, using the rules in
 * {@code input-formats.tsv} beside this class (loaded once; a missing or malformed file is a hard error).
 * Content rules compare ASCII case-insensitively after a byte order mark and leading white space.
 * Immutable and thread-safe.
 */
public final class FormatDetector {

    /** One row of {@code input-formats.tsv}. */
    public record Rule(String kind, String pattern, InputFormat format, String example) {
    }

    static final String RESOURCE = "input-formats.tsv";
    private static final List<String> KINDS = List.of("magic", "extension", "prefix", "contains");
    private static final int CONTAINS_WINDOW = 1024;
    private static final List<Rule> RULES = load();

    private FormatDetector() {
    }

    /** The rules, in file order. */
    public static List<Rule> rules() {
        return RULES;
    }

    /**
     * The format of an input named {@code name} (a path, or {@code "-"}; a {@code .gz} suffix is ignored)
     * whose (decompressed) content starts with {@code head}.
     */
    public static InputFormat detect(String name, byte[] head) {
        String raw = normalizedStart(head);
        for (Rule r : RULES) {
            if (r.kind().equals("magic") && raw.startsWith(r.pattern())) {
                return r.format();
            }
        }
        String lowerName = stripGz(name == null ? "" : name).toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.kind().equals("extension") && lowerName.endsWith(r.pattern())) {
                return r.format();
            }
        }
        String start = raw.toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.kind().equals("prefix") && start.startsWith(r.pattern())) {
                return r.format();
            }
        }
        if (start.startsWith("<")) {
            String window = start.length() > CONTAINS_WINDOW ? start.substring(0, CONTAINS_WINDOW) : start;
            for (Rule r : RULES) {
                if (r.kind().equals("contains") && window.contains(r.pattern())) {
                    return r.format();
                }
            }
        }
        return InputFormat.TEXT;
    }

    /** {@code name} without a trailing {@code .gz} (any case). */
    public static String stripGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** The first bytes as Latin-1, BOM and leading white space removed, case kept. */
    private static String normalizedStart(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n' || head[i] == '\f')) {
            i++;
        }
        return new String(head, i, head.length - i, StandardCharsets.ISO_8859_1);
    }

    private static List<Rule> load() {
        InputStream in = FormatDetector.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing data file " + RESOURCE + " beside " + FormatDetector.class.getName());
        }
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!header) {
                    if (!line.equals("kind\tpattern\tformat\texample")) {
                        throw new IllegalStateException(RESOURCE + ":" + number + ": expected header kind/pattern/format/example");
                    }
                    header = true;
                    continue;
                }
                if (f.length != 4 || !KINDS.contains(f[0]) || f[1].isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": malformed rule: " + line);
                }
                String pattern = f[0].equals("magic") ? f[1] : f[1].toLowerCase(Locale.ROOT);
                rules.add(new Rule(f[0], pattern, InputFormat.fromId(f[2]), f[3].replace("\\n", "\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        if (rules.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " holds no rules");
        }
        return List.copyOf(rules);
    }
}
