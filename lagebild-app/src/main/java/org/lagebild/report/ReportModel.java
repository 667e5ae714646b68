package org.lagebild.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lagebild.model.Article;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Quantity;
import org.lagebild.model.TimeExpression;

/**
 * What a situation report shows, gathered from stored documents: the articles with their sources
 * and dates, the main actors across them, and every figure with the sentence it came from.
 * Built once; renderers ({@link HtmlReport}, {@link MarkdownReport}) only format it.
 */
public record ReportModel(LocalDate generated, String dataDir, List<ArticleEntry> articles, List<Actor> actors,
                          List<Figure> figures) {

    /** One article as the report lists it. */
    public record ArticleEntry(String id, String title, String publisher, String agency, PublicationDate published,
                               String language, String input, String url, int removed, int sentences,
                               List<String> actors, List<TimeEntry> times) {
    }

    /** A time expression with its normalised value. */
    public record TimeEntry(String text, String value, String mod) {
    }

    /** An entity across the articles. */
    public record Actor(String entityId, String name, String type, int mentions, int articles, Set<String> forms) {
    }

    /** A figure with its evidence sentence. */
    public record Figure(String articleId, String articleTitle, String publisher, PublicationDate published,
                         Quantity quantity, String sentence, org.lagebild.model.Claim claim) {

        /** Who says so, publisher first; empty when no claim was made of the figure. */
        public String sources() {
            if (claim == null) {
                return "";
            }
            return org.lagebild.stories.facts.Sources.chain(claim.attribution());
        }

        /** How firmly, with the words that decided it. */
        public String modality() {
            if (claim == null) {
                return "";
            }
            return claim.modality().label() + (claim.cues().isEmpty() ? "" : " (" + String.join(", ", claim.cues()) + ")");
        }
    }

    /** Builds the model; documents in any order, sorted newest first. */
    public static ReportModel of(List<Document> docs, LocalDate generated, String dataDir) {
        List<Document> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparing((Document d) -> d.article().published().date(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(d -> d.article().id()));
        List<ArticleEntry> entries = new ArrayList<>();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Set<String>> docsPer = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Map<String, Integer>> types = new HashMap<>();
        Map<String, Set<String>> forms = new HashMap<>();
        List<Figure> figures = new ArrayList<>();
        for (Document d : sorted) {
            Article a = d.article();
            Map<String, Integer> local = new LinkedHashMap<>();
            for (EntityMention e : d.entities()) {
                if (inCredit(a, e)) {
                    continue; // photo credits and bylines name agencies, not actors
                }
                String key = key(e);
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                docsPer.computeIfAbsent(key, k -> new HashSet<>()).add(a.id());
                names.putIfAbsent(key, e.name() != null ? e.name() : e.text());
                if (e.type() != EntityType.DERIV || !types.containsKey(key)) {
                    types.computeIfAbsent(key, k -> new HashMap<>()).merge(e.type().name(), 1, Integer::sum);
                }
                forms.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(e.text());
                local.merge(names.get(key), 1, Integer::sum);
            }
            List<String> localActors = local.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6).map(Map.Entry::getKey).toList();
            List<TimeEntry> times = new ArrayList<>();
            for (TimeExpression t : d.times()) {
                times.add(new TimeEntry(t.text(), t.resolved() ? t.value() : null, t.mod()));
            }
            entries.add(new ArticleEntry(a.id(), title(d), a.publisher(), a.meta("agency").orElse(null), a.published(),
                    d.language() != null ? d.language() : a.language(), a.input(), a.url(), a.removed().size(),
                    d.sentences().size(), localActors, times));
            Map<org.lagebild.model.Span, org.lagebild.model.Claim> byQuantity = new HashMap<>();
            for (org.lagebild.model.Claim c : d.claims()) {
                if (c.quantity() != null) {
                    byQuantity.putIfAbsent(c.quantity().span(), c);
                }
            }
            for (Quantity q : d.quantities()) {
                int s = q.provenance().sentence();
                String sentence = s >= 0 && s < d.sentences().size() ? d.sentences().get(s).span().of(a.text()) : context(a.text(), q);
                figures.add(new Figure(a.id(), title(d), a.publisher(), a.published(), q, sentence, byQuantity.get(q.span())));
            }
        }
        List<Actor> actors = new ArrayList<>();
        for (var e : counts.entrySet()) {
            String key = e.getKey();
            String type = types.getOrDefault(key, Map.of()).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            actors.add(new Actor(key.startsWith("name:") ? null : key, names.get(key), type, e.getValue()[0],
                    docsPer.get(key).size(), forms.get(key)));
        }
        actors.sort(Comparator.comparingInt((Actor x) -> x.articles()).reversed()
                .thenComparing(Comparator.comparingInt(Actor::mentions).reversed()).thenComparing(Actor::name));
        return new ReportModel(generated, dataDir, entries, actors, figures);
    }

    private static boolean inCredit(Article a, EntityMention e) {
        for (org.lagebild.model.Block b : a.blocks()) {
            if (!b.type().isBody() && b.type() != org.lagebild.model.BlockType.CAPTION && e.span().within(b.span())) {
                return true;
            }
        }
        return false;
    }

    /** The title, or for untitled articles the start of the first sentence. */
    static String title(Document d) {
        Article a = d.article();
        if (!a.title().isBlank()) {
            return a.title();
        }
        String first = d.sentences().isEmpty() ? a.text() : d.sentences().get(0).span().of(a.text());
        first = first.strip();
        return first.length() > 100 ? first.substring(0, 99) + "…" : first;
    }

    private static String key(EntityMention e) {
        return e.entityId() != null ? e.entityId() : "name:" + e.text().toLowerCase(java.util.Locale.ROOT);
    }

    private static String context(String text, Quantity q) {
        int s = Math.max(0, q.span().start() - 80);
        int e = Math.min(text.length(), q.span().end() + 80);
        return text.substring(s, e);
    }

    public List<String> sources() {
        return articles.stream().map(ArticleEntry::publisher).filter(p -> p != null).distinct().sorted().toList();
    }
}
