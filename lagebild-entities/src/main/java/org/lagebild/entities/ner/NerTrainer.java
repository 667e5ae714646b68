package org.lagebild.entities.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the bundled NER model: {@code NerTrainer --germeval FILE [--smartdata FILE] [--epochs N]
 * [--folds K] --out DIR}. With folds, first reports K-fold cross-validated outer F1 on the GermEval
 * file (SmartData always in training only); then trains on everything and writes
 * {@code ner-de.model.gz} and {@code ner-de.manifest.tsv} to DIR. Deterministic (fixed seed). Never
 * run during the build.
 */
public final class NerTrainer {
    private NerTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path germeval = null;
        Path smart = null;
        Path out = null;
        int epochs = 8;
        int folds = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--germeval" -> germeval = Path.of(args[++i]);
                case "--smartdata" -> smart = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (germeval == null || out == null) {
            throw new IllegalArgumentException("usage: NerTrainer --germeval FILE [--smartdata FILE] [--epochs N] [--folds K] --out DIR");
        }
        List<NerSentence> ge = NerCorpora.germEval(germeval);
        List<NerSentence> sd = smart == null ? List.of() : NerCorpora.smartData(smart);
        System.err.printf(Locale.ROOT, "germeval %d sentences, smartdata %d sentences%n", ge.size(), sd.size());
        NerFeatures features = NerTagger.defaultFeatures();
        String cv = "";
        if (folds > 1) {
            ChunkScore score = new ChunkScore();
            for (int f = 0; f < folds; f++) {
                List<NerSentence> train = new ArrayList<>(sd);
                List<NerSentence> test = new ArrayList<>();
                for (int i = 0; i < ge.size(); i++) {
                    (i % folds == f ? test : train).add(ge.get(i));
                }
                NerTagger t = NerTagger.train(train, epochs, 17, features);
                ChunkScore fs = new ChunkScore();
                for (NerSentence s : test) {
                    List<String> p = t.tag(s.tokens());
                    score.add(s.labels(), p);
                    fs.add(s.labels(), p);
                }
                System.err.printf(Locale.ROOT, "fold %d: %s%n", f, fs.toJson("ner-cv-fold", 0));
            }
            cv = score.toJson("ner-cv", 0);
            System.err.println("cross-validation: " + cv);
            System.err.print(score.byTypeReport());
        }
        NerTagger t = NerTagger.train(new ArrayList<>() {
            {
                addAll(ge);
                addAll(sd);
            }
        }, epochs, 17, features);
        Files.createDirectories(out);
        try (OutputStream o = Files.newOutputStream(out.resolve("ner-de.model.gz"))) {
            t.write(o);
        }
        String manifest = "key\tvalue\n"
                + "format\t1\n"
                + "language\tde\n"
                + "component\tner\n"
                + "labels\tGermEval 2014 outer level (PER LOC ORG OTH + deriv/part)\n"
                + "algorithm\taveraged perceptron, greedy BIO decoding, features: words ±2, shape, affixes, KB gazetteer, first names, cue words\n"
                + "data\t" + germeval.getFileName() + " (" + ge.size() + " sentences)"
                + (smart == null ? "" : " + SmartData " + smart.getFileName() + " (" + sd.size() + " sentences, PER/ORG/LOC mapped)") + "\n"
                + "command\tNerTrainer --germeval " + germeval + (smart == null ? "" : " --smartdata " + smart) + " --epochs " + epochs
                + " --folds " + folds + " --out " + out + "\n"
                + "epochs\t" + epochs + "\n"
                + "seed\t17\n"
                + "date\t" + LocalDate.now() + "\n"
                + "cv_germeval_dev\t" + cv + "\n";
        Files.writeString(out.resolve("ner-de.manifest.tsv"), manifest, StandardCharsets.UTF_8);
        System.err.println("wrote " + out.resolve("ner-de.model.gz"));
    }
}
