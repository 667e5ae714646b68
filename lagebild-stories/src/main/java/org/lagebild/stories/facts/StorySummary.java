package org.lagebild.stories.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lagebild.model.Document;
import org.lagebild.model.Modality;

/**
 * A plain English summary of a story from its documents and facts, e.g. "Five articles from news.de (3), ntv.de
 * and one unnamed outlet, 2022–2025. Key figures: ... Status: ...". Deterministic; it states only what the facts
 * hold (figures with their status, time and number of independent sources). Stateless and thread-safe.
 */
public final class StorySummary {
    private static final String[] NUMBERS = {"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
        "Ten", "Eleven", "Twelve"};

    private StorySummary() {
    }

    /** The summary; {@code maxFigures} bounds the key figures named (3 is a good default). */
    public static String summarize(List<Document> documents, FactSet facts, int maxFigures) {
        List<Document> docs = documents == null ? List.of() : documents.stream().filter(d -> d != null).toList();
        StringBuilder b = new StringBuilder();
        int n = docs.size();
        b.append(n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n)).append(n == 1 ? " article" : " articles");
        Map<String, Integer> outlets = new LinkedHashMap<>();
        int unnamed = 0;
        for (Document d : docs) {
            String p = d.article().publisher();
            if (p == null || p.isBlank()) {
                unnamed++;
            } else {
                outlets.merge(p, 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        outlets.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> parts.add(e.getKey() + (e.getValue() > 1 ? " (" + e.getValue() + ")" : "")));
        if (unnamed > 0) {
            parts.add((unnamed < NUMBERS.length ? NUMBERS[unnamed].toLowerCase(java.util.Locale.ROOT) : Integer.toString(unnamed))
                    + (unnamed == 1 ? " unnamed outlet" : " unnamed outlets"));
        }
        if (!parts.isEmpty()) {
            b.append(" from ").append(join(parts));
        }
        List<LocalDate> days = docs.stream().map(d -> FactBuilder.orderDay(d.article().published())).filter(d -> d != null).sorted().toList();
        if (!days.isEmpty()) {
            int y0 = days.get(0).getYear();
            int y1 = days.get(days.size() - 1).getYear();
            b.append(", ").append(y0 == y1 ? Integer.toString(y0) : y0 + "–" + y1);
        }
        b.append('.');
        List<Fact> all = facts == null ? List.of() : facts.facts();
        // the key-figures table's ranking (KeyFigures): the summary names the table's leading figures
        // the key-figures table's ranking (KeyFigures), so the summary names the table's leading figures; what
        // happened before plain figures ("1 person killed" before "4 officers")
        // a figure of a predicate, subject and counted unit no larger than one of them named before adds nothing: "15
        // people injured" beside "16 people injured" is another account of the same count, "1 person killed" beside "2
        // people killed" a part or a repeat; the table shows them. A larger one stays (a total, an update: "3 people
        // killed" after "1 person killed"). The summary names only figures of the table
        Map<String, Double> named = new HashMap<>();
        List<Fact> figures = KeyFigures.ranked(all).stream().limit(KeyFigures.TABLE).filter(f -> f.figure() != null)
                .filter(f -> f.evidence().stream().anyMatch(e -> e.modality() != Modality.QUESTION))
                .sorted(Comparator.comparing((Fact f) -> f.predicate().equals("count")))
                .filter(f -> f.predicate().equals("count") || larger(named, f))
                .limit(Math.max(0, maxFigures)).toList();
        if (!figures.isEmpty()) {
            b.append(" Key figures: ");
            b.append(figures.stream().map(StorySummary::figure).collect(Collectors.joining("; ")));
            b.append('.');
        }
        all.stream().filter(f -> f.status().size() >= 3).max(Comparator.comparingInt((Fact f) -> f.status().size())
                .thenComparing(Fact::id, Comparator.reverseOrder())).ifPresent(f -> {
                    b.append(" Status of \"").append(Propositions.get().label(f.predicate()));
                    if (f.subject() != null) {
                        b.append(": ").append(f.subject());
                    }
                    b.append("\": ").append(f.status().stream().map(s -> s.modality().label().replace('_', ' ')).collect(Collectors.joining(" → "))).append('.');
                });
        long open = facts == null ? 0 : facts.conflicts().stream().filter(Conflict::open).count();
        b.append(open == 0 ? " No open contradictions." : " Open contradictions: " + open + ".");
        return b.toString();
    }

    private static String figure(Fact f) {
        StringBuilder s = new StringBuilder();
        s.append(f.figure());
        if (f.countedOrUnit() != null) {
            s.append(' ').append(f.countedOrUnit());
        }
        s.append(' ').append(Propositions.get().label(f.predicate()));
        if (f.subject() != null) {
            s.append(" by ").append(f.subject()); // whose figure it is: "deployed by Nordkorea"
        }
        s.append(" (").append(f.currentStatus().label().replace('_', ' '));
        if (f.time() != null) {
            s.append(", ").append(f.time().value());
        }
        int a = f.articles().size();
        s.append(", ").append(a).append(a == 1 ? " article" : " articles");
        s.append(", ").append(f.independentSources()).append(f.independentSources() == 1 ? " source" : " independent sources");
        s.append(')');
        return s.toString();
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /**
     * True when no figure of the fact's predicate, subject and unit (compared in the singular) was named yet or the fact's is larger than all
     * named; records it.
     */
    private static boolean larger(Map<String, Double> named, Fact f) {
        String key = f.predicate() + "\t" + f.subject() + "\t" + Propositions.get().singular(f.unit()); // "1 person", "2 people"
        double v = f.max() != null ? f.max() : f.min() != null ? f.min() : 0;
        Double before = named.get(key);
        if (before != null && v <= before) {
            return false;
        }
        named.put(key, before == null ? v : Math.max(before, v));
        return true;
    }
}
