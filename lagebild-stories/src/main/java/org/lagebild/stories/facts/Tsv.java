package org.lagebild.stories.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the UTF-8 TSV data files of this package: '#' comment lines, one header line, then rows. */
final class Tsv {
    private Tsv() {
    }

    /** The rows after the header of a resource beside {@code owner}, each padded to the header's width. A missing file is a hard error. */
    static List<String[]> rows(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + name + " beside " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            int width = -1;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (width < 0) {
                    width = cells.length;
                    continue;
                }
                String[] row = new String[width];
                for (int i = 0; i < width; i++) {
                    row[i] = i < cells.length ? cells[i].strip() : "";
                }
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
