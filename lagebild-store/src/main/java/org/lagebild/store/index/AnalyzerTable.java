package org.lagebild.store.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Which Lucene analyzer handles which language, read from {@code analyzers.tsv} beside this class
 * (columns: language, analyzer class, example, expected terms). Languages not in the table are
 * analysed with {@link StandardAnalyzer} under the field suffix {@value #OTHER}. A missing or
 * malformed table is a hard error. Immutable and thread-safe (Lucene analyzers are).
 */
public final class AnalyzerTable {
    /** Field suffix for languages without their own analyzer. */
    public static final String OTHER = "std";
    static final String RESOURCE = "analyzers.tsv";

    /** One row of the table: an analyzer and the example that documents and tests it. */
    public record Row(String language, String analyzerClass, String example, List<String> terms) {
        public Row {
            terms = List.copyOf(terms);
        }
    }

    private final List<Row> rows;
    private final Map<String, Analyzer> byLanguage;
    private final Analyzer other = new StandardAnalyzer();

    private AnalyzerTable(List<Row> rows, Map<String, Analyzer> byLanguage) {
        this.rows = List.copyOf(rows);
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /** Loads the bundled table. */
    public static AnalyzerTable load() {
        List<Row> rows = new ArrayList<>();
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        try (InputStream in = AnalyzerTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("analyzer table missing: org/lagebild/store/index/" + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (header) {
                    if (!line.equals("language\tanalyzer\texample\tterms")) {
                        throw new IllegalStateException(RESOURCE + ":" + n + ": unexpected header " + line);
                    }
                    header = false;
                    continue;
                }
                if (f.length != 4) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected 4 columns, got " + f.length);
                }
                String lang = f[0].strip().toLowerCase(Locale.ROOT);
                if (lang.equals(OTHER)) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": \"" + OTHER + "\" is reserved");
                }
                rows.add(new Row(lang, f[1].strip(), f[2], List.of(f[3].strip().split(" +"))));
                if (!analyzers.containsKey(lang)) {
                    analyzers.put(lang, instantiate(f[1].strip(), n));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        return new AnalyzerTable(rows, analyzers);
    }

    private static Analyzer instantiate(String className, int line) {
        try {
            return Class.forName(className).asSubclass(Analyzer.class).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(RESOURCE + ":" + line + ": cannot create analyzer " + className
                    + " (is its Lucene module on the class path?): " + e, e);
        }
    }

    /** The field suffix for a language: the language itself if it has an analyzer, else {@value #OTHER}. */
    public String suffix(String language) {
        String l = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return byLanguage.containsKey(l) ? l : OTHER;
    }

    /** Every field suffix, the languages of the table first. */
    public List<String> suffixes() {
        List<String> out = new ArrayList<>(byLanguage.keySet());
        out.sort(null);
        out.add(OTHER);
        return out;
    }

    /** The analyzer for a field suffix. */
    public Analyzer analyzer(String suffix) {
        return byLanguage.getOrDefault(suffix, other);
    }

    /** The rows of the table, with their examples. */
    public List<Row> rows() {
        return rows;
    }
}
