package org.lagebild.stories.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounds and time scale of {@link StoryClusterer}, and the wake rule it keeps apart from the
 * learned {@link StoryModel} (which decides joins and wake-ups from {@link PairFeatures}). The
 * bundled values ({@link #defaults()}, from {@code cluster-config.tsv} beside this class) were set
 * on the DEV splits only.
 *
 * @param timeScaleDays    days over which the time closeness feature falls to 1/e
 * @param centroidTerms    a story centroid keeps this many terms (and entities)
 * @param indexTerms       a story is findable by this many of its top terms
 * @param queryTerms       an article looks up stories by this many of its top terms and entities
 * @param candidates       at most this many stories (most keys in common first) are scored
 * @param maxPosting       index keys shared by more active stories are not used for look-up
 * @param retireAfterDays  a story with no article for this many days (to the newest day seen) retires
 * @param maxActiveStories beyond this, the least recently extended stories retire
 * @param maxArticleIds    a story lists at most this many article ids (its count stays exact)
 * @param dfBuckets        size of each hashed document-frequency table (a power of two)
 * @param members          member articles' vectors a story keeps (the first and the latest)
 * @param memberTerms      terms kept per member vector
 * @param maxDormantStories dormant stories kept (the least recently retired are forgotten first)
 * @param dormantTerms     terms and entities a dormant story keeps
 * @param claimWeight      weight of the claim share in the wake rule's score
 * @param dormantThreshold the wake rule's score bar (text + dormantEntityWeight·entities + claimWeight·claims)
 * @param dormantEntityWeight weight of the entity cosine in the wake rule's score
 * @param dormantMinEntity the wake rule needs at least this entity cosine
 * @param dormantSharedEntities the wake rule needs this many shared knowledge-base entities
 * @param dormantNames     a dormant story is findable by this many of its top names, and an article looks dormant
 *                         stories up by this many of its top names
 */
public record ClusterConfig(double timeScaleDays, int centroidTerms, int indexTerms, int queryTerms, int candidates,
                            int maxPosting, int retireAfterDays, int maxActiveStories, int maxArticleIds, int dfBuckets,
                            int members, int memberTerms, int maxDormantStories, int dormantTerms, double claimWeight,
                            double dormantThreshold, double dormantEntityWeight, double dormantMinEntity,
                            int dormantSharedEntities, int dormantNames) {
    private static final String RESOURCE = "cluster-config.tsv";
    private static final ClusterConfig DEFAULTS = load();

    public ClusterConfig {
        if (dfBuckets <= 0 || Integer.bitCount(dfBuckets) != 1) {
            throw new IllegalArgumentException("dfBuckets must be a power of two: " + dfBuckets);
        }
        if (centroidTerms < 1 || indexTerms < 1 || queryTerms < 1 || candidates < 1 || maxPosting < 1
                || retireAfterDays < 1 || maxActiveStories < 1 || maxArticleIds < 1 || timeScaleDays <= 0
                || members < 0 || memberTerms < 1 || maxDormantStories < 0 || dormantTerms < 1 || dormantNames < 0) {
            throw new IllegalArgumentException("bounds must be positive: " + this);
        }
    }

    /** The tuned configuration bundled with the module. */
    public static ClusterConfig defaults() {
        return DEFAULTS;
    }

    /** A copy with other memory bounds. */
    public ClusterConfig withBounds(int retireDays, int maxActive, int maxIds) {
        return with(Map.of("retireAfterDays", retireDays, "maxActiveStories", maxActive, "maxArticleIds", maxIds));
    }

    /** A copy with the named values changed (for tuning); unknown names fail. */
    public ClusterConfig with(Map<String, ? extends Number> changes) {
        StringBuilder sb = new StringBuilder();
        Map<String, Number> now = asMap();
        for (String k : changes.keySet()) {
            if (!now.containsKey(k)) {
                throw new IllegalArgumentException("no config value " + k);
            }
        }
        now.forEach((k, v) -> sb.append(k).append('\t').append(changes.containsKey(k) ? changes.get(k) : v).append('\n'));
        try {
            return parse(new BufferedReader(new java.io.StringReader(sb.toString())), "changes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values by name, in declaration order (for reports and the state). */
    public Map<String, Number> asMap() {
        Map<String, Number> m = new LinkedHashMap<>();
        for (RecordComponent c : ClusterConfig.class.getRecordComponents()) {
            try {
                m.put(c.getName(), (Number) c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return m;
    }

    /** Reads a config from {@code name<TAB>value} lines; every component must be given once. */
    public static ClusterConfig parse(BufferedReader r, String source) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("name\t")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || values.put(f[0].strip(), f[1].strip()) != null) {
                throw new IllegalStateException(source + ": expected one name<TAB>value per name: " + line);
            }
        }
        RecordComponent[] cs = ClusterConfig.class.getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            String v = values.remove(cs[i].getName());
            if (v == null) {
                throw new IllegalStateException(source + ": missing " + cs[i].getName());
            }
            types[i] = cs[i].getType();
            args[i] = types[i] == int.class ? (Object) Integer.parseInt(v) : (Object) Double.parseDouble(v);
        }
        if (!values.isEmpty()) {
            throw new IllegalStateException(source + ": unknown names " + values.keySet());
        }
        try {
            return ClusterConfig.class.getDeclaredConstructor(types).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(source + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ClusterConfig load() {
        try (InputStream in = ClusterConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + ClusterConfig.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
