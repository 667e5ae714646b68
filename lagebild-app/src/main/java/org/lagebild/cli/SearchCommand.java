package org.lagebild.cli;

import org.lagebild.engine.Views;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.lagebild.engine.Lagebild;
import org.lagebild.store.SearchHits;
import org.lagebild.store.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Full-text search over the stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search with snippets (German and English stemming).",
                "QUERY uses Lucene syntax: words (all must match), \"phrases\", OR, -exclusion, title:word."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Search words.")
    List<String> query;
    @Option(names = "--lang", paramLabel = "LANG", description = "Only articles in this language (de, en, ...).")
    String lang;
    @Option(names = "--source", paramLabel = "SOURCE", description = "Only articles of this publisher (e.g. news.de).")
    String source;
    @Option(names = "--entity", paramLabel = "ENTITY", description = "Only articles mentioning this entity (id or name).")
    String entity;
    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (yyyy-MM-dd).")
    LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (yyyy-MM-dd).")
    LocalDate to;
    @Option(names = "--limit", defaultValue = "20", description = "At most N hits. Default: ${DEFAULT-VALUE}")
    int limit;
    @Option(names = "--offset", defaultValue = "0", description = "Skip the first N hits.")
    int offset;

    @Override
    public Integer call() throws Exception {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("--limit must be positive and --offset not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Lagebild lb = common.openForReading()) {
            SearchHits hits = lb.store().search(new SearchQuery(String.join(" ", query), lang, source, from, to, entity, limit, offset));
            var rows = hits.hits().stream().map(Views::hit).toList();
            if (common.format == Format.table) {
                out.println(hits.total() + " hit" + (hits.total() == 1 ? "" : "s"));
                for (var h : hits.hits()) {
                    out.println();
                    out.println(h.id() + "  " + (h.published() == null ? "(no date)" : h.published()) + "  "
                            + (h.source() == null ? "" : h.source()) + "  " + h.language());
                    out.println("  " + h.title());
                    out.println("  " + h.snippet().replaceAll("\\s+", " "));
                }
                out.flush();
            } else {
                common.output(out).rows(rows, List.of("id", "published", "source", "language", "score", "title", "snippet"));
            }
            return 0;
        }
    }
}
