package org.lagebild.stories.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether a headline reports a follow-up of an incident (an arrest, a charge, a plea, a sentence, a
 * funeral), from the words in {@code follow-up-cues.tsv} beside this class, stemmed as story terms
 * are ({@link TermExtractor}). Loaded once; immutable and thread-safe.
 */
public final class FollowUpCues {
    private static final String RESOURCE = "follow-up-cues.tsv";
    private static final FollowUpCues DEFAULT = load();
    private final Map<String, Set<String>> stems;

    private FollowUpCues(Map<String, Set<String>> stems) {
        this.stems = stems;
    }

    /** The bundled cue words. */
    public static FollowUpCues instance() {
        return DEFAULT;
    }

    /** Whether one of the headline's terms (as {@link TermExtractor} gives them) is a cue of that language. */
    public boolean isFollowUp(Iterable<String> headlineTerms, String language) {
        Set<String> cues = stems.getOrDefault(language, Set.of());
        for (String t : headlineTerms) {
            if (cues.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the headline text reports a follow-up. */
    public boolean isFollowUp(String headline, String language) {
        Set<String> terms = new HashSet<>();
        TermExtractor.instance().terms(headline, language, 1, (t, w) -> terms.add(t));
        return isFollowUp(terms, language);
    }

    private static FollowUpCues load() {
        Set<String> de = new HashSet<>();
        Set<String> en = new HashSet<>();
        try (InputStream in = FollowUpCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + FollowUpCues.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(RESOURCE + ": expected language<TAB>word: " + line);
                }
                String lang = f[0].strip();
                if (!lang.equals("de") && !lang.equals("en") && !lang.equals("*")) {
                    throw new IllegalStateException(RESOURCE + ": unknown language " + lang + ": " + line);
                }
                Set<String> got = new HashSet<>();
                TermExtractor.instance().terms(f[1].strip(), lang.equals("*") ? "en" : lang, 1, (t, w) -> got.add(t));
                if (got.isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": gives no term (a stop word?): " + line);
                }
                if (!lang.equals("en")) {
                    de.addAll(got);
                }
                if (!lang.equals("de")) {
                    en.addAll(got);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FollowUpCues(Map.of("de", Set.copyOf(de), "en", Set.copyOf(en)));
    }
}
