package org.lagebild.stories.cluster;

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
        return new FollowUpCues(DataLines.languageWords(FollowUpCues.class, RESOURCE, (lang, word) -> {
            Set<String> got = new HashSet<>();
            TermExtractor.instance().terms(word, lang, 1, (t, w) -> got.add(t));
            if (got.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": gives no term (a stop word?): " + word);
            }
            return got;
        }));
    }
}
