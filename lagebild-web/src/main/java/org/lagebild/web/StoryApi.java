package org.lagebild.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lagebild.engine.Lagebild;
import org.lagebild.engine.Views;
import org.lagebild.store.ArticleSummary;
import org.lagebild.store.DerivedTables;
import org.lagebild.store.DerivedTables.NearDuplicate;
import org.lagebild.store.DerivedTables.StoryQuery;
import org.lagebild.store.DerivedTables.StoryRow;

/**
 * The story part of the API: the story list with filters, one story with its articles, its facts and
 * its timeline, plus the story and near-duplicates of one article. Returns the JSON maps the
 * server sends; unknown ids become 404 {@link ApiException}s, malformed parameters 400. Facts and
 * timelines are kept as finished JSON in a {@link ResponseCache} bounded in bytes (the picture they come
 * from reads every article of the story). Thread-safe: one instance serves all request threads.
 */
final class StoryApi {
    /** Most stories an entity page lists. */
    static final int ENTITY_STORIES = 20;
    private static final int STORY_ARTICLES = 100;

    private final Lagebild lb;
    private final Function<Object, byte[]> json;
    private final ResponseCache pictures;

    /**
     * @param json     writes an API value as JSON
     * @param pictures where finished story lists, pages, facts and timelines are kept (bounded in bytes)
     */
    StoryApi(Lagebild lb, Function<Object, byte[]> json, ResponseCache pictures) {
        this.lb = lb;
        this.json = json;
        this.pictures = pictures;
    }

    private DerivedTables derived() {
        return lb.store().derived();
    }

    /**
     * {@code GET /api/stories}: a page of stories, most recent first. {@code total} is exact when it is
     * known without counting every match (no filter, or the last page); otherwise it is null and
     * {@code more} says whether another page follows.
     */
    byte[] list(Params p) {
        int limit = p.limit(50);
        int offset = p.offset();
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("to (" + to + ") is before from (" + from + ")");
        }
        String entity = p.text("entity");
        String language = p.language("lang");
        String source = p.text("source");
        StoryQuery q = new StoryQuery(entity, language, source, from, to, limit + 1, offset);
        StoriesVersion version = version();
        String key = WebServer.key("stories", entity, language, source, from, to, limit, offset);
        byte[] cached = pictures.get(key, version);
        if (cached == null) {
            cached = json.apply(list(q, limit, offset));
            pictures.put(key, version, cached);
        }
        return cached;
    }

    private Map<String, Object> list(StoryQuery q, int limit, int offset) {
        String entity = q.entity();
        String language = q.language();
        String source = q.source();
        LocalDate from = q.from();
        LocalDate to = q.to();
        List<StoryRow> rows = derived().stories(q);
        boolean more = rows.size() > limit;
        List<Map<String, Object>> items = rows.subList(0, Math.min(limit, rows.size())).stream().map(Views::story).toList();
        boolean filtered = entity != null || language != null || source != null || from != null || to != null;
        Long total = !filtered ? Long.valueOf(derived().storyCount())
                : more ? Long.valueOf(derived().storyCount(q)) : Long.valueOf(offset + items.size());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("more", more);
        m.put("items", items);
        return m;
    }

    StoryRow row(String id) {
        return derived().story(id).orElseThrow(() -> ApiException.notFound("no story '" + Params.clip(id) + "'"));
    }

    /**
     * {@code GET /api/stories/{id}}: the story as listed plus {@code articlePage}, a page of its
     * articles in publication order; each names the article it is a near-duplicate of ({@code copyOf},
     * null for originals).
     */
    byte[] story(String id, Params p) {
        StoryRow s = row(id);
        int limit = p.limit(STORY_ARTICLES);
        int offset = p.offset();
        StoriesVersion version = version();
        String key = WebServer.key("story", s.id(), limit, offset);
        byte[] cached = pictures.get(key, version);
        if (cached == null) {
            cached = json.apply(story(s, limit, offset));
            pictures.put(key, version, cached);
        }
        return cached;
    }

    private Map<String, Object> story(StoryRow s, int limit, int offset) {
        List<String> ids = derived().storyArticleIds(s.id());
        List<String> pageIds = ids.subList(Math.min(offset, ids.size()), Math.min(ids.size(), offset + limit));
        Map<String, String> groups = derived().groupsOf(pageIds);
        List<Map<String, Object>> items = new ArrayList<>();
        for (ArticleSummary a : lb.store().summaries(pageIds)) {
            Map<String, Object> m = Views.summary(a);
            String group = groups.getOrDefault(a.id(), a.id());
            m.put("copyOf", group.equals(a.id()) ? null : group);
            items.add(m);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total", ids.size());
        page.put("limit", limit);
        page.put("offset", offset);
        page.put("items", items);
        Map<String, Object> m = Views.story(s);
        m.put("articlePage", page);
        return m;
    }

    /** {@code GET /api/stories/{id}/facts}: the engine's facts of the story (docs/JSON.md), as JSON. */
    byte[] facts(String id) {
        return pictureJson(id, true);
    }

    /** {@code GET /api/stories/{id}/timeline}: the story's events ordered by event time (docs/JSON.md), as JSON. */
    byte[] timeline(String id) {
        return pictureJson(id, false);
    }

    /**
     * What a cached story response was computed from: the articles stored (highest seq) and the
     * derived tables (their version moves with every write, by any process), so a story updated or
     * rebuilt since is computed again.
     */
    private record StoriesVersion(long articlesSeq, long derived) {
    }

    private StoriesVersion version() {
        return new StoriesVersion(lb.store().maxSeq(), derived().version());
    }

    /**
     * Facts or timeline of a story from the cache, else from the story's picture (which reads every
     * article of the story), keeping both JSON forms: the story page asks for both.
     */
    private byte[] pictureJson(String id, boolean facts) {
        StoryRow row = row(id);
        StoriesVersion version = version();
        byte[] cached = pictures.get((facts ? "facts " : "timeline ") + row.id(), version);
        if (cached != null) {
            return cached;
        }
        Lagebild.StoryPicture picture = lb.storyPicture(row.id());
        byte[] f = json.apply(Lagebild.storyFacts(picture));
        byte[] t = json.apply(Lagebild.storyTimeline(picture));
        pictures.put("facts " + row.id(), version, f);
        pictures.put("timeline " + row.id(), version, t);
        return facts ? f : t;
    }

    /** The stories whose articles mention an entity (id or name), most recent first. */
    List<Map<String, Object>> storiesOf(String entity) {
        return derived().stories(new StoryQuery(entity, null, null, null, null, ENTITY_STORIES, 0)).stream()
                .map(Views::story).toList();
    }

    /** The story of an article ({@code id}, {@code title}, {@code articles}), or null when it has none yet. */
    Map<String, Object> storyOf(String articleId) {
        Optional<StoryRow> s = derived().storyOf(articleId).flatMap(derived()::story);
        if (s.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.get().id());
        m.put("title", s.get().title());
        m.put("articles", s.get().articleCount());
        m.put("first", s.get().firstDay() == null ? null : s.get().firstDay().toString());
        m.put("last", s.get().lastDay() == null ? null : s.get().lastDay().toString());
        return m;
    }

    /**
     * The other members of an article's near-duplicate group (the group's first article included),
     * each with its similarity to the group's first article, kind, title, publisher and date.
     */
    List<Map<String, Object>> nearDuplicates(String articleId) {
        List<NearDuplicate> rows = derived().nearDuplicatesOf(articleId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> members = new LinkedHashSet<>();
        Map<String, NearDuplicate> byId = new LinkedHashMap<>();
        members.add(rows.get(0).groupId());
        for (NearDuplicate d : rows) {
            members.add(d.articleId());
            byId.put(d.articleId(), d);
        }
        members.remove(articleId);
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : members) {
            NearDuplicate d = byId.get(id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("group", rows.get(0).groupId());
            m.put("first", d == null);
            m.put("similarity", d == null ? null : d.similarity());
            m.put("kind", d == null ? null : d.kind());
            Optional<ArticleSummary> a = summary(id);
            m.put("title", a.map(ArticleSummary::title).orElse(null));
            m.put("publisher", a.map(ArticleSummary::publisher).orElse(null));
            m.put("published", a.map(x -> x.published().date()).map(LocalDate::toString).orElse(null));
            out.add(m);
        }
        return out;
    }

    private Optional<ArticleSummary> summary(String id) {
        return lb.store().versions(id).stream().filter(v -> v.id().equals(id)).findFirst();
    }
}
