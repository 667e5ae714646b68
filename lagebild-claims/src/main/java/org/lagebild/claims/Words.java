package org.lagebild.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a stretch of text with their offsets and lower-cased ({@link Locale#ROOT}) forms. A word is a run
 * of letters and digits, with inner hyphens, dots and apostrophes ("Kim Jong-un", "3.000", "news.de").
 * Immutable.
 */
final class Words {
    final String text;
    final int[] start;
    final int[] end;
    final String[] lower;

    private Words(String text, int[] start, int[] end, String[] lower) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.lower = lower;
    }

    /** The words of {@code text} between {@code from} and {@code to}; offsets are into {@code text}. */
    static Words of(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            i++;
            while (i < to) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '-' || d == '.' || d == '\'' || d == ',') && i + 1 < to
                        && Character.isLetterOrDigit(text.charAt(i + 1))
                        && (d != ',' || (Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))))
                        && (d != '.' || Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i + 1))
                            || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
                    i++;
                } else {
                    break;
                }
            }
            spans.add(new int[] {s, i});
        }
        int n = spans.size();
        int[] st = new int[n];
        int[] en = new int[n];
        String[] lo = new String[n];
        for (int k = 0; k < n; k++) {
            st[k] = spans.get(k)[0];
            en[k] = spans.get(k)[1];
            lo[k] = text.substring(st[k], en[k]).toLowerCase(Locale.ROOT);
        }
        return new Words(text, st, en, lo);
    }

    int size() {
        return start.length;
    }

    String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    boolean upper(int i) {
        return Character.isUpperCase(text.charAt(start[i]));
    }

    /** True if clause punctuation (, ; : . ! ? quotes, dash, line break) lies between word a and word b (a < b). */
    boolean clauseBreak(int a, int b) {
        for (int p = end[a]; p < start[b]; p++) {
            char ch = text.charAt(p);
            if (ch == '.' && Character.isLowerCase(text.charAt(start[b])) && start[b] - p <= 2) {
                continue; // an abbreviation ("Co. erklärten")
            }
            if (ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == '!' || ch == '?' || ch == '\n'
                    || ch == '\u2013' || ch == '(' || ch == ')') {
                return true;
            }
        }
        return false;
    }

    /** True if sentence or colon punctuation lies between word a and word b (a < b). */
    boolean sentenceBreak(int a, int b) {
        for (int p = end[a]; p < start[b]; p++) {
            char ch = text.charAt(p);
            if (ch == ';' || ch == ':' || ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code k} is the cue word {@code cue}; written "$vor", a separated particle, it must end its clause:
     * punctuation, the sentence's end or a conjunction opening a new clause (word-classes.tsv clause-joiner) after it
     * ("wirft Moskau Kriegsverbrechen vor und fordert …"), not "warf das Gerät 66 Meter weit … vor der Russin".
     */
    boolean sameWord(String cue, int k) {
        if (cue.length() > 1 && cue.charAt(0) == '$') {
            return lower[k].equals(cue.substring(1)) && (k + 1 >= size() || clauseBreak(k, k + 1)
                    || WordClasses.of("clause-joiner").contains(lower[k + 1]));
        }
        return lower[k].equals(cue);
    }

    /** The index of the first word starting at or after {@code pos}, or size(). */
    int indexAtOrAfter(int pos) {
        int lo = 0;
        int hi = start.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Matches a cue of several lower-case words ("nach angaben", "wies … zurück") at word {@code i}; returns the index
     * after the last matched word, or -1. "…" skips up to eleven words within the same sentence.
     */
    int match(String[] cue, int i) {
        if (!cue[0].isEmpty() && cue[0].charAt(0) == '$' && !sameWord(cue[0], i)) {
            return -1;
        }
        int k = i;
        for (int c = 0; c < cue.length; c++) {
            if (cue[c].equals("\u2026")) {
                c++;
                if (c >= cue.length) {
                    return k;
                }
                int limit = Math.min(size(), k + 12);
                int found = -1;
                for (int j = k; j < limit; j++) {
                    if (j > i && sentenceBreak(j - 1, j)) {
                        break;
                    }
                    if (sameWord(cue[c], j)) {
                        found = j;
                        break;
                    }
                }
                if (found < 0) {
                    return -1;
                }
                k = found + 1;
                continue;
            }
            if (k >= size() || !sameWord(cue[c], k) || (k > i && c > 0 && !cue[c - 1].equals("\u2026") && clauseBreak(k - 1, k))) {
                return -1;
            }
            k++;
        }
        return k;
    }
}
