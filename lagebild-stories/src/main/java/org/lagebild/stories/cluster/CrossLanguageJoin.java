package org.lagebild.stories.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The decision for a story told in another language than the article: the learned {@link StoryModel}
 * weighs text features that are about 0 across languages, so when it opens a new story, this rule
 * joins an active candidate story none of whose articles is in the article's language if they share
 * the same actors: at least {@link Rule#minSharedActors()} people, or one and an IDF-weighted entity
 * cosine of at least {@link Rule#oneActorCosine()}. Linked and automatic entity ids are the same in
 * German and English; countries, places and organisations are the setting or the source of many
 * stories at once and count only through the cosine. Stories in the article's language never meet
 * this rule, so same-language clustering is untouched. The {@link Assignment#score()} of such a join
 * is the model's probability for that story, below its threshold: the rule decided, not the model.
 * The rule lives in {@code cross-language.tsv}. Immutable and thread-safe.
 */
public final class CrossLanguageJoin {
    private static final String RESOURCE = "cross-language.tsv";
    private static final String UNKNOWN_LANGUAGE = "und";
    /** Where the pair features hold the IDF-weighted entity cosine. */
    private static final int ENTITY = PairFeatures.NAMES.indexOf("entity");
    private static final CrossLanguageJoin DEFAULTS = new CrossLanguageJoin(load());

    /**
     * When an article joins a story in another language.
     *
     * @param actorPrefixes   entity ids starting with one of these are actors (people)
     * @param minSharedActors shared actors that join on their own (above the article's entity count: never)
     * @param oneActorCosine  entity cosine at which one shared actor joins (above 1: never)
     */
    public record Rule(List<String> actorPrefixes, int minSharedActors, double oneActorCosine) {
        public Rule {
            actorPrefixes = List.copyOf(actorPrefixes);
            if (actorPrefixes.isEmpty() || minSharedActors < 1 || !(oneActorCosine >= 0)) {
                throw new IllegalArgumentException("cross-language rule out of range: " + actorPrefixes + " "
                        + minSharedActors + " " + oneActorCosine);
            }
        }

        /** Whether {@code actors} shared people and this entity cosine join. */
        public boolean joins(int actors, double entityCosine) {
            return actors >= minSharedActors || (actors >= 1 && entityCosine >= oneActorCosine);
        }

        /** A rule that never joins. */
        public static Rule never() {
            return new Rule(List.of("lb:per:"), Integer.MAX_VALUE, 2);
        }
    }

    /** One example of the data file: shared actors, entity cosine and whether they join. */
    public record Example(int actors, double entityCosine, boolean join) {
    }

    private final Rule rule;

    public CrossLanguageJoin(Rule rule) {
        this.rule = rule;
    }

    /** The bundled rule ({@code cross-language.tsv}); {@code -DcrossLanguage.<name>=value} overrides a value (for sweeps). */
    public static CrossLanguageJoin defaults() {
        return DEFAULTS;
    }

    public Rule rule() {
        return rule;
    }

    /** Whether the story is told only in other languages than the article's (both known). */
    static boolean otherLanguage(String articleLanguage, Set<String> storyLanguages) {
        return isKnown(articleLanguage) && !storyLanguages.isEmpty() && !storyLanguages.contains(articleLanguage);
    }

    /** Whether a story records this article language ("und" says none is known). */
    static boolean isKnown(String language) {
        return language != null && !UNKNOWN_LANGUAGE.equals(language);
    }

    /** How many of the article's entities are actors that the story names too. */
    public int sharedActors(Map<String, Integer> articleEntities, Map<String, ?> storyEntities) {
        int n = 0;
        for (String e : articleEntities.keySet()) {
            if (isActor(e) && storyEntities.containsKey(e)) {
                n++;
            }
        }
        return n;
    }

    private boolean isActor(String id) {
        for (String p : rule.actorPrefixes()) {
            if (id.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article joins (or wakes) a story in another language with these entities by this rule. */
    boolean joins(StoryFeatures f, Map<String, ?> storyEntities, double[] features) {
        return rule.joins(sharedActors(f.entities(), storyEntities), features[ENTITY]);
    }

    /**
     * Of the candidate stories (sorted by id) with their pair features, the index of the one the
     * article joins by this rule, or -1: only stories in other languages, the highest entity cosine
     * first (ties: the first, i.e. the smaller id).
     */
    int best(StoryFeatures f, List<ActiveStory> stories, double[][] features) {
        int best = -1;
        for (int i = 0; i < stories.size(); i++) {
            ActiveStory s = stories.get(i);
            if (!otherLanguage(f.language(), s.languages)) {
                continue;
            }
            double entity = features[i][ENTITY];
            if (rule.joins(sharedActors(f.entities(), s.entityCounts), entity)
                    && (best < 0 || entity > features[best][ENTITY])) {
                best = i;
            }
        }
        return best;
    }

    /** The examples of the bundled data file (comment lines {@code # example<TAB>actors<TAB>cosine<TAB>join|open}). */
    public static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        read(line -> {
            if (line.startsWith("# example\t")) {
                String[] f = line.split("\t");
                if (f.length != 4 || !(f[3].equals("join") || f[3].equals("open"))) {
                    throw new IllegalStateException(RESOURCE + ": expected # example<TAB>actors<TAB>cosine<TAB>join|open: " + line);
                }
                out.add(new Example(Integer.parseInt(f[1]), Double.parseDouble(f[2]), f[3].equals("join")));
            }
        });
        return out;
    }

    private static Rule load() {
        Map<String, String> values = new LinkedHashMap<>();
        read(line -> {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("name\t")) {
                String[] f = line.split("\t");
                if (f.length != 2 || values.put(f[0].strip(), f[1].strip()) != null) {
                    throw new IllegalStateException(RESOURCE + ": expected one name<TAB>value per name: " + line);
                }
            }
        });
        for (String name : List.of("actorPrefixes", "minSharedActors", "oneActorCosine")) {
            String override = System.getProperty("crossLanguage." + name);
            if (override != null) {
                values.put(name, override);
            }
            if (!values.containsKey(name)) {
                throw new IllegalStateException(RESOURCE + ": missing " + name);
            }
        }
        if (values.size() != 3) {
            throw new IllegalStateException(RESOURCE + ": unknown names in " + values.keySet());
        }
        return new Rule(List.of(values.get("actorPrefixes").split("\\|")), Integer.parseInt(values.get("minSharedActors")),
                Double.parseDouble(values.get("oneActorCosine")));
    }

    private static void read(Consumer<String> lines) {
        try (InputStream in = CrossLanguageJoin.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + CrossLanguageJoin.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                lines.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "cross-language join: actors %s, %d shared, or 1 and entity cosine >= %.2f",
                rule.actorPrefixes(), rule.minSharedActors(), rule.oneActorCosine());
    }
}
