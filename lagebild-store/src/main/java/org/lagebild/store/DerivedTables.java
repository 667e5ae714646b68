package org.lagebild.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables derived from the articles: near-duplicate groups, the recent MinHash signatures, stories
 * with their articles, and named pieces of state (JSON). Like the Lucene index they can be rebuilt
 * from the articles; {@link #clear()} empties them for that. Writes go through the store's write
 * connection, one transaction per {@link #apply}; reads see a consistent snapshot per call.
 */
public final class DerivedTables {

    /** An article that repeats a stored one (a syndicated copy, a trimmed version). */
    public record NearDuplicate(String articleId, String groupId, double similarity, String kind) {
        public NearDuplicate {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A MinHash signature of a stored article, kept for the duplicate window. */
    public record Signature(String articleId, long seq, long[] hashes) {
        public Signature {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(hashes, "hashes");
        }
    }

    /** An article's story. */
    public record Assignment(String articleId, String storyId, double score) {
        public Assignment {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(storyId, "storyId");
        }
    }

    /** An entity of a story with the number of its articles that mention it. */
    public record StoryEntity(String id, String name, String type, int articles) {
    }

    /** A story as listed: its title, time span, size, languages, outlets and main actors. */
    public record StoryRow(String id, String title, LocalDate firstDay, LocalDate lastDay, int articleCount,
                           int sourceCount, List<String> languages, List<String> sources,
                           List<StoryEntity> entities, boolean active) {
        public StoryRow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            languages = List.copyOf(languages);
            sources = List.copyOf(sources);
            entities = List.copyOf(entities);
        }
    }

    /** Filters for {@link #stories}; null fields do not filter. */
    public record StoryQuery(String entity, String language, String source, LocalDate from, LocalDate to,
                             int limit, int offset) {
        public StoryQuery {
            if (limit < 0 || offset < 0) {
                throw new IllegalArgumentException("limit and offset must not be negative");
            }
        }

        public static StoryQuery all(int limit) {
            return new StoryQuery(null, null, null, null, null, limit, 0);
        }
    }

    /**
     * A story that changed: its title and whether it is still open for new articles. Its dates, counts,
     * languages, outlets and main actors are computed from its articles when the update is applied.
     */
    public record StoryHead(String id, String title, boolean active) {
        public StoryHead {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * Which mentioned entities are media (news agencies, outlets, platforms) rather than actors of a
     * story's events: they are mostly who reported or where something was posted. A story's main actors
     * leave them out, unless the story's title names them ("Reuters journalist arrested"); they stay
     * among its mentions, sources and search facets. Must be thread-safe.
     */
    @FunctionalInterface
    public interface MediaFilter {
        /** No entity is a medium: every entity may be an actor. */
        MediaFilter NONE = (entityId, name, type) -> false;

        /** Whether the entity ({@code entityId} may be null for an unlinked name) is a medium. */
        boolean isMedium(String entityId, String name, String type);
    }

    /** A story the clusterer merged into another: its articles now belong to {@code into}, its row goes. */
    public record StoryMerge(String merged, String into) {
        public StoryMerge {
            Objects.requireNonNull(merged, "merged");
            Objects.requireNonNull(into, "into");
        }
    }

    /**
     * One step of derived work, written in one transaction: new near-duplicates and signatures (the
     * signatures table is then pruned to the newest {@code signatureWindow}), story merges (in the
     * order they happened, before the assignments), story assignments, the changed stories, and named
     * state; {@code media} tells which entities are left out of the changed stories' main actors.
     */
    public record Update(List<NearDuplicate> duplicates, List<Signature> signatures, int signatureWindow,
                         List<Assignment> assignments, List<StoryHead> stories, Map<String, String> state,
                         List<StoryMerge> merges, MediaFilter media) {
        public Update {
            duplicates = List.copyOf(duplicates);
            signatures = List.copyOf(signatures);
            assignments = List.copyOf(assignments);
            stories = List.copyOf(stories);
            state = Map.copyOf(state);
            merges = List.copyOf(merges);
            media = media == null ? MediaFilter.NONE : media;
        }

        /** An update whose stories count every entity as a possible actor. */
        public Update(List<NearDuplicate> duplicates, List<Signature> signatures, int signatureWindow,
                      List<Assignment> assignments, List<StoryHead> stories, Map<String, String> state,
                      List<StoryMerge> merges) {
            this(duplicates, signatures, signatureWindow, assignments, stories, state, merges, MediaFilter.NONE);
        }

        /** An update without story merges. */
        public Update(List<NearDuplicate> duplicates, List<Signature> signatures, int signatureWindow,
                      List<Assignment> assignments, List<StoryHead> stories, Map<String, String> state) {
            this(duplicates, signatures, signatureWindow, assignments, stories, state, List.of(), MediaFilter.NONE);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<StoryEntity>> ENTITIES = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String STORY_COLUMNS = "s.id, s.title, s.first_day, s.last_day, s.n_articles, s.n_sources, "
            + "s.languages, s.sources, s.entities, s.active ";

    private final Store store;

    DerivedTables(Store store) {
        this.store = store;
    }

    /** Writes one update in one transaction. */
    public void apply(Update u) throws StoreException {
        Objects.requireNonNull(u, "u");
        store.write(c -> {
            bumpVersion(c);
            try (PreparedStatement dup = c.prepareStatement("INSERT OR REPLACE INTO near_duplicates "
                    + "(article_id, group_id, similarity, kind) VALUES (?, ?, ?, ?)")) {
                for (NearDuplicate d : u.duplicates()) {
                    dup.setString(1, d.articleId());
                    dup.setString(2, d.groupId());
                    dup.setDouble(3, d.similarity());
                    dup.setString(4, d.kind());
                    dup.addBatch();
                }
                dup.executeBatch();
            }
            if (!u.signatures().isEmpty()) {
                try (PreparedStatement sig = c.prepareStatement(
                        "INSERT OR REPLACE INTO signatures (article_id, seq, sig) VALUES (?, ?, ?)")) {
                    for (Signature s : u.signatures()) {
                        sig.setString(1, s.articleId());
                        sig.setLong(2, s.seq());
                        sig.setBytes(3, bytes(s.hashes()));
                        sig.addBatch();
                    }
                    sig.executeBatch();
                }
                try (PreparedStatement prune = c.prepareStatement("DELETE FROM signatures WHERE seq <= "
                        + "(SELECT seq FROM signatures ORDER BY seq DESC LIMIT 1 OFFSET ?)")) {
                    prune.setInt(1, Math.max(0, u.signatureWindow()));
                    prune.executeUpdate();
                }
            }
            for (StoryMerge m : u.merges()) {
                try (PreparedStatement move = c.prepareStatement("UPDATE story_articles SET story_id = ? WHERE story_id = ?");
                     PreparedStatement gone = c.prepareStatement("DELETE FROM stories WHERE id = ?")) {
                    move.setString(1, m.into());
                    move.setString(2, m.merged());
                    move.executeUpdate();
                    gone.setString(1, m.merged());
                    gone.executeUpdate();
                }
            }
            try (PreparedStatement as = c.prepareStatement(
                    "INSERT OR REPLACE INTO story_articles (article_id, story_id, score) VALUES (?, ?, ?)")) {
                for (Assignment a : u.assignments()) {
                    as.setString(1, a.articleId());
                    as.setString(2, a.storyId());
                    as.setDouble(3, Double.isFinite(a.score()) ? a.score() : 0.0); // NaN: the article opened the story
                    as.addBatch();
                }
                as.executeBatch();
            }
            for (StoryHead h : u.stories()) {
                upsertStory(c, h, u.media());
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO derived_state (name, json) VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : u.state().entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static final String OF_STORY = "FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
            + "AND a.latest = 1 WHERE sa.story_id = ? ";

    /** The number of main actors kept with a story. */
    static final int ACTORS = 12;

    /** Writes a story's row, with the aggregates over its latest article versions. */
    private static void upsertStory(java.sql.Connection c, StoryHead h, MediaFilter media) throws SQLException {
        String first = null;
        String last = null;
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(COALESCE(a.published, a.pub_earliest)), "
                + "MAX(COALESCE(a.published, a.pub_earliest)), COUNT(*) " + OF_STORY)) {
            ps.setString(1, h.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    first = rs.getString(1);
                    last = rs.getString(2);
                    n = rs.getInt(3);
                }
            }
        }
        List<String> languages = strings(c, "SELECT DISTINCT a.language " + OF_STORY
                + "AND a.language IS NOT NULL ORDER BY 1", h.id());
        List<String> sources = strings(c, "SELECT a.publisher " + OF_STORY
                + "AND a.publisher IS NOT NULL GROUP BY a.publisher ORDER BY COUNT(*) DESC, a.publisher", h.id());
        List<StoryEntity> entities = new ArrayList<>();
        Map<String, String> types = actorTypes(c, h.id());
        // main actors: the entities in most of the story's articles, media aside (see MediaFilter)
        // each actor's name is the one Store.shownName picks from its mentions in the story (in a story of German and
        // English articles, the language of most of them), looked up for the actors kept only
        try (PreparedStatement ps = c.prepareStatement("SELECT m.entity_id, MAX(m.name), MAX(m.type), "
                + "COUNT(DISTINCT m.article_id), MIN(m.text), MAX(m.text), " + ACTOR_KEY + ", MAX(m.name_key) FROM mentions m "
                + "JOIN story_articles sa ON sa.article_id = m.article_id "
                + "JOIN articles a ON a.id = m.article_id AND a.latest = 1 WHERE sa.story_id = ? "
                + "GROUP BY " + ACTOR_KEY + " ORDER BY 4 DESC, COUNT(*) DESC, 2")) {
            ps.setString(1, h.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (entities.size() < ACTORS && rs.next()) {
                    String name = Store.shownName(rs.getString(1),
                            Store.nameCounts(c, rs.getString(1), rs.getString(8), null, h.id()), rs.getString(2));
                    StoryEntity e = new StoryEntity(rs.getString(1), name,
                            types.getOrDefault(rs.getString(7), rs.getString(3)), rs.getInt(4));
                    if (!media.isMedium(e.id(), e.name(), e.type())
                            || namedIn(h.title(), e.name(), rs.getString(5), rs.getString(6))) {
                        entities.add(e);
                    }
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO stories (id, title, first_day, "
                + "last_day, n_articles, n_sources, languages, sources, entities, active, updated_seq) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) FROM articles))")) {
            st.setString(1, h.id());
            st.setString(2, h.title());
            st.setString(3, first);
            st.setString(4, last);
            st.setInt(5, n);
            st.setInt(6, sources.size());
            st.setString(7, json(languages));
            st.setString(8, json(sources));
            st.setString(9, json(entities));
            st.setInt(10, h.active() ? 1 : 0);
            st.executeUpdate();
        }
    }

    /** What groups a story's mentions into one actor: the linked entity, else the normalised name. */
    private static final String ACTOR_KEY = "COALESCE(m.entity_id, 'name:' || m.name_key)";

    /**
     * Each actor's type in a story: the type most of its mentions have, a derived form ("nordkoreanische", DERIV)
     * only when it has no other; ties by name. Not the alphabetically last one: one "Nordkorea" tagged LOC among 29
     * GPE made North Korea a LOC beside South Korea's GPE.
     */
    static Map<String, String> actorTypes(java.sql.Connection c, String storyId) throws SQLException {
        Map<String, String> best = new java.util.HashMap<>();
        Map<String, Integer> bestCount = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ACTOR_KEY + ", m.type, COUNT(*) FROM mentions m "
                + "JOIN story_articles sa ON sa.article_id = m.article_id "
                + "JOIN articles a ON a.id = m.article_id AND a.latest = 1 WHERE sa.story_id = ? AND m.type IS NOT NULL "
                + "GROUP BY 1, 2 ORDER BY 1, 2")) {
            ps.setString(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    String type = rs.getString(2);
                    // a derived form counts below any other type
                    int n = "DERIV".equals(type) ? 0 : rs.getInt(3);
                    Integer had = bestCount.get(key);
                    if (had == null || n > had) {
                        best.put(key, type);
                        bestCount.put(key, n);
                    }
                }
            }
        }
        return best;
    }

    /** Whether one of the names stands in the title as a whole word ("Reuters journalist arrested"). */
    static boolean namedIn(String title, String... names) {
        for (String n : names) {
            if (n == null || n.isBlank()) {
                continue;
            }
            for (int i = title.indexOf(n); i >= 0; i = title.indexOf(n, i + 1)) {
                int end = i + n.length();
                if ((i == 0 || !Character.isLetterOrDigit(title.charAt(i - 1)))
                        && (end == title.length() || !Character.isLetterOrDigit(title.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> strings(java.sql.Connection c, String sql, String param) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Empties every derived table (before a rebuild); the {@link #version} still moves on. */
    public void clear() throws StoreException {
        store.write(c -> {
            try (Statement s = c.createStatement()) {
                for (String t : List.of("near_duplicates", "signatures", "stories", "story_articles")) {
                    s.executeUpdate("DELETE FROM " + t);
                }
                s.executeUpdate("DELETE FROM derived_state WHERE name <> '" + VERSION + "'");
            }
            bumpVersion(c);
            return null;
        });
    }

    /** The state entry that counts writes to the derived tables. */
    private static final String VERSION = "derived.version";

    private static void bumpVersion(java.sql.Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT OR REPLACE INTO derived_state (name, json) VALUES ('" + VERSION + "', "
                    + "CAST(COALESCE((SELECT CAST(json AS INTEGER) FROM derived_state WHERE name = '" + VERSION
                    + "'), 0) + 1 AS TEXT))");
        }
    }

    /**
     * A number that changes with every write to the derived tables (every {@link #apply} and
     * {@link #clear}, by any process), so that what was computed from them may be reused while it
     * holds; 0 before the first write.
     */
    public long version() {
        return state(VERSION).map(Long::parseLong).orElse(0L);
    }

    /** A named piece of state, as written by {@link #apply}. */
    public Optional<String> state(String name) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json FROM derived_state WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The newest {@code limit} signatures, oldest first. */
    public List<Signature> recentSignatures(int limit) {
        return store.read(c -> {
            List<Signature> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, seq, sig FROM "
                    + "(SELECT * FROM signatures ORDER BY seq DESC LIMIT ?) ORDER BY seq")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Signature(rs.getString(1), rs.getLong(2), longs(rs.getBytes(3))));
                    }
                }
            }
            return out;
        });
    }

    /** The duplicate group of each id: the group's first article, or the id itself when it has none. */
    public Map<String, String> groupsOf(Collection<String> articleIds) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : articleIds) {
            out.put(id, id);
        }
        if (articleIds.isEmpty()) {
            return out;
        }
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT group_id, similarity, kind FROM near_duplicates WHERE article_id = ?")) {
                for (String id : articleIds) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.put(id, rs.getString(1));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The near-duplicates recorded for an article: the group it belongs to and the other members. */
    public List<NearDuplicate> nearDuplicatesOf(String articleId) {
        return store.read(c -> {
            List<NearDuplicate> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, group_id, similarity, kind "
                    + "FROM near_duplicates WHERE group_id = COALESCE((SELECT group_id FROM near_duplicates "
                    + "WHERE article_id = ?), ?) ORDER BY rowid")) {
                ps.setString(1, articleId);
                ps.setString(2, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new NearDuplicate(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /** The number of near-duplicate rows. */
    public long nearDuplicateCount() {
        return count("SELECT COUNT(*) FROM near_duplicates");
    }

    /** The number of stories. */
    public long storyCount() {
        return count("SELECT COUNT(*) FROM stories");
    }

    private long count(String sql) {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Stories, most recent last day first, then larger first. */
    public List<StoryRow> stories(StoryQuery q) {
        Objects.requireNonNull(q, "q");
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        params.add(q.limit());
        params.add(q.offset());
        String sql = "SELECT " + STORY_COLUMNS + "FROM stories s WHERE 1 = 1 " + where
                + "ORDER BY s.last_day IS NULL, s.last_day DESC, s.n_articles DESC, s.id LIMIT ? OFFSET ?";
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                return storyRows(ps);
            }
        });
    }

    /** The number of stories {@link #stories} would list without limit and offset. */
    public long storyCount(StoryQuery q) {
        Objects.requireNonNull(q, "q");
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM stories s WHERE 1 = 1 " + where(q, params);
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    private static String where(StoryQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (q.entity() != null && !q.entity().isBlank()) {
            // from the entity's mentions to their stories (indexes on mentions and story_articles)
            sql.append("AND s.id IN (SELECT sa.story_id FROM mentions m JOIN story_articles sa ON sa.article_id = m.article_id "
                    + "WHERE m.entity_id = ? UNION SELECT sa.story_id FROM mentions m JOIN story_articles sa "
                    + "ON sa.article_id = m.article_id WHERE m.name_key = ?) ");
            params.add(q.entity());
            params.add(org.lagebild.model.ArticleIds.normalise(q.entity()));
        }
        if (q.language() != null && !q.language().isBlank()) {
            sql.append("AND s.languages LIKE ? ");
            params.add("%\"" + q.language().replace("\"", "") + "\"%");
        }
        if (q.source() != null && !q.source().isBlank()) {
            sql.append("AND s.sources LIKE ? ");
            params.add("%\"" + q.source().replace("\"", "") + "\"%");
        }
        if (q.from() != null) {
            sql.append("AND (s.last_day IS NULL OR s.last_day >= ?) ");
            params.add(q.from().toString());
        }
        if (q.to() != null) {
            sql.append("AND (s.first_day IS NULL OR s.first_day <= ?) ");
            params.add(q.to().toString());
        }
        return sql.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /** One story. */
    public Optional<StoryRow> story(String id) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + STORY_COLUMNS + "FROM stories s WHERE s.id = ?")) {
                ps.setString(1, id);
                List<StoryRow> rows = storyRows(ps);
                return rows.isEmpty() ? Optional.<StoryRow>empty() : Optional.of(rows.get(0));
            }
        });
    }

    /** The story an article belongs to. */
    public Optional<String> storyOf(String articleId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM story_articles WHERE article_id = ?")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Of the given stories, those with an article (latest version) whose publication day was inferred from its text
     * because no date was given: their time spans are guesses.
     */
    public java.util.Set<String> storiesWithInferredDays(Collection<String> storyIds) {
        List<String> ids = new ArrayList<>(storyIds);
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String sql = "SELECT DISTINCT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id AND a.latest = 1 "
                    + "WHERE a.date_source = 'INFERRED' AND sa.story_id IN (" + String.join(",", java.util.Collections.nCopies(part.size(), "?"))
                    + ")";
            out.addAll(store.read(c -> {
                List<String> found = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getString(1));
                        }
                    }
                }
                return found;
            }));
        }
        return out;
    }

    /** The ids of a story's articles (latest versions), in publication order, undated last. */
    public List<String> storyArticleIds(String storyId) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT sa.article_id FROM story_articles sa "
                    + "JOIN articles a ON a.id = sa.article_id AND a.latest = 1 WHERE sa.story_id = ? "
                    + "ORDER BY COALESCE(a.published, a.pub_latest) IS NULL, COALESCE(a.published, a.pub_latest), a.seq")) {
                ps.setString(1, storyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    private static List<StoryRow> storyRows(PreparedStatement ps) throws SQLException {
        List<StoryRow> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoryRow(rs.getString(1), rs.getString(2), day(rs.getString(3)), day(rs.getString(4)),
                        rs.getInt(5), rs.getInt(6), parse(rs.getString(7), STRINGS), parse(rs.getString(8), STRINGS),
                        parse(rs.getString(9), ENTITIES), rs.getInt(10) == 1));
            }
        }
        return out;
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + o + " as JSON", e);
        }
    }

    private static <T> T parse(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored JSON " + json + ": " + e.getOriginalMessage(), e);
        }
    }

    static byte[] bytes(long[] hashes) {
        ByteBuffer b = ByteBuffer.allocate(hashes.length * Long.BYTES);
        for (long h : hashes) {
            b.putLong(h);
        }
        return b.array();
    }

    static long[] longs(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] out = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getLong();
        }
        return out;
    }
}
