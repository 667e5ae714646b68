package org.lagebild.stories.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.lagebild.model.ArticleIds;
import org.lagebild.stories.dedup.DuplicateDetector;
import org.lagebild.stories.dedup.LshIndex;
import org.lagebild.stories.dedup.MinHasher;

/**
 * Evaluates {@link DuplicateDetector} on the SemEval-2022 Task 8 news-pair sample
 * ({@code testing_set.csv}: {@code pair_id, lang1, lang2, text1, text2, ..., Overall, ...},
 * Overall 1 = very similar ... 4 = very dissimilar). A pair is "same story" when Overall
 * {@code <= 1.5}; it is predicted a duplicate when a fresh detector, given text1 then text2,
 * reports a match. Figures per language pair (de-de first), a threshold sweep, and a synthetic
 * syndication check on the real German texts (copy with a new headline and the last ~15 % of
 * words trimmed; must match its original and nothing else). Reads only the given directory.
 */
public final class DuplicateEvaluation {
    /** Overall score at or below which a pair counts as the same story. */
    public static final double SAME_STORY_MAX = 1.5;

    /** Counts for one language pair at one threshold. */
    public record Counts(String langs, int pairs, int positives, int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        public double recall() {
            return positives == 0 ? Double.NaN : (double) tp / positives;
        }
    }

    /** Syndicated copies of real texts: how many were found, how many matched the wrong text. */
    public record Syndication(int originals, int copies, int found, int wrong, int originalMatches) {
        public double precision() {
            return found + wrong == 0 ? Double.NaN : (double) found / (found + wrong);
        }

        public double recall() {
            return copies == 0 ? Double.NaN : (double) found / copies;
        }
    }

    /** The evaluation result; {@link #toJson()} gives it as one JSON object. */
    public record Result(String file, double threshold, List<Counts> byLanguage,
                         Map<Double, Counts> sweepDe, Map<Double, Counts> sweepSameLanguage,
                         Syndication syndicationDe, Map<Double, Syndication> sweepSyndicationDe) {

        /** The threshold sweep as a printable table. */
        public String sweepTable() {
            StringBuilder sb = new StringBuilder(
                    "threshold  de-de P/R (tp,fp,pos)        same-language P/R (tp,fp,pos)       de syndicated copies P/R (found,wrong,copies)\n");
            for (Double t : sweepDe.keySet()) {
                Counts d = sweepDe.get(t);
                Counts s = sweepSameLanguage.get(t);
                Syndication y = sweepSyndicationDe.get(t);
                sb.append(String.format(Locale.ROOT, "%.2f       %s/%s (%d,%d,%d)        %s/%s (%d,%d,%d)        %s/%s (%d,%d,%d)%n", t,
                        f(d.precision()), f(d.recall()), d.tp(), d.fp(), d.positives(),
                        f(s.precision()), f(s.recall()), s.tp(), s.fp(), s.positives(),
                        f(y.precision()), f(y.recall()), y.found(), y.wrong(), y.copies()));
            }
            return sb.toString();
        }

        public String toJson() {
            StringBuilder sb = new StringBuilder("{");
            sb.append("\"file\":\"").append(file.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",");
            sb.append("\"sameStoryMaxOverall\":").append(SAME_STORY_MAX).append(',');
            sb.append("\"threshold\":").append(threshold).append(',');
            sb.append("\"byLanguage\":[");
            for (int i = 0; i < byLanguage.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(json(byLanguage.get(i)));
            }
            sb.append("],\"sweepDe\":[");
            int i = 0;
            for (Map.Entry<Double, Counts> e : sweepDe.entrySet()) {
                sb.append(i++ > 0 ? "," : "").append("{\"threshold\":").append(e.getKey()).append(",\"counts\":")
                        .append(json(e.getValue())).append('}');
            }
            Syndication s = syndicationDe;
            sb.append("],\"syndicationDe\":{\"originals\":").append(s.originals()).append(",\"copies\":")
                    .append(s.copies()).append(",\"found\":").append(s.found()).append(",\"wrong\":")
                    .append(s.wrong()).append(",\"originalMatches\":").append(s.originalMatches())
                    .append(",\"precision\":").append(num(s.precision())).append(",\"recall\":")
                    .append(num(s.recall())).append("}}");
            return sb.toString();
        }

        private static String json(Counts c) {
            return String.format(Locale.ROOT,
                    "{\"langs\":\"%s\",\"pairs\":%d,\"positives\":%d,\"tp\":%d,\"fp\":%d,\"fn\":%d,"
                            + "\"precision\":%s,\"recall\":%s}",
                    c.langs(), c.pairs(), c.positives(), c.tp(), c.fp(), c.fn(), num(c.precision()),
                    num(c.recall()));
        }

        private static String num(double d) {
            return Double.isNaN(d) ? "null" : String.format(Locale.ROOT, "%.4f", d);
        }

        private static String f(double d) {
            return Double.isNaN(d) ? "  -  " : String.format(Locale.ROOT, "%.3f", d);
        }
    }

    /** What a detector sees for text2 after text1: exact hit, LSH candidate, estimated Jaccard. */
    private record Score(boolean exact, boolean candidate, double similarity) {
        static Score of(String a, String b) {
            MinHasher h = SHARED_HASHER;
            long[] sa = h.signature(a);
            long[] sb = h.signature(b);
            if (MinHasher.isEmpty(sa) || MinHasher.isEmpty(sb)) {
                return new Score(false, false, 0);
            }
            LshIndex idx = new LshIndex();
            idx.add("1", sa);
            return new Score(ArticleIds.normalise(a).equals(ArticleIds.normalise(b)),
                    !idx.candidates(sb).isEmpty(), MinHasher.similarity(sa, sb));
        }

        boolean predicted(double threshold) {
            return exact || (candidate && similarity >= threshold);
        }
    }

    private static final MinHasher SHARED_HASHER = new MinHasher();

    private record Pair(String id, String lang1, String lang2, String text1, String text2, double overall,
                        Score score) {
        String langs() {
            return lang1 + "-" + lang2;
        }

        boolean same() {
            return overall <= SAME_STORY_MAX;
        }
    }

    private DuplicateEvaluation() {
    }

    /** One SemEval pair as published: its languages, texts and the annotators' overall rating (1 = same story … 4). */
    public record PairText(String id, String lang1, String lang2, String text1, String text2, double overall) {
        public boolean same() {
            return overall <= SAME_STORY_MAX;
        }
    }

    /** The pairs of {@code dir}/testing_set.csv. */
    public static List<PairText> pairTexts(Path dir) throws IOException {
        List<PairText> out = new ArrayList<>();
        for (Pair p : read(dir.resolve("testing_set.csv"))) {
            out.add(new PairText(p.id(), p.lang1(), p.lang2(), p.text1(), p.text2(), p.overall()));
        }
        return out;
    }

    /** Runs at {@link DuplicateDetector#DEFAULT_THRESHOLD}. */
    public static Result run(Path dir) throws IOException {
        return run(dir, DuplicateDetector.DEFAULT_THRESHOLD);
    }

    public static Result run(Path dir, double threshold) throws IOException {
        return run(dir, threshold, (text, lang) -> text);
    }

    /**
     * Scores the texts as {@code clean} gives them ({@code (text, language) -> text}): the engine compares the
     * clean text of articles, after extraction has removed cookie notices, registration prompts and the like,
     * so the app passes its extractor here; {@link #run(Path, double)} compares the texts as published.
     */
    public static Result run(Path dir, double threshold, BiFunction<String, String, String> clean) throws IOException {
        Path file = dir.resolve("testing_set.csv");
        List<Pair> pairs = read(file, clean);
        Map<String, List<Pair>> byLang = new TreeMap<>((a, b) -> {
            int c = Boolean.compare(!a.equals("de-de"), !b.equals("de-de"));
            return c != 0 ? c : a.compareTo(b);
        });
        for (Pair p : pairs) {
            byLang.computeIfAbsent(p.langs(), k -> new ArrayList<>()).add(p);
        }
        List<Counts> counts = new ArrayList<>();
        for (Map.Entry<String, List<Pair>> e : byLang.entrySet()) {
            counts.add(count(e.getKey(), e.getValue(), threshold));
        }
        List<Pair> de = byLang.getOrDefault("de-de", List.of());
        List<Pair> sameLang = pairs.stream().filter(p -> p.lang1().equals(p.lang2())).toList();
        Map<Double, Counts> sweepDe = new LinkedHashMap<>();
        Map<Double, Counts> sweepSame = new LinkedHashMap<>();
        Map<Double, Syndication> sweepSyn = new LinkedHashMap<>();
        for (int i = 1; i <= 20; i++) {
            double t = i / 20.0;
            sweepDe.put(t, count("de-de", de, t));
            sweepSame.put(t, count("same-language", sameLang, t));
            sweepSyn.put(t, syndication(de, t));
        }
        return new Result(file.toString(), threshold, counts, sweepDe, sweepSame, syndication(de, threshold), sweepSyn);
    }

    private static Counts count(String langs, List<Pair> pairs, double threshold) {
        int pos = 0;
        int tp = 0;
        int fp = 0;
        for (Pair p : pairs) {
            boolean predicted = p.score().predicted(threshold);
            if (p.same()) {
                pos++;
            }
            if (predicted && p.same()) {
                tp++;
            } else if (predicted) {
                fp++;
            }
        }
        return new Counts(langs, pairs.size(), pos, tp, fp, pos - tp);
    }

    /** Originals: the distinct de texts of >= 60 words. Copies: new headline, last ~15 % of words cut. */
    private static Syndication syndication(List<Pair> de, double threshold) {
        Map<String, String> originals = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Pair p : de) {
            for (String t : List.of(p.text1(), p.text2())) {
                String key = ArticleIds.normalise(t);
                if (t.split("\\s+").length >= 60 && seen.add(key)) {
                    originals.put("o" + originals.size(), t);
                }
            }
        }
        DuplicateDetector d = new DuplicateDetector(new MinHasher(), new LshIndex(), threshold);
        int originalMatches = 0;
        for (Map.Entry<String, String> e : originals.entrySet()) {
            if (d.check(e.getKey(), e.getValue()).isPresent()) {
                originalMatches++;
            }
        }
        int found = 0;
        int wrong = 0;
        for (Map.Entry<String, String> e : originals.entrySet()) {
            Optional<DuplicateDetector.Match> m = d.check("c" + e.getKey(), syndicate(e.getValue()));
            if (m.isPresent()) {
                if (d.groupOf(m.get().duplicateOf()).equals(d.groupOf(e.getKey()))) {
                    found++;
                } else {
                    wrong++;
                }
            }
        }
        return new Syndication(originals.size(), originals.size(), found, wrong, originalMatches);
    }

    /** A syndicated copy: the first line (or first 10 words) replaced, the last ~15 % of words cut. */
    static String syndicate(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        String body;
        if (nl > 0 && nl < 200) {
            body = t.substring(nl + 1);
        } else {
            String[] w = t.split("\\s+", 11);
            body = w.length == 11 ? w[10] : t;
        }
        String[] words = body.split("\\s+");
        int keep = Math.max(1, (int) Math.round(words.length * 0.85));
        return "Agenturmeldung: Neue Überschrift der Redaktion\n" + String.join(" ", List.of(words).subList(0, keep));
    }

    private static List<Pair> read(Path file) throws IOException {
        return read(file, (text, lang) -> text);
    }

    private static List<Pair> read(Path file, BiFunction<String, String, String> clean) throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            throw new IOException("empty CSV: " + file);
        }
        List<String> header = rows.get(0);
        int id = col(header, "pair_id", file);
        int l1 = col(header, "lang1", file);
        int l2 = col(header, "lang2", file);
        int t1 = col(header, "text1", file);
        int t2 = col(header, "text2", file);
        int ov = col(header, "Overall", file);
        List<Pair> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() != header.size()) {
                throw new IOException("row with " + r.size() + " fields, header has " + header.size() + ": " + file);
            }
            String a = clean.apply(r.get(t1), r.get(l1));
            String b = clean.apply(r.get(t2), r.get(l2));
            out.add(new Pair(r.get(id), r.get(l1), r.get(l2), a, b, Double.parseDouble(r.get(ov)), Score.of(a, b)));
        }
        return out;
    }

    private static int col(List<String> header, String name, Path file) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IOException("column " + name + " missing in " + file);
        }
        return i;
    }

    /** Prints the sweep, then the JSON. Argument: the data directory. */
    public static void main(String[] args) throws IOException {
        Result r = run(Path.of(args.length > 0 ? args[0]
                : "/work/shared/data/semeval2022t8-news-similarity-sample"));
        PrintStream out = System.out;
        out.print(r.sweepTable());
        out.println(r.toJson());
    }
}
