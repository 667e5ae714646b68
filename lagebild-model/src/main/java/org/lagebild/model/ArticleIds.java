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
        return n.replaceAll("\\s+", " ").strip();
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
