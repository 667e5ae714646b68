package org.lagebild.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.model.Article;
import org.lagebild.model.Document;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;

/** Builds documents by hand for tests, with a tiny regex sentence splitter. */
public final class TestDocs {
    private static final Pattern SENTENCE = Pattern.compile("[^\\n.!?]+(?:[.!?]+|\\n|$)");

    private TestDocs() {
    }

    public static Document doc(String text, String lang) {
        Article a = new Article("test", "test", "text", null, "", text, List.of(), List.of(), List.of(), lang, null, null, null);
        List<Sentence> s = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                s.add(new Sentence(s.size(), new Span(m.start(), m.end())));
            }
        }
        return Document.of(a).withLanguage(lang, 1.0).withSentences(s);
    }
}
