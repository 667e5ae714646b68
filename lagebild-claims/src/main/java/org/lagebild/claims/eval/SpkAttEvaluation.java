package org.lagebild.claims.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Thread-safe; one pipeline per call.
 */
public final class SpkAttEvaluation {
    private SpkAttEvaluation() {
    }

    /** Per-role token counts and the derived figures; {@link #toJson()} is one JSON object. */
    public record Result(int documents, int goldAnnotations, int predicted, int matched, long[] cue, long[] source,
                         long[] message, List<String> missed) {
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

        public String toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("eval", "spkatt");
            m.put("documents", documents);
            m.put("gold", goldAnnotations);
            m.put("predicted", predicted);
            m.put("matched", matched);
            for (Object[] x : new Object[][] {{"cue", cue}, {"source", source}, {"message", message}, {"joint", joint()}}) {
                long[] c = (long[]) x[1];
                m.put(x[0] + "P", ClaimEvaluation.round(p(c)));
                m.put(x[0] + "R", ClaimEvaluation.round(r(c)));
                m.put(x[0] + "F1", ClaimEvaluation.round(f(c)));
            }
            return ClaimJson.write(m);
        }
    }

    /** Scores every annotated task-2 document under {@code dir}. */
    public static Result run(Path dir) {
        return run(dir, Integer.MAX_VALUE);
    }

    /** Scores at most {@code limit} documents under {@code dir}, in file-name order. */
    public static Result run(Path dir, int limit) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".pretty.json")
                    && !p.toString().contains("test_blind")).sorted().limit(limit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pipeline.Builder b = Pipeline.builder();
        for (Stage st : Pipelines.basic().stages()) {
            b.add(st);
        }
        Pipeline pipeline = b.add(new EntityRecognizer()).build();
        QuoteExtractor quotes = new QuoteExtractor();
        AnnotationContext ctx = new AnnotationContext(LocalDate.of(2010, 1, 1));
        long[] cue = new long[3];
        long[] source = new long[3];
        long[] message = new long[3];
        int docs = 0;
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        List<String> missed = new ArrayList<>();
        for (Path f : files) {
            Map<?, ?> json;
            try {
                json = (Map<?, ?>) MiniJson.parse(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<?> annotations = (List<?>) json.get("Annotations");
            if (annotations == null) {
                continue;
            }
            docs++;
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
            Article a = new Article(f.getFileName().toString(), f.toString(), "text", null, null, t,
                    List.of(new Block(BlockType.PARAGRAPH, new Span(0, t.length()))), List.of(), List.of(), "de", null,
                    null, null);
            Document d = pipeline.apply(Document.of(a), ctx);
            List<Set<String>[]> pred = new ArrayList<>();
            for (QuoteExtractor.Attributed q : quotes.find(d)) {
                Set<String>[] roles = roles();
                roles[0] = tokens(q.cue(), ids, offs);
                roles[0].addAll(tokens(q.particle(), ids, offs));
                roles[1] = tokens(q.quote().speaker() == null ? null : q.quote().speaker().span(), ids, offs);
                Span ms = q.quote().span();
                if (q.quote().direct()) {
                    // the task's messages include the quotation marks
                    int a0 = ms.start() >= 2 && isMark(t.charAt(ms.start() - 2)) ? ms.start() - 2 : ms.start();
                    int b0 = ms.end() + 1 < t.length() && isMark(t.charAt(ms.end() + 1)) ? ms.end() + 2 : ms.end();
                    ms = new Span(a0, b0);
                }
                roles[2] = tokens(ms, ids, offs);
                pred.add(roles);
            }
            List<Set<String>[]> goldRoles = new ArrayList<>();
            for (Object ao : annotations) {
                Map<?, ?> an = (Map<?, ?>) ao;
                Set<String>[] roles = roles();
                roles[0] = set(an.get("Cue"));
                roles[1] = set(an.get("Source"));
                roles[2] = set(an.get("Message"));
                goldRoles.add(roles);
            }
            gold += goldRoles.size();
            predicted += pred.size();
            for (Set<String>[] p : pred) {
                cue[1] += p[0].size();
                source[1] += p[1].size();
                message[1] += p[2].size();
            }
            for (Set<String>[] g : goldRoles) {
                cue[2] += g[0].size();
                source[2] += g[1].size();
                message[2] += g[2].size();
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
                matched++;
                cue[0] += overlap(pred.get(bi)[0], goldRoles.get(bj)[0]);
                int so = overlap(pred.get(bi)[1], goldRoles.get(bj)[1]);
                source[0] += so;
                if (so == 0 && !goldRoles.get(bj)[1].isEmpty() && missed.size() < 2000) {
                    missed.add("SOURCE | gold=" + words(goldRoles.get(bj)[1], ids, t, offs) + " | got="
                            + words(pred.get(bi)[1], ids, t, offs) + " | " + words(goldRoles.get(bj)[2], ids, t, offs));
                }
                message[0] += best;
            }
            for (int j = 0; j < goldRoles.size(); j++) {
                if (!usedGold[j] && missed.size() < 2000) {
                    Map<?, ?> an = (Map<?, ?>) annotations.get(j);
                    missed.add(an.get("Form") + " | cue=" + words(goldRoles.get(j)[0], ids, t, offs) + " | source="
                            + words(goldRoles.get(j)[1], ids, t, offs) + " | " + words(goldRoles.get(j)[2], ids, t, offs));
                }
            }
        }
        return new Result(docs, gold, predicted, matched, cue, source, message, missed);
    }

    private static String words(Set<String> tokens, List<String> ids, String t, List<int[]> offs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            if (tokens.contains(ids.get(i))) {
                b.append(t, offs.get(i)[0], offs.get(i)[1]).append(' ');
            }
        }
        return b.toString().strip();
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

    private static Set<String> tokens(Span span, List<String> ids, List<int[]> offs) {
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
}
