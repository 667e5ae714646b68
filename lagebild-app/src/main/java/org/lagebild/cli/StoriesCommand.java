package org.lagebild.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lagebild.engine.Lagebild;
import org.lagebild.engine.StoryIndexer;
import org.lagebild.engine.Views;
import org.lagebild.model.Article;
import org.lagebild.report.Numbers;
import org.lagebild.store.DerivedTables.StoryQuery;
import org.lagebild.store.DerivedTables.StoryRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The story commands: list, show one, rebuild. */
final class StoriesCommand {
    private StoriesCommand() {
    }

    /** Finds a story by id or unique id prefix. */
    static StoryRow story(Lagebild lb, String id) {
        var exact = lb.store().derived().story(id);
        if (exact.isPresent()) {
            return exact.get();
        }
        StoryRow found = null;
        for (StoryRow r : lb.store().derived().stories(StoryQuery.all(Integer.MAX_VALUE))) {
            if (r.id().startsWith(id) || r.id().startsWith("s-" + id)) {
                if (found != null) {
                    throw new IllegalArgumentException("story id prefix '" + id + "' is ambiguous");
                }
                found = r;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("no story with id '" + id + "' (see 'lagebild stories')");
        }
        return found;
    }

    /** Tells the reader (on stderr) when the stored stories were made by another version's story clustering. */
    static void noteOtherBuild(Lagebild lb, CommandSpec spec) {
        lb.storiesNote().ifPresent(n -> {
            spec.commandLine().getErr().println("note: " + n);
            spec.commandLine().getErr().flush();
        });
    }

    static String actors(StoryRow s, int n) {
        List<String> names = new ArrayList<>();
        for (var e : s.entities().subList(0, Math.min(n, s.entities().size()))) {
            names.add(e.name());
        }
        return String.join(", ", names);
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "Lists the stories (articles about the same events), most recent first, with time span, articles, sources and main actors.")
    static final class List_ implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;
        @Option(names = "--entity", paramLabel = "ENTITY", description = "Only stories whose articles mention this entity (id or name).")
        String entity;
        @Option(names = "--lang", paramLabel = "LANG", description = "Only stories with articles in this language (de, en, …).")
        String lang;
        @Option(names = "--source", paramLabel = "OUTLET", description = "Only stories with articles from this outlet (e.g. ntv.de).")
        String source;
        @Option(names = "--from", paramLabel = "DATE", description = "Only stories running on or after this day (yyyy-MM-dd).")
        LocalDate from;
        @Option(names = "--to", paramLabel = "DATE", description = "Only stories running on or before this day (yyyy-MM-dd).")
        LocalDate to;
        @Option(names = "--limit", defaultValue = "50", description = "At most N stories. Default: ${DEFAULT-VALUE}")
        int limit;
        @Option(names = "--offset", defaultValue = "0", description = "Skip the first N.")
        int offset;

        @Override
        public Integer call() throws Exception {
            if (limit < 0 || offset < 0) {
                throw new IllegalArgumentException("--limit and --offset must not be negative");
            }
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("--to " + to + " is before --from " + from);
            }
            try (Lagebild lb = common.openForReading()) {
                noteOtherBuild(lb, spec);
                lb.updateStories(); // articles stored by a run that stopped before its stories were updated
                List<Map<String, Object>> rows = new ArrayList<>();
                List<StoryRow> found = lb.store().derived().stories(new StoryQuery(entity, lang, source, from, to, limit, offset));
                java.util.Set<String> guessed = common.format == Format.table
                        ? lb.store().derived().storiesWithInferredDays(found.stream().map(StoryRow::id).toList()) : java.util.Set.of();
                for (StoryRow s : found) {
                    Map<String, Object> m = Views.story(s);
                    if (common.format == Format.table) {
                        String mark = guessed.contains(s.id()) && s.firstDay() != null ? "~" : "";
                        m.put("span", mark + (s.firstDay() == null ? "?" : s.firstDay()) + " – " + (s.lastDay() == null ? "?" : s.lastDay()));
                        m.put("actors", actors(s, 4));
                        m.put("outlets", String.join(", ", s.sources()));
                    }
                    rows.add(m);
                }
                common.output(spec.commandLine().getOut()).rows(rows,
                        List.of("id", "span", "articles", "sources", "title", "actors"));
                if (guessed.stream().anyMatch(id -> found.stream().anyMatch(s -> s.id().equals(id) && s.firstDay() != null))) {
                    spec.commandLine().getOut().println("~ the span rests on days inferred from the texts (no date given): 'lagebild story ID' marks them");
                    spec.commandLine().getOut().flush();
                }
                return 0;
            }
        }
    }

    @Command(name = "story", mixinStandardHelpOptions = true,
            description = "Shows one story: title, time span, outlets, main actors and its articles in publication order.")
    static final class Show implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "STORY", description = "Story id or unique prefix (see 'lagebild stories').")
        String id;

        @Override
        public Integer call() throws Exception {
            try (Lagebild lb = common.openForReading()) {
                noteOtherBuild(lb, spec);
                StoryRow s = story(lb, id);
                Map<String, Object> m = Views.story(s);
                List<Map<String, Object>> articles = new ArrayList<>();
                for (String aid : lb.store().derived().storyArticleIds(s.id())) {
                    lb.store().document(aid).ifPresent(d -> {
                        Map<String, Object> a = new LinkedHashMap<>();
                        a.put("id", aid);
                        a.put("published", Views.published(d.article().published()));
                        a.put("publisher", d.article().publisher());
                        a.put("title", Article.headline(d.article().title(), d.text()));
                        articles.add(a);
                    });
                }
                m.put("articleList", articles);
                var out = spec.commandLine().getOut();
                if (common.format == Format.table) {
                    out.println(s.title());
                    out.println("  id        " + s.id());
                    String mark = s.firstDay() != null
                            && lb.store().derived().storiesWithInferredDays(List.of(s.id())).contains(s.id()) ? "~" : "";
                    out.println("  span      " + mark + (s.firstDay() == null ? "?" : s.firstDay()) + " – "
                            + (s.lastDay() == null ? "?" : s.lastDay()));
                    out.println("  articles  " + s.articleCount() + " from " + s.sourceCount() + " outlets ("
                            + String.join(", ", s.sources()) + "), languages " + String.join(", ", s.languages()));
                    out.println("  actors    " + actors(s, 10));
                    out.println();
                    boolean inferred = false;
                    for (Map<String, Object> a : articles) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> p = (Map<String, Object>) a.get("published");
                        Object day = p.get("date") != null ? p.get("date") : p.get("earliest") != null ? "≥ " + p.get("earliest") : "undated";
                        if (p.get("date") != null && "inferred".equals(p.get("source"))) {
                            day = "~" + day; // a guess from the text, not a stated date
                            inferred = true;
                        }
                        out.printf("  %-14s %-10s %-10s %s%n", day, a.get("publisher") == null ? "?" : a.get("publisher"),
                                ShortIds.of(String.valueOf(a.get("id")), 10),
                                a.get("title"));
                    }
                    if (inferred) {
                        out.println();
                        out.println("  ~ a day inferred from the text: no date was given; 'lagebild show ARTICLE' gives its window");
                    }
                    out.println();
                    out.println("Next: lagebild facts " + s.id() + " | lagebild timeline " + s.id() + " | lagebild report " + s.id());
                    out.flush();
                } else {
                    common.output(out).object(m);
                }
                return 0;
            }
        }
    }

    @Command(name = "restory", mixinStandardHelpOptions = true,
            description = "Rebuilds near-duplicate groups and stories from all stored articles, in publication order.")
    static final class Rebuild implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Lagebild lb = common.open()) { // writes: never beside another writer
                StoryIndexer.Progress p = lb.restory();
                spec.commandLine().getOut().printf("%d articles: %d near-duplicates, %d stories%n", p.articles(),
                        p.nearDuplicates(), lb.store().derived().storyCount());
                return 0;
            }
        }
    }

    @Command(name = "facts", mixinStandardHelpOptions = true,
            description = {"Lists a story's facts: claims of several articles that state the same proposition, with the range of figures,",
                    "the most conservative one, the number of independent sources, the status history and conflicts."})
    static final class Facts implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "STORY", description = "Story id or unique prefix (see 'lagebild stories').")
        String id;
        @Option(names = "--all", description = "Also facts without a figure (events and states).")
        boolean all;

        @Override
        public Integer call() throws Exception {
            try (Lagebild lb = common.openForReading()) {
                noteOtherBuild(lb, spec);
                StoryRow s = story(lb, id);
                Map<String, Object> facts = lb.storyFacts(s.id());
                var out = spec.commandLine().getOut();
                if (common.format != Format.table) {
                    common.output(out).object(facts);
                    return 0;
                }
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) facts.get("facts");
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Map<String, Object> f : list) {
                    if (!all && f.get("min") == null && f.get("max") == null) {
                        continue;
                    }
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("fact", f.get("label"));
                    r.put("when", f.get("time"));
                    r.put("range", Numbers.range(number(f.get("min")), number(f.get("max"))));
                    r.put("conservative", f.get("conservative") == null ? "" : Numbers.format(number(f.get("conservative"))));
                    r.put("sources", f.get("independentSources") + " " + String.join(", ", strings(f.get("sourceNames"))));
                    List<String> steps = new ArrayList<>();
                    for (Object o : (List<?>) f.get("status")) {
                        Map<?, ?> st = (Map<?, ?>) o;
                        steps.add(st.get("modality") + (st.get("date") == null ? "" : " (" + st.get("date") + ")"));
                    }
                    r.put("status", String.join(" → ", steps));
                    r.put("conflicts", ((List<?>) f.get("conflicts")).isEmpty() ? "" : "yes");
                    rows.add(r);
                }
                common.output(out).rows(rows, List.of("fact", "when", "range", "conservative", "sources", "status", "conflicts"));
                return 0;
            }
        }

        private static List<String> strings(Object o) {
            List<String> out = new ArrayList<>();
            if (o instanceof List<?> l) {
                for (Object x : l) {
                    out.add(String.valueOf(x));
                }
            }
            return out;
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true,
            description = {"Shows a story's chronology: events ordered by event time (with its granularity: year, season, month, day),",
                    "not by publication time; entries in parentheses have no event time and stand at their article's publication window."})
    static final class Timeline implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "STORY", description = "Story id or unique prefix (see 'lagebild stories').")
        String id;

        @Override
        public Integer call() throws Exception {
            try (Lagebild lb = common.openForReading()) {
                noteOtherBuild(lb, spec);
                StoryRow s = story(lb, id);
                Map<String, Object> timeline = lb.storyTimeline(s.id());
                var out = spec.commandLine().getOut();
                if (common.format != Format.table) {
                    common.output(out).object(timeline);
                    return 0;
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Object o : (List<?>) timeline.get("events")) {
                    Map<?, ?> e = (Map<?, ?>) o;
                    Map<String, Object> r = new LinkedHashMap<>();
                    boolean pub = "publication".equals(e.get("granularity"));
                    r.put("when", pub ? "(" + e.get("time") + ")" : e.get("time"));
                    r.put("granularity", e.get("granularity"));
                    r.put("event", e.get("label"));
                    r.put("modality", e.get("modality"));
                    List<String> who = new ArrayList<>();
                    for (Object ev : (List<?>) e.get("evidence")) {
                        // the fact's cleaned source name ("Mediziner", not the sentence's "Dem Mediziner")
                        Object named = ((Map<?, ?>) ev).get("source");
                        List<?> chain = (List<?>) ((Map<?, ?>) ev).get("sources");
                        Object publisher = ((Map<?, ?>) ev).get("publisher");
                        String src = named != null ? named.toString()
                                : !chain.isEmpty() ? String.valueOf(chain.get(chain.size() - 1))
                                : publisher != null ? publisher.toString() : "unknown outlet";
                        if (!who.contains(src)) {
                            who.add(src);
                        }
                    }
                    r.put("sources", String.join("; ", who));
                    rows.add(r);
                }
                common.output(out).rows(rows, List.of("when", "granularity", "event", "modality", "sources"));
                return 0;
            }
        }
    }

    /** A JSON number of a facts map as a Double (null when absent). */
    private static Double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : null;
    }
}
