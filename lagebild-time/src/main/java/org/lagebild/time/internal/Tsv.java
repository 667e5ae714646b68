package org.lagebild.time.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads the UTF-8 TSV data files that hold this module's language knowledge. The first non-comment
 * line is a header naming the columns; lines starting with {@code #} are comments; missing trailing
 * cells read as "". A missing file is a hard error. Internal to lagebild-time.
 */
public final class Tsv {
    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    /** One data line; {@code line} is its 1-based line number in the file. */
    public record Row(Tsv file, int line, String[] cells) {
        public String get(String column) {
            int i = file.header.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException(file.name + ": no column '" + column + "' in " + file.header);
            }
            return i < cells.length ? cells[i].strip() : "";
        }

        public boolean has(String column) {
            return !get(column).isEmpty();
        }

        @Override
        public String toString() {
            return file.name + ":" + line + " " + Arrays.toString(cells);
        }
    }

    private Tsv(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    /** Loads {@code resource} relative to {@code owner}'s package. */
    public static Tsv load(Class<?> owner, String resource) {
        String name = owner.getPackageName().replace('.', '/') + "/" + resource;
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing data file " + name);
        }
        return read(name, in);
    }

    /** Loads a TSV file from disk (for example a gold file named on the command line). */
    public static Tsv load(java.nio.file.Path file) {
        try {
            return read(file.toString(), java.nio.file.Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Tsv read(String name, InputStream in) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        Tsv tsv = new Tsv(name, new ArrayList<>(), rows);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = Arrays.asList(cells);
                    tsv.header.addAll(header);
                    continue;
                }
                rows.add(new Row(tsv, n, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (header == null) {
            throw new IllegalStateException("data file " + name + " has no header");
        }
        return tsv;
    }

    public String name() {
        return name;
    }

    public List<String> header() {
        return List.copyOf(header);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Requires the named columns, failing with the file name otherwise. */
    public Tsv require(String... columns) {
        for (String c : columns) {
            if (!header.contains(c)) {
                throw new IllegalStateException(name + ": missing column '" + c + "' (header " + header + ")");
            }
        }
        return this;
    }

    static <K, V> Map<K, V> nonNull(Map<K, V> m) {
        return Objects.requireNonNull(m);
    }
}
