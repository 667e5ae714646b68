package org.lagebild.time.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the German Wikinews documents of SpkAtt 2023 ({@code spkatt2023-de-news-quotes} in the data
 * folder, CC BY-NC-SA 4.0, never copied into the repository): a file {@code {"DocumentName": …,
 * "Sentences": [{"SentenceId": …, "Tokens": [ … ]}, …]}} becomes its token lists, in order, and its
 * text is {@link Detokenizer#text}. A gold source {@code spkatt:<key>} names a document: a key with
 * a slash is a path under the data folder; a key of digits is the file of the blind test set
 * ({@link #TEST_BLIND}) whose name begins with that Wikinews number and " - " (the numbers are unique
 * there). Stateless and thread-safe.
 */
public final class SpkAttDocuments {

    /** The folder of the 148 blind test documents, under the data folder. */
    public static final String TEST_BLIND = "spkatt2023-de-news-quotes/test_blind/task2";

    private SpkAttDocuments() {
    }

    /** The file a {@code spkatt:} key (without the prefix) names, or null when the data is absent. */
    public static Path file(String key, Path dataDir) {
        if (key.contains("/")) {
            Path p = dataDir.resolve(key);
            return Files.isRegularFile(p) ? p : null;
        }
        String prefix = key + " - ";
        return files(dataDir.resolve(TEST_BLIND)).stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
    }

    /** The JSON files of a folder sorted by their leading number (then name); empty when the folder is absent. */
    public static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparingLong(SpkAttDocuments::number)
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The leading number of a file name ("72243 - Titel (2022-03-01).json"), or Long.MAX_VALUE. */
    public static long number(Path file) {
        String name = file.getFileName().toString();
        int end = 0;
        while (end < name.length() && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 || end > 18 ? Long.MAX_VALUE : Long.parseLong(name.substring(0, end));
    }

    /** The detokenised text of a document file. */
    public static String text(Path file) {
        try {
            return Detokenizer.text(sentences(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token lists of every {@code "Tokens"} array of a SpkAtt JSON text, in order. */
    public static List<List<String>> sentences(String json) {
        List<List<String>> out = new ArrayList<>();
        int at = 0;
        while ((at = json.indexOf("\"Tokens\"", at)) >= 0) {
            int i = skipSpace(json, at + 8);
            i = expect(json, skipSpace(json, expect(json, i, ':')), '[');
            List<String> tokens = new ArrayList<>();
            i = skipSpace(json, i);
            while (i < json.length() && json.charAt(i) != ']') {
                StringBuilder token = new StringBuilder();
                i = readString(json, i, token);
                tokens.add(token.toString());
                i = skipSpace(json, i);
                if (i < json.length() && json.charAt(i) == ',') {
                    i = skipSpace(json, i + 1);
                }
            }
            out.add(tokens);
            at = i;
        }
        return out;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int expect(String s, int i, char c) {
        if (i >= s.length() || s.charAt(i) != c) {
            throw new IllegalArgumentException("SpkAtt JSON: expected '" + c + "' at " + i);
        }
        return i + 1;
    }

    /** Reads the JSON string starting at {@code i} (its opening quote) into {@code out}; returns the index after it. */
    private static int readString(String s, int i, StringBuilder out) {
        i = expect(s, i, '"');
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        throw new IllegalArgumentException("SpkAtt JSON: unterminated string");
    }
}
