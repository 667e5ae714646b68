package org.lagebild.entities.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.entities.EntityRecognizer;
import org.lagebild.entities.kb.KnowledgeBaseException;
import org.lagebild.entities.recognize.TextTokens;
import org.lagebild.model.Article;
import org.lagebild.model.ArticleIds;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;

/**
 * Entity-linking evaluation on the seed samples against the gold list
 * {@code seeds-linking-gold.tsv} (sample file, mention text, occurrence of that text in the file,
 * expected entity id, expected type). A system mention is correct if its span is the gold span and
 * its entity id the gold id; precision is over all system mentions in the evaluated files, recall
 * over all gold mentions. The recognizer runs as a stage on documents built from the raw sample
 * text with a simple paragraph and sentence split. Thread-safe (stateless).
 */
public final class LinkingEvaluation {
    private LinkingEvaluation() {
    }

    /** One gold mention: the {@code occurrence}-th (from 1) occurrence of {@code mention} in {@code sample}. */
    public record GoldMention(String sample, String mention, int occurrence, String entityId, String type, int line) {
    }

    /**
     * The result of a run.
     *
     * @param typeCorrect  correct mentions that also have the gold type
     * @param errors       one line per missed, wrong or spurious mention
     */
    public record Score(int gold, int system, int correct, int typeCorrect, double precision, double recall, double f1,
                       double tokensPerSecond, List<String> errors) {
        /** The scores as a one-line JSON object with {@code precision}, {@code recall}, {@code f1}, {@code tokens_per_s}. */
        public String toJson() {
            return String.format(Locale.ROOT, "{\"task\":\"linking\",\"gold\":%d,\"system\":%d,\"correct\":%d,"
                    + "\"type_accuracy\":%.4f,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,\"tokens_per_s\":%.0f}",
                    gold, system, correct, correct == 0 ? 0.0 : (double) typeCorrect / correct, precision, recall, f1,
                    tokensPerSecond);
        }
    }

    /** The bundled gold list for the five seed samples. */
    public static List<GoldMention> bundledGold() {
        String name = "seeds-linking-gold.tsv";
        InputStream in = LinkingEvaluation.class.getResourceAsStream(name);
        if (in == null) {
            throw new KnowledgeBaseException(name, 0, "gold file missing from the classpath");
        }
        List<GoldMention> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!header) {
                    if (!String.join(",", f).equals("sample,mention,occurrence,entity_id,type")) {
                        throw new KnowledgeBaseException(name, no, "header must be sample,mention,occurrence,entity_id,type");
                    }
                    header = true;
                    continue;
                }
                if (f.length != 5) {
                    throw new KnowledgeBaseException(name, no, "expected 5 columns, found " + f.length);
                }
                try {
                    out.add(new GoldMention(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], no));
                } catch (NumberFormatException e) {
                    throw new KnowledgeBaseException(name, no, "occurrence must be a number: " + f[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Runs the bundled recognizer against the bundled gold on the samples in {@code samplesDir}. */
    public static Score run(Path samplesDir) {
        return run(samplesDir, new EntityRecognizer(), bundledGold());
    }

    public static Score run(Path samplesDir, EntityRecognizer recognizer, List<GoldMention> gold) {
        Map<String, List<GoldMention>> bySample = new java.util.TreeMap<>();
        for (GoldMention g : gold) {
            bySample.computeIfAbsent(g.sample(), k -> new ArrayList<>()).add(g);
        }
        List<String> errors = new ArrayList<>();
        int system = 0;
        int correct = 0;
        int typeCorrect = 0;
        List<Document> docs = new ArrayList<>();
        long tokens = 0;
        for (Map.Entry<String, List<GoldMention>> e : bySample.entrySet()) {
            String text;
            try {
                text = Files.readString(samplesDir.resolve(e.getKey()), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read sample " + e.getKey(), ex);
            }
            Document doc = document(e.getKey(), text);
            docs.add(doc);
            tokens += TextTokens.of(text).size();
            Document out = recognizer.apply(doc, new AnnotationContext(LocalDate.of(2025, 1, 1)));
            Map<Span, EntityMention> sys = new HashMap<>();
            for (EntityMention m : out.entities()) {
                sys.put(m.span(), m);
            }
            system += sys.size();
            Map<Span, GoldMention> goldSpans = new HashMap<>();
            for (GoldMention g : e.getValue()) {
                int at = nth(text, g.mention(), g.occurrence());
                if (at < 0) {
                    throw new KnowledgeBaseException("seeds-linking-gold.tsv", g.line(),
                            "'" + g.mention() + "' does not occur " + g.occurrence() + " times in " + g.sample());
                }
                Span span = new Span(at, at + g.mention().length());
                goldSpans.put(span, g);
                EntityMention m = sys.get(span);
                if (m == null) {
                    errors.add("MISS\t" + g.sample() + "\t" + span + "\t" + g.mention() + "\t" + g.entityId());
                } else if (g.entityId().equals(m.entityId())) {
                    correct++;
                    if (g.type().equals(m.type().name())) {
                        typeCorrect++;
                    } else {
                        errors.add("TYPE\t" + g.sample() + "\t" + span + "\t" + g.mention() + "\t" + g.type() + " got " + m.type());
                    }
                } else {
                    errors.add("WRONG\t" + g.sample() + "\t" + span + "\t" + g.mention() + "\t" + g.entityId() + " got " + m.entityId());
                }
            }
            for (EntityMention m : out.entities()) {
                if (!goldSpans.containsKey(m.span())) {
                    errors.add("SPURIOUS\t" + e.getKey() + "\t" + m.span() + "\t" + m.text() + "\t" + m.entityId() + "\t" + m.type()
                            + "\t" + m.provenance().rule());
                }
            }
        }
        double tps = speed(recognizer, docs, tokens);
        double p = system == 0 ? 0 : (double) correct / system;
        double r = gold.isEmpty() ? 0 : (double) correct / gold.size();
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(gold.size(), system, correct, typeCorrect, p, r, f, tps, errors);
    }

    /** Tokens per second of one thread over repeated runs on the documents, after warming up. */
    private static double speed(EntityRecognizer recognizer, List<Document> docs, long tokensPerRound) {
        AnnotationContext ctx = new AnnotationContext(LocalDate.of(2025, 1, 1));
        for (int i = 0; i < 10; i++) {
            docs.forEach(d -> recognizer.apply(d, ctx));
        }
        int rounds = 20;
        long t0 = CpuClock.now();
        for (int i = 0; i < rounds; i++) {
            docs.forEach(d -> recognizer.apply(d, ctx));
        }
        long ns = Math.max(1, CpuClock.now() - t0);
        return tokensPerRound * rounds / (ns / 1e9);
    }

    private static int nth(String text, String s, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(s, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }

    private static final Pattern SENTENCE = Pattern.compile("[^\\n.!?]+(?:[.!?]+|\\n|$)");

    /** A document of the raw text, language German, with a simple regex sentence split. */
    public static Document document(String name, String text) {
        Article a = new Article(ArticleIds.of("", text), name, "text", null, "", text, List.of(), List.of(), List.of(),
                "de", null, null, null);
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                sentences.add(new Sentence(sentences.size(), new Span(m.start(), m.end())));
            }
        }
        return Document.of(a).withLanguage("de", 1.0).withSentences(sentences);
    }

    /** Prints the errors, then the scores as JSON on the last line. Argument: the samples directory. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples");
        Score s = run(dir);
        s.errors().forEach(System.out::println);
        System.out.println(s.toJson());
    }
}
