package org.lagebild.store.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Search snippets cut from an article's stored text: a window of about {@code chars} characters
 * around the first word that matches the query, the matching words marked «like this». The text is
 * analysed as the query's matching field analyses it (so a stemmed query word marks its inflected
 * forms), and only up to the end of that window; there is no sentence segmentation and no passage
 * scoring, which made Lucene's UnifiedHighlighter cost about a millisecond per hit. Words under
 * {@code NOT} are not marked. Thread-safe: {@link #terms} returns an immutable value.
 */
final class Snippets {
    /** The words a query matches in one field: exact terms and, for wildcards and fuzzy words, automata. */
    record Terms(Set<BytesRef> exact, List<ByteRunAutomaton> patterns) {
        boolean isEmpty() {
            return exact.isEmpty() && patterns.isEmpty();
        }

        boolean matches(BytesRef b) {
            if (exact.contains(b)) {
                return true;
            }
            for (ByteRunAutomaton a : patterns) {
                if (a.run(b.bytes, b.offset, b.length)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Terms NONE = new Terms(Set.of(), List.of());
    /** How far before the first match a window may start, at most. */
    private static final int LEAD = 60;

    private final Analyzer analyzer;
    private final int chars;

    Snippets(Analyzer analyzer, int chars) {
        this.analyzer = analyzer;
        this.chars = chars;
    }

    /** The terms of {@code query} per field, for every field whose name starts with {@code prefix}. */
    static Map<String, Terms> terms(Query query, String prefix) {
        Map<String, Set<BytesRef>> exact = new HashMap<>();
        Map<String, List<ByteRunAutomaton>> patterns = new HashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return field.startsWith(prefix);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    exact.computeIfAbsent(t.field(), f -> new HashSet<>()).add(BytesRef.deepCopyOf(t.bytes()));
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                patterns.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        Map<String, Terms> out = new HashMap<>();
        for (String f : exact.keySet()) {
            out.put(f, new Terms(Set.copyOf(exact.get(f)), List.copyOf(patterns.getOrDefault(f, List.of()))));
        }
        for (String f : patterns.keySet()) {
            out.putIfAbsent(f, new Terms(Set.of(), List.copyOf(patterns.get(f))));
        }
        return Map.copyOf(out);
    }

    /**
     * The snippet of {@code text} for {@code terms}, analysed as {@code field}; null when no word of
     * the text matches (the caller then shows the start of the text).
     */
    String snippet(String field, String text, Terms terms) {
        if (terms == null || terms.isEmpty() || text.isEmpty()) {
            return null;
        }
        List<int[]> marks = new ArrayList<>();
        int windowStart = -1;
        int windowEnd = -1;
        BytesRefBuilder bytes = new BytesRefBuilder();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int s = offset.startOffset();
                int e = offset.endOffset();
                if (windowEnd >= 0 && s >= windowEnd) {
                    break;
                }
                bytes.copyChars(term.buffer(), 0, term.length());
                if (!terms.matches(bytes.get())) {
                    continue;
                }
                if (windowStart < 0) {
                    windowStart = start(text, s);
                    windowEnd = end(text, windowStart, e);
                }
                if (e <= windowEnd && (marks.isEmpty() || s >= marks.get(marks.size() - 1)[1])) {
                    marks.add(new int[] {s, e});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        if (marks.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(windowEnd - windowStart + 16);
        if (windowStart > 0) {
            b.append("… ");
        }
        int at = windowStart;
        for (int[] m : marks) {
            b.append(text, at, m[0]).append('«').append(text, m[0], m[1]).append('»');
            at = m[1];
        }
        b.append(text, at, windowEnd);
        if (windowEnd < text.length()) {
            b.append(" …");
        }
        return b.toString();
    }

    /** Where a window around a match at {@code match} starts: its sentence's start if near, else a word's. */
    private static int start(String text, int match) {
        int min = Math.max(0, match - LEAD);
        for (int i = match - 1; i > min; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (Character.isWhitespace(c) && isSentenceEnd(text.charAt(i - 1)))) {
                return i + 1;
            }
        }
        if (min < LEAD / 3) {
            return 0; // the text's start is close enough
        }
        for (int i = min; i < match; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return match;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == ':';
    }

    /** Where a window that starts at {@code start} ends: after about {@code chars} characters, at a word's end. */
    private int end(String text, int start, int matchEnd) {
        int goal = Math.max(matchEnd, start + chars);
        if (goal >= text.length()) {
            return text.length();
        }
        for (int i = goal; i > matchEnd; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(goal)) ? goal + 1 : goal;
    }
}
