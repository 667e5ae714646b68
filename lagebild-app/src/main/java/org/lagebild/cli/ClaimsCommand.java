package org.lagebild.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.lagebild.claims.ClaimJson;
import org.lagebild.claims.SourceNames;
import org.lagebild.engine.Lagebild;
import org.lagebild.model.Argument;
import org.lagebild.model.Claim;
import org.lagebild.model.Document;
import org.lagebild.model.Quote;
import org.lagebild.model.Source;
import org.lagebild.stories.facts.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists claims (who says that whom did what, how many, where, when, how firmly) and quotes. */
final class ClaimsCommand {
    private ClaimsCommand() {
    }

    /** Options shared by both listings. */
    static final class Filter {
        @Option(names = "--article", paramLabel = "ID", description = "Only this article (id or unique prefix).")
        String article;
        @Option(names = "--entity", paramLabel = "ENTITY", description = "Only items naming this entity (id or name) as participant or source.")
        String entity;

        void forEach(Lagebild lb, Consumer<Document> action) {
            if (article != null) {
                action.accept(Lookup.document(lb, article));
            } else {
                lb.forEachDocument(action);
            }
        }

        boolean matches(Argument a) {
            return a != null && (same(a.entityId()) || same(a.name()) || same(a.text()));
        }

        boolean matches(Source s) {
            return same(s.entityId()) || same(s.name()) || same(s.text());
        }

        private boolean same(String s) {
            return s != null && s.toLowerCase(Locale.ROOT).contains(entity.toLowerCase(Locale.ROOT));
        }
    }

    static String chain(List<Source> sources) {
        return Sources.chain(sources);
    }

    /** Who a quote's speaker is, as a reader should see it: a pronoun no one was found for is no name. */
    static String who(Argument speaker) {
        if (speaker == null) {
            return null;
        }
        if (speaker.name() != null) {
            return speaker.name();
        }
        return speaker.entityId() == null && !SourceNames.names(speaker.text()) ? Sources.unidentified(speaker.text()) : speaker.text();
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = {"Lists claims: predicate, subject, quantity with bounds, location, time, the source chain (publisher first) and the modality.",
                    "--format jsonl prints one claim per line in the documented claim schema (docs/JSON.md)."})
    static final class Claims implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Filter filter;
        @Option(names = "--predicate", paramLabel = "P", description = "Only this predicate (deploy, kill, confirm, …).")
        String predicate;

        @Override
        public Integer call() throws Exception {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Lagebild lb = common.openForReading()) {
                filter.forEach(lb, d -> {
                    for (Claim c : d.claims()) {
                        if (predicate != null && !predicate.equalsIgnoreCase(String.valueOf(c.predicate()))) {
                            continue;
                        }
                        if (filter.entity != null && !(filter.matches(c.subject()) || filter.matches(c.object())
                                || filter.matches(c.location()) || c.attribution().stream().anyMatch(filter::matches))) {
                            continue;
                        }
                        Map<String, Object> m = ClaimJson.claim(c, d, d.article().input());
                        if (common.format == Format.table || common.format == Format.csv) {
                            m.put("sources", chain(c.attribution()));
                            m.put("figure", c.quantity() == null ? null : org.lagebild.report.Numbers.describe(c.quantity()));
                            m.put("who", c.subject() == null ? null : c.subject().name() != null ? c.subject().name() : c.subject().text());
                            m.put("article", ShortIds.of(d.article().id(), 8));
                        }
                        rows.add(m);
                    }
                });
            }
            common.output(spec.commandLine().getOut()).rows(rows,
                    List.of("article", "id", "predicate", "modality", "who", "figure", "sources", "text"));
            return 0;
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true, description = "Lists direct and indirect quotes with their speakers and cue verbs.")
    static final class Quotes implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Filter filter;

        @Override
        public Integer call() throws Exception {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Lagebild lb = common.openForReading()) {
                filter.forEach(lb, d -> {
                    for (Quote q : d.quotes()) {
                        if (filter.entity != null && !filter.matches(q.speaker())) {
                            continue;
                        }
                        Map<String, Object> m = ClaimJson.quote(q, d, d.article().input());
                        if (common.format == Format.table || common.format == Format.csv) {
                            m.put("who", who(q.speaker()));
                            m.put("article", ShortIds.of(d.article().id(), 8));
                        }
                        rows.add(m);
                    }
                });
            }
            common.output(spec.commandLine().getOut()).rows(rows, List.of("article", "who", "cue", "direct", "text"));
            return 0;
        }
    }
}
