package org.lagebild.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints rows (ordered maps) in the chosen {@link Format}. The JSON forms are the documented schema
 * of docs/JSON.md: {@code json} prints one array of objects (or one object for single results),
 * {@code jsonl} one object per line, {@code csv} a header and one row per object with nested values
 * as JSON, {@code table} aligned columns for people.
 */
public final class Output {
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final ObjectMapper PRETTY = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final Format format;

    public Output(PrintWriter out, Format format) {
        this.out = out;
        this.format = format;
    }

    public Format format() {
        return format;
    }

    /** A list result; {@code columns} choose and order the table and csv columns. */
    public void rows(List<? extends Map<String, ?>> rows, List<String> columns) {
        switch (format) {
            case json -> out.println(write(PRETTY, rows));
            case jsonl -> rows.forEach(r -> out.println(write(JSON, r)));
            case csv -> {
                out.println(String.join(",", columns));
                for (Map<String, ?> r : rows) {
                    List<String> cells = new ArrayList<>();
                    for (String c : columns) {
                        cells.add(csv(cell(r.get(c))));
                    }
                    out.println(String.join(",", cells));
                }
            }
            case table -> table(rows, columns);
        }
        out.flush();
    }

    /** A single result; the table form prints "key: value" lines. */
    public void object(Map<String, ?> obj) {
        switch (format) {
            case json -> out.println(write(PRETTY, obj));
            case jsonl -> out.println(write(JSON, obj));
            case csv -> rows(List.of(obj), new ArrayList<>(obj.keySet()));
            case table -> {
                int w = obj.keySet().stream().mapToInt(String::length).max().orElse(0);
                obj.forEach((k, v) -> out.println(pad(k, w) + "  " + cell(v)));
            }
        }
        out.flush();
    }

    private void table(List<? extends Map<String, ?>> rows, List<String> columns) {
        int[] w = new int[columns.size()];
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            w[i] = columns.get(i).length();
        }
        for (Map<String, ?> r : rows) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                String s = oneLine(cell(r.get(columns.get(i))));
                if (s.length() > 60) {
                    s = s.substring(0, 59) + "…";
                }
                line[i] = s;
                w[i] = Math.max(w[i], s.length());
            }
            cells.add(line);
        }
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            head.append(pad(columns.get(i).toUpperCase(Locale.ROOT), w[i])).append(i + 1 < w.length ? "  " : "");
        }
        out.println(head.toString().stripTrailing());
        for (String[] line : cells) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                sb.append(pad(line[i], w[i])).append(i + 1 < w.length ? "  " : "");
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
            if (v instanceof Collection<?> c && c.stream().allMatch(x -> x instanceof String)) {
                return String.join("; ", c.stream().map(String::valueOf).toList());
            }
            return write(JSON, v);
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
        }
        return String.valueOf(v);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private static String pad(String s, int w) {
        // pads by code points so that umlauts align
        int len = s.codePointCount(0, s.length());
        return len >= w ? s : s + " ".repeat(w - len);
    }

    static String csv(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    static String write(ObjectMapper m, Object v) {
        try {
            return m.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
