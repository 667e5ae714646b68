package org.lagebild.stories.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Which story clustering built a set of stories: a short fingerprint of the decision logic's version
 * and of the bundled files the decisions read (the learned model, the configuration, the merge and
 * cross-language rules, follow-up cues, headline rules and stop words). A data directory stores it
 * with its stories, so that after an upgrade a user is told that the stories were made by another
 * build and that {@code lagebild restory} remakes them; articles, annotations and everything else are
 * unaffected. Thread-safe (computed once).
 */
public final class StoryBuild {
    /**
     * Raise when a code change alters which story an article goes to (data file changes are seen by themselves);
     * StoryBuildLogicTest fails when the decisions on its synthetic stream change and this number does not.
     */
    static final int LOGIC = 3; // 3: stop words and stemmers of es, fr, it, pt, nl (TermExtractor)
    /** The files of this package whose content decides the stories, in a fixed order. */
    static final List<String> FILES = List.of("story-model.tsv", "cluster-config.tsv", "story-merge.tsv",
            "cross-language.tsv", "follow-up-cues.tsv", "headlines.tsv", "stopwords.tsv");
    private static final String FINGERPRINT = compute();

    private StoryBuild() {
    }

    /** {@code "<logic>.<state version>-<12 hex digits of SHA-256 over the files>"}, e.g. {@code 2.2-3f9a0c1b7d2e}. */
    public static String fingerprint() {
        return FINGERPRINT;
    }

    private static String compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : FILES) {
                try (InputStream in = StoryBuild.class.getResourceAsStream(f)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + f + " beside " + StoryBuild.class.getName());
                    }
                    sha.update(f.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(in.readAllBytes());
                    sha.update((byte) 0);
                }
            }
            return LOGIC + "." + ClustererState.VERSION + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
