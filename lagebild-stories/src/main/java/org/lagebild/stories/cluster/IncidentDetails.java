package org.lagebild.stories.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The details by which local news names one incident: ages ("a 24-year-old man", "Walter Barfield, 23,"), a
 * name with its age, street blocks and addresses ("the 1400 block of Gherald Street"), streets, the time of
 * day and the part of a weekday ("Tuesday night"), as keys such as {@code age:24}, {@code block:1400 gherald},
 * {@code street:gherald}, {@code time:2:30am}. The patterns are the rows of {@code incident-details.tsv} beside
 * this class (each with an example and a counter-example that {@code IncidentDetailsTest} runs). Loaded once; a
 * missing or malformed file is a hard error. Immutable and thread-safe.
 */
public final class IncidentDetails {
    private static final String RESOURCE = "incident-details.tsv";
    /** At most this many keys per article, in the order the text names them (a lead states its incident first). */
    public static final int MAX_KEYS = 32;
    private static final Pattern GROUP = Pattern.compile("\\$(\\d)");
    private static final IncidentDetails DEFAULT = load();

    /** One row: a pattern of one language and the key templates a match gives. */
    record Row(String id, String language, Pattern pattern, List<String> keys, String example, List<String> expected,
               String counter) {
    }

    private final List<Row> rows;

    private IncidentDetails(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The bundled patterns. */
    public static IncidentDetails instance() {
        return DEFAULT;
    }

    List<Row> rows() {
        return rows;
    }

    /** The detail keys of an article's headline and text, in the order they are named, at most {@link #MAX_KEYS}. */
    public List<String> of(String title, String text, String language) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : new String[] {title, text}) {
            if (part != null && !part.isEmpty()) {
                collect(part, language, null, out);
            }
        }
        return List.copyOf(out);
    }

    /** The keys that the rows of {@code language} give for {@code text} ({@code only}: one row's id, or all when null). */
    List<String> keys(String text, String language, String only) {
        Set<String> out = new LinkedHashSet<>();
        collect(text, language, only, out);
        return List.copyOf(out);
    }

    private void collect(String text, String language, String only, Set<String> out) {
        // the matches of all rows, in text order, so the cap keeps what the text names first
        List<long[]> hits = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        for (Row r : rows) {
            if (!r.language().equals(language) || only != null && !only.equals(r.id())) {
                continue;
            }
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                List<String> ks = new ArrayList<>(r.keys().size());
                for (String template : r.keys()) {
                    String k = fill(template, m);
                    if (k != null) {
                        ks.add(k);
                    }
                }
                hits.add(new long[] {m.start(), keys.size()});
                keys.add(ks);
            }
        }
        hits.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (long[] h : hits) {
            for (String k : keys.get((int) h[1])) {
                if (out.size() == MAX_KEYS) {
                    return;
                }
                out.add(k);
            }
        }
    }

    /** The template with its groups filled in and normalised, or null when a group it names did not take part. */
    private static String fill(String template, Matcher m) {
        Matcher g = GROUP.matcher(template);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (g.find()) {
            String v = m.group(Integer.parseInt(g.group(1)));
            if (v == null) {
                return null;
            }
            sb.append(template, at, g.start()).append(v);
            at = g.end();
        }
        sb.append(template, at, template.length());
        return sb.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static IncidentDetails load() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = IncidentDetails.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + IncidentDetails.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int line = 0;
            for (String s; (s = r.readLine()) != null; ) {
                line++;
                if (s.isBlank() || s.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String where = RESOURCE + ":" + line;
                String[] f = s.split("\t", -1);
                if (f.length != 7) {
                    throw new IllegalStateException(where + ": expected 7 tab-separated fields, got " + f.length);
                }
                Pattern p;
                try {
                    p = Pattern.compile(f[2]);
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(where + ": bad pattern " + f[2], e);
                }
                List<String> keys = List.of(f[3].split("\\|"));
                for (String k : keys) {
                    Matcher g = GROUP.matcher(k);
                    if (k.indexOf(':') <= 0) {
                        throw new IllegalStateException(where + ": a key is kind:value, got " + k);
                    }
                    while (g.find()) {
                        if (Integer.parseInt(g.group(1)) > p.matcher("").groupCount()) {
                            throw new IllegalStateException(where + ": key " + k + " names a group the pattern lacks");
                        }
                    }
                }
                rows.add(new Row(f[0], f[1], p, keys, f[4], List.of(f[5].split("\\|")), f[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IncidentDetails(rows);
    }
}
