package org.lagebild.annotate.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the UTF-8 TSV data files that sit beside the classes using them: lines starting with
 * {@code #} and blank lines are skipped, the first other line is the header naming the columns.
 * A missing file or a row with the wrong column count is a hard error. Internal to this module.
 */
public final class Tsv {
    private final String resource;
    private final List<String> header;
    private final List<Row> rows;

    /** One data row with its 1-based line number in the file. */
    public record Row(int line, List<String> cells) {
        public String get(int i) {
            return cells.get(i);
        }
    }

    private Tsv(String resource, List<String> header, List<Row> rows) {
        this.resource = resource;
        this.header = header;
        this.rows = rows;
    }

    /** Loads {@code name} relative to {@code owner}'s package, checking the header. */
    public static Tsv load(Class<?> owner, String name, String... expectedHeader) {
        String resource = owner.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource + " on the classpath");
            }
            return parse(resource, in, expectedHeader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static Tsv parse(String resource, InputStream in, String... expectedHeader) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (header == null) {
                header = List.copyOf(cells);
                if (!header.equals(List.of(expectedHeader))) {
                    throw new IllegalStateException(resource + ": header " + header + ", expected "
                            + List.of(expectedHeader));
                }
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalStateException(resource + ":" + n + ": " + cells.size()
                        + " columns, expected " + header.size() + " " + header);
            }
            rows.add(new Row(n, List.copyOf(cells)));
        }
        if (header == null) {
            throw new IllegalStateException(resource + ": no header line");
        }
        return new Tsv(resource, header, List.copyOf(rows));
    }

    public String resource() {
        return resource;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }
}
