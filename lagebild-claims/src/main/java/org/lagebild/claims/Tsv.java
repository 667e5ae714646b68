package org.lagebild.claims;

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
import java.util.LinkedHashMap;

/**
 * Reads the UTF-8 TSV data files beside this package: {@code #} comment lines, then a header naming the columns,
 * then rows. A missing file or a header without the expected columns is a hard error.
 */
final class Tsv {
    private Tsv() {
    }

    /** The rows of a resource file as column-name to value maps, in file order. */
    static List<Map<String, String>> read(String file, String... required) {
        InputStream in = Tsv.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("data file missing from the classpath: org/lagebild/claims/" + file);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    List<String> h = Arrays.asList(header);
                    for (String c : required) {
                        if (!h.contains(c)) {
                            throw new IllegalStateException(file + ": header lacks column '" + c + "': " + line);
                        }
                    }
                    continue;
                }
                if (cells.length > header.length) {
                    throw new IllegalStateException(file + ":" + no + ": " + cells.length + " cells, header has " + header.length);
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i], i < cells.length ? cells[i].strip() : "");
                }
                m.put("#line", Integer.toString(no));
                rows.add(m);
            }
            if (header == null) {
                throw new IllegalStateException(file + ": no header line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        return rows;
    }
}
