package org.lagebild.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.ingest.InputProblem;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.MetaField;
import org.lagebild.model.Provenance;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Quantity;
import org.lagebild.model.RemovedText;
import org.lagebild.model.Span;
import org.lagebild.model.TimeExpression;
import org.lagebild.store.ArticleSummary;
import org.lagebild.store.EntityCount;
import org.lagebild.store.SearchHit;
import org.lagebild.store.StoreStats;

/** Turns model and store objects into the ordered maps of the JSON schema (docs/JSON.md). */
public final class Views {
    private Views() {
    }

    public static Map<String, Object> summary(ArticleSummary a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("published", a.published().date() == null ? null : a.published().date().toString());
        m.put("dateSource", a.published().source().name().toLowerCase(java.util.Locale.ROOT));
        m.put("publisher", a.publisher());
        m.put("language", a.language());
        m.put("title", a.title());
        m.put("input", a.input());
        m.put("url", a.url());
        m.put("version", a.version());
        m.put("chars", a.chars());
        return m;
    }

    /** A story as listed: title, time span, size, languages, outlets and main actors. */
    public static Map<String, Object> story(org.lagebild.store.DerivedTables.StoryRow s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("first", s.firstDay() == null ? null : s.firstDay().toString());
        m.put("last", s.lastDay() == null ? null : s.lastDay().toString());
        m.put("articles", s.articleCount());
        m.put("sources", s.sourceCount());
        m.put("outlets", s.sources());
        m.put("languages", s.languages());
        List<Map<String, Object>> actors = new ArrayList<>();
        for (org.lagebild.store.DerivedTables.StoryEntity e : s.entities()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", e.id());
            a.put("name", e.name());
            a.put("type", e.type());
            a.put("articles", e.articles());
            actors.add(a);
        }
        m.put("actors", actors);
        m.put("active", s.active());
        return m;
    }

    public static Map<String, Object> published(PublicationDate p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", p.date() == null ? null : p.date().toString());
        m.put("earliest", p.earliest() == null ? null : p.earliest().toString());
        m.put("latest", p.latest() == null ? null : p.latest().toString());
        m.put("source", p.source().name().toLowerCase(java.util.Locale.ROOT));
        m.put("origin", p.origin());
        m.put("confidence", p.confidence());
        m.put("explanation", p.explanation());
        return m;
    }

    public static Map<String, Object> document(Document d) {
        Article a = d.article();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", Article.headline(a.title(), a.text()));
        m.put("publisher", a.publisher());
        m.put("byline", a.byline());
        m.put("url", a.url());
        m.put("input", a.input());
        m.put("format", a.format());
        m.put("language", d.language() != null ? d.language() : a.language());
        m.put("published", published(a.published()));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Block b : a.blocks()) {
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put("type", b.type().label());
            bm.put("span", span(b.span()));
            bm.put("text", a.text(b));
            blocks.add(bm);
        }
        m.put("blocks", blocks);
        List<Map<String, Object>> removed = new ArrayList<>();
        for (RemovedText r : a.removed()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("reason", r.reason());
            rm.put("rule", r.rule());
            rm.put("text", r.text());
            removed.add(rm);
        }
        m.put("removed", removed);
        List<Map<String, Object>> meta = new ArrayList<>();
        for (MetaField f : a.meta()) {
            meta.add(Map.of("name", f.name(), "value", f.value(), "origin", f.origin()));
        }
        m.put("meta", meta);
        m.put("sentences", d.sentences().size());
        m.put("entities", d.entities().stream().map(e -> entity(e, a.text())).toList());
        m.put("times", d.times().stream().map(t -> time(t)).toList());
        m.put("quantities", d.quantities().stream().map(q -> quantity(q, d)).toList());
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (int i = 0; i < d.quotes().size(); i++) {
            quotes.add(quote(d.quotes().get(i), i, d));
        }
        m.put("quotes", quotes);
        m.put("claims", d.claims().stream().map(c -> claim(c, d)).toList());
        return m;
    }

    /** One claim in the claim schema (docs/JSON.md) with its provenance. */
    public static Map<String, Object> claim(org.lagebild.model.Claim c, Document d) {
        Map<String, Object> m = org.lagebild.claims.ClaimJson.claim(c, d, d.article().input());
        m.put("provenance", provenance(c.provenance()));
        return m;
    }

    /** One quote; {@code id} is "quote-N" with N its index in the article. */
    public static Map<String, Object> quote(org.lagebild.model.Quote q, int index, Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "quote-" + index);
        m.putAll(org.lagebild.claims.ClaimJson.quote(q, d, d.article().input()));
        m.put("provenance", provenance(q.provenance()));
        return m;
    }

    public static List<Integer> span(Span s) {
        return List.of(s.start(), s.end());
    }

    public static Map<String, Object> provenance(Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", p.stage());
        m.put("rule", p.rule());
        m.put("sentence", p.sentence());
        return m;
    }

    public static Map<String, Object> entity(EntityMention e, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", e.text());
        m.put("span", span(e.span()));
        m.put("type", e.type().name());
        m.put("entity", e.entityId());
        m.put("name", e.name());
        m.put("confidence", e.confidence());
        m.put("provenance", provenance(e.provenance()));
        return m;
    }

    public static Map<String, Object> time(TimeExpression t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", t.text());
        m.put("span", span(t.span()));
        m.put("type", t.type().name());
        m.put("value", t.value());
        m.put("mod", t.mod());
        m.put("anchor", t.anchor());
        m.put("resolved", t.resolved());
        m.put("provenance", provenance(t.provenance()));
        return m;
    }

    public static Map<String, Object> quantity(Quantity q, Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", q.text());
        m.put("span", span(q.span()));
        m.put("value", q.value());
        m.put("min", q.min());
        m.put("max", q.max());
        m.put("minExclusive", q.minExclusive());
        m.put("maxExclusive", q.maxExclusive());
        m.put("approximate", q.approximate());
        m.put("qualifier", q.qualifier());
        m.put("unit", q.unit());
        m.put("unitLemma", q.unitLemma());
        m.put("counts", q.counts());
        int s = q.provenance().sentence();
        m.put("sentence", s >= 0 && s < d.sentences().size() ? d.sentences().get(s).span().of(d.text()) : null);
        m.put("provenance", provenance(q.provenance()));
        return m;
    }

    public static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("published", h.published() == null ? null : h.published().toString());
        m.put("source", h.source());
        m.put("language", h.language());
        m.put("score", Math.round(h.score() * 1000) / 1000.0);
        m.put("title", h.title());
        m.put("snippet", h.snippet());
        return m;
    }

    public static Map<String, Object> entityCount(EntityCount e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entity", e.entityId());
        m.put("name", e.name());
        m.put("type", e.type());
        m.put("mentions", e.mentions());
        m.put("articles", e.articles());
        return m;
    }

    public static Map<String, Object> stats(StoreStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", s.articles());
        m.put("versions", s.versions());
        m.put("duplicates", s.duplicates());
        m.put("indexed", s.indexed());
        m.put("byLanguage", s.byLanguage());
        Map<String, Long> bySource = new LinkedHashMap<>();
        s.bySource().forEach((k, v) -> bySource.merge(k == null || k.isBlank() ? "(unknown)" : k, v, Long::sum));
        m.put("bySource", bySource);
        m.put("mentions", s.mentions());
        m.put("quantities", s.quantities());
        m.put("times", s.times());
        m.put("dbBytes", s.dbBytes());
        m.put("indexBytes", s.indexBytes());
        return m;
    }

    public static Map<String, Object> ingest(IngestSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", s.records());
        m.put("ingested", s.ingested());
        m.put("newVersions", s.newVersions());
        m.put("unchanged", s.unchanged());
        m.put("duplicates", s.duplicates());
        m.put("skipped", s.skipped());
        m.put("failed", s.failed());
        m.put("failures", s.failures().stream().map(Views::problem).toList());
        m.put("notices", s.notices().stream().map(Views::problem).toList());
        m.put("millis", s.millis());
        m.put("articlesPerSecond", Math.round(s.articlesPerSecond() * 10) / 10.0);
        return m;
    }

    public static Map<String, Object> problem(InputProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", p.input());
        m.put("reason", p.reason());
        return m;
    }
}
