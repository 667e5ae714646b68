package org.lagebild.extract.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A UTF-8 tab-separated data file on the class path: "#" comment lines, one header line naming the
 * columns, then rows. Loading checks the header and the column count of every row; a missing
 * file is an {@link IllegalStateException}. Immutable.
 */
public record DataFile(String resource, List<String> header, List<List<String>> rows) {

    public DataFile {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Loads {@code name} relative to the package of {@code anchor}, expecting exactly these columns. */
    public static DataFile load(Class<?> anchor, String name, String... expectedHeader) {
        String resource = anchor.getPackageName().replace('.', '/') + "/" + name;
        InputStream in = anchor.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing data file " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cols = Arrays.asList(line.split("\t", -1));
                if (header == null) {
                    header = cols;
                    if (!header.equals(Arrays.asList(expectedHeader))) {
                        throw new IllegalStateException(resource + ": header " + header + ", expected "
                                + Arrays.asList(expectedHeader));
                    }
                    continue;
                }
                if (cols.size() != header.size()) {
                    throw new IllegalStateException(resource + ":" + no + ": " + cols.size() + " columns, expected "
                            + header.size());
                }
                rows.add(cols);
            }
            if (header == null) {
                throw new IllegalStateException(resource + ": no header line");
            }
            return new DataFile(resource, header, rows);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read data file " + resource, e);
        }
    }

    /**
     * The regex in column {@code column} of a row, compiled to check it; a broken one fails naming this file and the
     * row's first column ("author-words.tsv: row author.stop.role.en: bad pattern: Unclosed group").
     */
    public java.util.regex.Pattern regex(List<String> row, int column, int flags) {
        try {
            return java.util.regex.Pattern.compile(row.get(column), flags);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalStateException(resource + ": row " + row.get(0) + ": bad pattern: " + e.getDescription()
                    + " in " + row.get(column), e);
        }
    }
}
