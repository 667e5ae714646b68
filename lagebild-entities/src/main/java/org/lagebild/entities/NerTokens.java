package org.lagebild.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * GermEval-style tokens for the statistical tagger: white-space separated words with leading and
 * trailing punctuation split off (hyphenated compounds and "3.000" stay whole), as char spans.
 * Sentences end after ".", "!" or "?" tokens, at line breaks, and after at most 150 tokens so a text
 * without punctuation stays linear in memory and time.
 */
final class NerTokens {
    private static final String LEAD = "\"„“”'‚‘’([{«»<";
    private static final String TRAIL = "\"“”'’)]}.,;:!?«»>";
    static final int MAX_SENTENCE = 150;

    private NerTokens() {
    }

    static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '/' || text.charAt(i) == '|')) {
                i++;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '/' && text.charAt(i) != '|') {
                i++;
            }
            int e = i;
            if (s == e) {
                continue;
            }
            while (s < e && LEAD.indexOf(text.charAt(s)) >= 0) {
                out.add(new int[] {s, s + 1});
                s++;
            }
            int trailStart = e;
            while (trailStart > s && TRAIL.indexOf(text.charAt(trailStart - 1)) >= 0) {
                trailStart--;
            }
            if (trailStart > s) {
                out.add(new int[] {s, trailStart});
            }
            for (int k = trailStart; k < e; k++) {
                out.add(new int[] {k, k + 1});
            }
        }
        return out;
    }

    /** The end (exclusive) of the sentence starting at token {@code a}. */
    static int sentenceEnd(String text, List<int[]> spans, int a) {
        int k = a;
        while (k < spans.size() && k - a < MAX_SENTENCE) {
            int[] sp = spans.get(k);
            k++;
            if (sp[1] - sp[0] == 1 && ".!?".indexOf(text.charAt(sp[0])) >= 0) {
                break;
            }
            if (k < spans.size() && text.substring(sp[1], spans.get(k)[0]).indexOf('\n') >= 0) {
                break;
            }
        }
        return k;
    }
}
