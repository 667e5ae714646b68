package org.lagebild.extract.boilerplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole-line rule that opens by skipping up to k words, {@code (?:\S++\s++){0,k}?REST} ("Jetzt unserem
 * WhatsApp-Kanal folgen"): REST must match where one of the first k + 1 words begins. The regex tries REST with
 * all its alternatives at each of those word starts; {@link #possible} first asks whether REST can open with the
 * two characters there ({@link StartChars}), and an exact "no" at every one of them means the rule cannot match
 * the line (the word starts are the regex's own: possessive runs of {@code \S} and {@code \s}, so there is no
 * other way to reach REST). Immutable and thread-safe.
 */
public final class WordSkip {
    private static final Pattern OPENER = Pattern.compile("^\\(\\?:\\\\S\\+\\+\\\\s\\+\\+\\)\\{0,(\\d{1,2})\\}\\?");

    private final int maxWords;
    private final Pattern word;
    private final StartChars restStart;

    private WordSkip(int maxWords, Pattern word, StartChars restStart) {
        this.maxWords = maxWords;
        this.word = word;
        this.restStart = restStart;
    }

    /**
     * The prefilter of a pattern of that form, or null when the pattern does not open with the word skip or
     * its rest may look behind where it starts (then the two characters alone cannot rule it out).
     */
    public static WordSkip of(Pattern pattern) {
        Matcher m = OPENER.matcher(pattern.pattern());
        if (!m.find()) {
            return null;
        }
        String rest = pattern.pattern().substring(m.end());
        if (rest.contains("(?<=") || rest.contains("(?<!") || rest.contains("\\G")) {
            return null;
        }
        // at a word start the text before is white space or nothing: a \b there sees no word character either way
        Pattern restPattern = Pattern.compile(rest, pattern.flags());
        return new WordSkip(Integer.parseInt(m.group(1)), Pattern.compile("\\S++\\s++", pattern.flags()),
                StartChars.lookingAtAfter(restPattern, "", true));
    }

    /** False only when the rule's pattern cannot match the line from its start ({@code lookingAt} or {@code matches}). */
    public boolean possible(String line) {
        int n = line.length();
        Matcher m = null;
        int p = 0;
        for (int j = 0; ; j++) {
            if (p >= n) {
                return true; // REST tried at the line end: not judged here
            }
            boolean open = p + 1 < n ? restStart.possible(line.charAt(p), line.charAt(p + 1)) : restStart.possible(line.charAt(p));
            if (open) {
                return true;
            }
            if (j == maxWords) {
                return false;
            }
            m = m == null ? word.matcher(line) : m;
            if (!m.region(p, n).lookingAt()) {
                return false;
            }
            p = m.end();
        }
    }
}
