package org.lagebild.annotate.lang;

/**
 * Normalises text for language identification: letters lower-cased (locale-independent, per
 * {@code char}), every run of non-letters collapsed into one space, padded with a space at both
 * ends. Shared by {@link LanguageIdentifier} and the profile generator so both see the same
 * trigrams. Not thread-safe (reusable buffer): create one per call.
 */
final class TextFeatures {
    final char[] buf;
    final int length;
    final int letters;
    /** Letters of the Latin or Cyrillic script, the scripts the profiles cover. */
    final int modelledLetters;

    private TextFeatures(char[] buf, int length, int letters, int modelledLetters) {
        this.buf = buf;
        this.length = length;
        this.letters = letters;
        this.modelledLetters = modelledLetters;
    }

    static TextFeatures of(CharSequence text, int maxChars) {
        int n = Math.min(text.length(), maxChars);
        char[] out = new char[n + 2];
        int len = 0;
        int letters = 0;
        int modelled = 0;
        out[len++] = ' ';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                out[len++] = Character.toLowerCase(c);
                letters++;
                if (c < '\u0250' || (c >= '\u0400' && c < '\u0530') || (c >= '\u1E00' && c < '\u1F00')) {
                    modelled++;
                }
            } else if (out[len - 1] != ' ') {
                out[len++] = ' ';
            }
        }
        if (out[len - 1] != ' ') {
            out[len++] = ' ';
        }
        return new TextFeatures(out, len, letters, modelled);
    }

    /** The trigram ending at {@code i + 2}, packed; only valid when {@code buf[i + 1]} is a letter. */
    long trigram(int i) {
        return pack(buf[i], buf[i + 1], buf[i + 2]);
    }

    static long pack(char a, char b, char c) {
        return ((long) a << 32) | ((long) b << 16) | c;
    }

    static String unpack(long key) {
        return new String(new char[] {(char) (key >>> 32), (char) (key >>> 16), (char) key});
    }
}
