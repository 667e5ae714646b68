package org.lagebild.claims.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Pipeline;
import org.lagebild.annotate.Pipelines;
import org.lagebild.annotate.Stage;
import org.lagebild.claims.ClaimJson;
import org.lagebild.claims.QuoteExtractor;
import org.lagebild.entities.EntityRecognizer;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.Document;
import org.lagebild.model.Span;

/**
 * Scores the quote extractor on the GermEval 2023 SpkAtt task 2 layout (German Wikinews; one JSON file per document
 * with {@code Sentences[].Tokens} and {@code Annotations[]} of {@code Cue}, {@code Source}, {@code Message} as
 * "sentence:token" ids). Files under {@code test_blind} (no annotations) are skipped. Each document's tokens are
 * joined with spaces into one text, run through language, sentences, entities and {@link QuoteExtractor}, and the
 * character spans of each predicted message, cue and speaker are mapped back to tokens.
 *
 * <p>Scoring follows the task's description (overview paper §5.4): token-overlap precision and recall; a predicted
 * message is matched one-to-one to the gold message it overlaps most; cue and source tokens count as true positives
 * only inside matched pairs (all predicted and gold role tokens count in the denominators); the joint figure is the
 * micro average over cue, source and message tokens. This is a re-implementation, not the organisers' script.
 *
 * <p>Documents are split into DEV and TEST by {@link SpkAttSplit}; a run over all of them reports both parts too.
 * Each result keeps its errors by type (with the tokens they cost) for error analysis. Thread-safe; one pipeline per
 * call.
 */
public final class SpkAttEvaluation {
    private static final int MAX_ERRORS = 5000;

    private SpkAttEvaluation() {
    }

    /**
     * One scoring error: its type ("FN Indirect", "FP indirect-dass", "cue missing", "source wrong", "message too
     * long"), how many role tokens it cost, and the words involved.
     */
    public record Error(String type, int tokens, String detail) {
    }

    /** Per-role token counts {tp, predicted, gold} and the derived figures; {@link #toJson()} is one JSON object. */
    public record Result(SpkAttSplit split, int documents, int goldAnnotations, int predicted, int matched, long[] cue,
                         long[] source, long[] message, List<Error> errors, List<Result> parts) {
        static double p(long[] c) {
            return c[1] == 0 ? 0 : (double) c[0] / c[1];
        }

        static double r(long[] c) {
            return c[2] == 0 ? 0 : (double) c[0] / c[2];
        }

        static double f(long[] c) {
            double p = p(c);
            double r = r(c);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Joint token counts {tp, predicted, gold} over cue, source and message. */
        public long[] joint() {
            return new long[] {cue[0] + source[0] + message[0], cue[1] + source[1] + message[1], cue[2] + source[2] + message[2]};
        }

        public double jointF1() {
            return f(joint());
        }

        /** The part of an ALL run for one split, or null. */
        public Result part(SpkAttSplit s) {
            return parts.stream().filter(x -> x.split() == s).findFirst().orElse(null);
        }

        /** Error types with their count and the tokens they cost, most costly first: "type\tcount\ttokens". */
        public List<String> errorSummary() {
            Map<String, long[]> m = new TreeMap<>();
            for (Error e : errors) {
                long[] c = m.computeIfAbsent(e.type(), k -> new long[2]);
                c[0]++;
                c[1] += e.tokens();
            }
            List<String> out = new ArrayList<>();
            m.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> x) -> -x.getValue()[1]))
                    .forEach(x -> out.add(x.getKey() + "\t" + x.getValue()[0] + "\t" + x.getValue()[1]));
            return out;
        }

        public String toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("eval", "spkatt");
            m.put("split", split.name().toLowerCase(java.util.Locale.ROOT));
            put(m, "", this);
            for (Result x : parts) {
                put(m, x.split().name().toLowerCase(java.util.Locale.ROOT), x);
            }
            return ClaimJson.write(m);
        }

        private static void put(Map<String, Object> m, String prefix, Result r) {
            m.put(name(prefix, "documents"), r.documents());
            m.put(name(prefix, "gold"), r.goldAnnotations());
            m.put(name(prefix, "predicted"), r.predicted());
            m.put(name(prefix, "matched"), r.matched());
            for (Object[] x : new Object[][] {{"cue", r.cue()}, {"source", r.source()}, {"message", r.message()}, {"joint", r.joint()}}) {
                long[] c = (long[]) x[1];
                if (prefix.isEmpty()) {
                    m.put(x[0] + "P", ClaimEvaluation.round(p(c)));
                    m.put(x[0] + "R", ClaimEvaluation.round(r(c)));
                }
                m.put(name(prefix, x[0] + "F1"), ClaimEvaluation.round(f(c)));
            }
        }

        private static String name(String prefix, String field) {
            return prefix.isEmpty() ? field : prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        }
    }

    /** A mutable sum of document scores. */
    private static final class Sum {
        final SpkAttSplit split;
        final long[] cue = new long[3];
        final long[] source = new long[3];
        final long[] message = new long[3];
        final List<Error> errors = new ArrayList<>();
        int docs;
        int gold;
        int predicted;
        int matched;

        Sum(SpkAttSplit split) {
            this.split = split;
        }

        void add(Sum d) {
            for (int i = 0; i < 3; i++) {
                cue[i] += d.cue[i];
                source[i] += d.source[i];
                message[i] += d.message[i];
            }
            docs += d.docs;
            gold += d.gold;
            predicted += d.predicted;
            matched += d.matched;
            for (Error e : d.errors) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add(e);
                }
            }
        }

        Result result(List<Result> parts) {
            return new Result(split, docs, gold, predicted, matched, cue, source, message, List.copyOf(errors), parts);
        }
    }

    /** Scores every annotated task-2 document under {@code dir}, with the DEV and TEST parts. */
    public static Result run(Path dir) {
        return run(dir, Integer.MAX_VALUE, SpkAttSplit.ALL);
    }

    /** Scores at most {@code limit} documents under {@code dir}, in file-name order, with the DEV and TEST parts. */
    public static Result run(Path dir, int limit) {
        return run(dir, limit, SpkAttSplit.ALL);
    }

    /**
     * Scores at most {@code limit} annotated documents of {@code split} under {@code dir}, in file-name order. For
     * {@link SpkAttSplit#ALL} the result's parts hold the DEV and TEST figures.
     */
    public static Result run(Path dir, int limit, SpkAttSplit split) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".pretty.json")
                    && !p.toString().contains("test_blind")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pipeline.Builder b = Pipeline.builder();
        for (Stage st : Pipelines.basic().stages()) {
            b.add(st);
        }
        Pipeline pipeline = b.add(new EntityRecognizer()).build();
        QuoteExtractor quotes = new QuoteExtractor();
        Sum all = new Sum(split);
        Sum dev = new Sum(SpkAttSplit.DEV);
        Sum test = new Sum(SpkAttSplit.TEST);
        int seen = 0;
        for (Path f : files) {
            if (seen >= limit) {
                break;
            }
            Map<?, ?> json;
            try {
                json = (Map<?, ?>) MiniJson.parse(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Object name = json.get("DocumentName");
            String docName = name == null ? f.getFileName().toString() : name.toString();
            if (json.get("Annotations") == null || !split.contains(docName)) {
                continue;
            }
            seen++;
            Sum d = score(json, docName, pipeline, quotes);
            all.add(d);
            (SpkAttSplit.of(docName) == SpkAttSplit.DEV ? dev : test).add(d);
        }
        List<Result> parts = split == SpkAttSplit.ALL ? List.of(dev.result(List.of()), test.result(List.of())) : List.of();
        return all.result(parts);
    }

    /** The scores of one document. */
    private static Sum score(Map<?, ?> json, String docName, Pipeline pipeline, QuoteExtractor quotes) {
        Sum sum = new Sum(SpkAttSplit.of(docName));
        sum.docs = 1;
        List<?> annotations = (List<?>) json.get("Annotations");
        // text and token offsets
        StringBuilder text = new StringBuilder();
        List<String> ids = new ArrayList<>();
        List<int[]> offs = new ArrayList<>();
        for (Object so : (List<?>) json.get("Sentences")) {
            Map<?, ?> sent = (Map<?, ?>) so;
            int sid = ((Number) sent.get("SentenceId")).intValue();
            List<?> toks = (List<?>) sent.get("Tokens");
            for (int t = 0; t < toks.size(); t++) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                int st = text.length();
                text.append((String) toks.get(t));
                ids.add(sid + ":" + t);
                offs.add(new int[] {st, text.length()});
            }
        }
        String t = text.toString();
        Tokens tk = new Tokens(ids, offs, t);
        Article a = new Article(docName, docName, "text", null, null, t,
                List.of(new Block(BlockType.PARAGRAPH, new Span(0, t.length()))), List.of(), List.of(), "de", null,
                null, null);
        Document d = pipeline.apply(Document.of(a), new AnnotationContext(LocalDate.of(2010, 1, 1)));
        List<Set<String>[]> pred = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (QuoteExtractor.Attributed q : quotes.find(d)) {
            Set<String>[] roles = roles();
            roles[0] = tk.of(q.cue());
            roles[0].addAll(tk.of(q.particle()));
            roles[0].addAll(tk.of(q.auxiliary()));
            roles[1] = tk.of(q.quote().speaker() == null ? null : q.quote().speaker().span());
            Span ms = q.quote().span();
            if (q.quote().direct()) {
                // the task's messages include the quotation marks
                int a0 = ms.start() >= 2 && isMark(t.charAt(ms.start() - 2)) ? ms.start() - 2 : ms.start();
                int b0 = ms.end() + 1 < t.length() && isMark(t.charAt(ms.end() + 1)) ? ms.end() + 2 : ms.end();
                ms = new Span(a0, b0);
            }
            roles[2] = tk.of(ms);
            roles[2].removeAll(tk.of(q.hole()));
            pred.add(roles);
            rules.add(q.quote().provenance().rule());
        }
        List<Set<String>[]> goldRoles = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (Object ao : annotations) {
            Map<?, ?> an = (Map<?, ?>) ao;
            Set<String>[] roles = roles();
            roles[0] = set(an.get("Cue"));
            roles[1] = set(an.get("Source"));
            roles[2] = set(an.get("Message"));
            goldRoles.add(roles);
            forms.add(String.valueOf(an.get("Form")));
        }
        sum.gold = goldRoles.size();
        sum.predicted = pred.size();
        for (Set<String>[] p : pred) {
            sum.cue[1] += p[0].size();
            sum.source[1] += p[1].size();
            sum.message[1] += p[2].size();
        }
        for (Set<String>[] g : goldRoles) {
            sum.cue[2] += g[0].size();
            sum.source[2] += g[1].size();
            sum.message[2] += g[2].size();
        }
        // one-to-one matching by message overlap, greedy on the largest overlaps
        boolean[] usedGold = new boolean[goldRoles.size()];
        boolean[] usedPred = new boolean[pred.size()];
        while (true) {
            int bi = -1;
            int bj = -1;
            int best = 0;
            for (int i = 0; i < pred.size(); i++) {
                if (usedPred[i]) {
                    continue;
                }
                for (int j = 0; j < goldRoles.size(); j++) {
                    if (usedGold[j]) {
                        continue;
                    }
                    int o = overlap(pred.get(i)[2], goldRoles.get(j)[2]);
                    if (o > best) {
                        best = o;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            usedPred[bi] = true;
            usedGold[bj] = true;
            sum.matched++;
            Set<String>[] p = pred.get(bi);
            Set<String>[] g = goldRoles.get(bj);
            sum.cue[0] += overlap(p[0], g[0]);
            sum.source[0] += overlap(p[1], g[1]);
            sum.message[0] += best;
            String ctx = " [" + forms.get(bj) + "/" + rules.get(bi) + "] " + tk.words(g[2]);
            String[] role = {"cue", "source"};
            for (int r = 0; r < 2; r++) {
                int o = overlap(p[r], g[r]);
                int cost = p[r].size() + g[r].size() - 2 * o;
                if (cost == 0) {
                    continue;
                }
                String type = g[r].isEmpty() ? "spurious" : p[r].isEmpty() ? "missing" : o == 0 ? "wrong" : "partial";
                sum.errors.add(new Error(role[r] + " " + type + " " + forms.get(bj), cost,
                        "gold=" + tk.words(g[r]) + " | got=" + tk.words(p[r]) + " |" + ctx));
            }
            int extra = p[2].size() - best;
            int lack = g[2].size() - best;
            if (extra > 0) {
                sum.errors.add(new Error("message too long " + rules.get(bi), extra, "extra=" + tk.words(minus(p[2], g[2])) + " |" + ctx));
            }
            if (lack > 0) {
                sum.errors.add(new Error("message too short " + forms.get(bj), lack, "lacks=" + tk.words(minus(g[2], p[2])) + " |" + ctx));
            }
        }
        for (int j = 0; j < goldRoles.size(); j++) {
            if (!usedGold[j]) {
                Set<String>[] g = goldRoles.get(j);
                sum.errors.add(new Error("FN " + forms.get(j), g[0].size() + g[1].size() + g[2].size(), "cue="
                        + tk.words(g[0]) + " | source=" + tk.words(g[1]) + " | " + tk.words(g[2])));
            }
        }
        for (int i = 0; i < pred.size(); i++) {
            if (!usedPred[i]) {
                Set<String>[] p = pred.get(i);
                sum.errors.add(new Error("FP " + rules.get(i), p[0].size() + p[1].size() + p[2].size(), "cue="
                        + tk.words(p[0]) + " | source=" + tk.words(p[1]) + " | " + tk.words(p[2])));
            }
        }
        return sum;
    }

    /** The tokens of one document: ids ("3:18"), character offsets in the joined text, and the text. */
    private record Tokens(List<String> ids, List<int[]> offs, String text) {
        Set<String> of(Span span) {
            Set<String> s = new HashSet<>();
            if (span == null) {
                return s;
            }
            for (int i = 0; i < offs.size(); i++) {
                int[] o = offs.get(i);
                if (o[0] < span.end() && span.start() < o[1]) {
                    s.add(ids.get(i));
                }
            }
            return s;
        }

        String words(Set<String> tokens) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < ids.size(); i++) {
                if (tokens.contains(ids.get(i))) {
                    b.append(text, offs.get(i)[0], offs.get(i)[1]).append(' ');
                }
            }
            return b.toString().strip();
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.removeAll(b);
        return s;
    }

    private static boolean isMark(char c) {
        return "\u201E\u201C\u201D\"\u00BB\u00AB\u201A\u2018\u2019".indexOf(c) >= 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<String>[] roles() {
        return new Set[3];
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> set(Object o) {
        Set<String> s = new HashSet<>();
        if (o instanceof List<?> l) {
            for (Object x : l) {
                s.add(String.valueOf(x));
            }
        }
        return s;
    }
}
