package org.lagebild.time.internal;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;

/**
 * A minimal sentence splitter for evaluation and inference when no sentence layer is at hand: cuts
 * at line breaks and at '.', '!' or '?' followed by a space and an upper-case letter, except after
 * a digit ("6. August") or a one-letter abbreviation ("v. Chr."). Sentences cover the text without
 * gaps. Stateless and thread-safe. Internal to lagebild-time.
 */
public final class SimpleSentences {
    private SimpleSentences() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean cut = c == '\n'
                    || ((c == '.' || c == '!' || c == '?') && i + 2 < n && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2))
                    && !(i > 0 && Character.isDigit(text.charAt(i - 1)))
                    && !(i > 1 && Character.isLowerCase(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2))));
            if (cut) {
                if (i + 1 > start) {
                    out.add(new Sentence(out.size(), new Span(start, i + 1)));
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new Sentence(out.size(), new Span(start, n)));
        }
        return out;
    }
}
