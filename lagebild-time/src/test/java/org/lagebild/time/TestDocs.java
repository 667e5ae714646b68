package org.lagebild.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lagebild.model.Article;
import org.lagebild.model.Document;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;

/** Builds documents by hand for tests, with a tiny regex sentence splitter. */
public final class TestDocs {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+(?=\\s|$)|\\n|$)|[.!?]+");

    private TestDocs() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        // Split at ". " followed by an upper-case letter, and at line breaks; keep everything covered.
        int start = 0;
        int idx = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean cut = c == '\n'
                    || ((c == '.' || c == '!' || c == '?') && i + 2 < text.length() && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2)) && !(i > 0 && Character.isDigit(text.charAt(i - 1)))
                    && !(i > 1 && Character.isLowerCase(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2))));
            if (cut) {
                if (i + 1 > start) {
                    out.add(new Sentence(idx++, new Span(start, i + 1)));
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(new Sentence(idx, new Span(start, text.length())));
        }
        return out;
    }

    public static Document doc(String text, String lang) {
        return doc(text, lang, null);
    }

    public static Document doc(String text, String lang, LocalDate published) {
        Article a = new Article("test", "test", "text", null, "", text, List.of(), List.of(), List.of(), lang, null, null,
                published == null ? PublicationDate.UNKNOWN : PublicationDate.stated(published, org.lagebild.model.DateSource.GIVEN, "test"));
        Document d = Document.of(a).withLanguage(lang, 1).withSentences(split(text));
        return published == null ? d : d.withReferenceTime(published);
    }

    /** The seed samples of the repository, in name order. */
    public static List<Path> seeds() {
        Path dir = Path.of("..", "samples");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Matcher unused() {
        return SENTENCE.matcher("");
    }
}
