package org.lagebild.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Content-derived ids: the same clean text always gets the same id, whatever its source. */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** Normalises text for identity: NFC, lower case, white space folded. */
    public static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return foldSpace(n).strip();
    }

    /** Each run of ASCII white space (regex {@code \\s}: space, tab, LF, VT, FF, CR) becomes one space. */
    static String foldSpace(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isRegexSpace(s.charAt(end))) {
                end++;
            }
            if (out == null) {
                if (c == ' ' && end == i + 1) {
                    continue; // a single plain space stays as it is
                }
                out = new StringBuilder(n).append(s, 0, i);
            }
            out.append(' ');
            i = end - 1;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The 16-hex-digit id for an article with this title and clean text. */
    public static String of(String title, String text) {
        return sha256(normalise(title) + "\n" + normalise(text)).substring(0, 16);
    }

    public static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
