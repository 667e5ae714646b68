package org.lagebild.stories.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The two line formats of this package's data files: {@code language<TAB>word} word lists
 * ({@code de}, {@code en} or {@code *} for both; the first line that is not a comment is the header) and
 * {@code name<TAB>value} settings (a header line starting {@code name<TAB>} may stand anywhere).
 */
final class DataLines {

    private DataLines() {
    }

    /**
     * Reads a {@code language<TAB>word} list beside {@code owner}: each word becomes the words
     * {@code wordsOf.apply(language, word)} gives ({@code *} is passed as {@code en}) in the German, the
     * English set or both. Returns {@code de} and {@code en} as immutable sets.
     */
    static Map<String, Set<String>> languageWords(Class<?> owner, String resource,
                                                  BiFunction<String, String, Set<String>> wordsOf) {
        Set<String> de = new HashSet<>();
        Set<String> en = new HashSet<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(resource + ": expected language<TAB>word: " + line);
                }
                String lang = f[0].strip();
                if (!lang.equals("de") && !lang.equals("en") && !lang.equals("*")) {
                    throw new IllegalStateException(resource + ": unknown language " + lang + ": " + line);
                }
                Set<String> words = wordsOf.apply(lang.equals("*") ? "en" : lang, f[1].strip());
                if (!lang.equals("en")) {
                    de.addAll(words);
                }
                if (!lang.equals("de")) {
                    en.addAll(words);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("de", Set.copyOf(de), "en", Set.copyOf(en));
    }

    /** Reads {@code name<TAB>value} lines in file order; a name given twice or a line without a value fails. */
    static Map<String, Double> nameValues(BufferedReader r, String source) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("name\t")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || values.put(f[0].strip(), Double.parseDouble(f[1].strip())) != null) {
                throw new IllegalStateException(source + ": expected one name<TAB>value per name: " + line);
            }
        }
        return values;
    }
}
