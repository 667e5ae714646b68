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
 * Trains the bundled NER model: {@code NerTrainer --germeval FILE [--smartdata FILE] [--ler FILE]…
 * [--epochs N] [--folds K] --out DIR}. With folds, first reports K-fold cross-validated outer F1 on
 * the GermEval file (SmartData and LER always in training only, as partial annotation); then trains on everything and writes
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
        List<Path> lerFiles = new ArrayList<>();
        int epochs = 8;
        int folds = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--germeval" -> germeval = Path.of(args[++i]);
                case "--smartdata" -> smart = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--ler" -> lerFiles.add(Path.of(args[++i]));
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (germeval == null || out == null) {
            throw new IllegalArgumentException("usage: NerTrainer --germeval FILE [--smartdata FILE] [--ler FILE]… [--epochs N] [--folds K] --out DIR");
        }
        List<NerSentence> ge = NerCorpora.germEval(germeval);
        List<NerSentence> extra = new ArrayList<>();
        List<String> extraNames = new ArrayList<>();
        if (smart != null) {
            extra.addAll(NerCorpora.smartData(smart));
            extraNames.add("SmartData " + smart.getFileName());
        }
        for (Path p : lerFiles) {
            List<NerSentence> l = NerCorpora.ler(p);
            extra.addAll(l);
            extraNames.add("LER " + p.getFileName() + " (" + l.size() + " sentences with PER/LOC/ORG and no legal norm)");
        }
        System.err.printf(Locale.ROOT, "germeval %d sentences, other corpora %d sentences%n", ge.size(), extra.size());
        NerFeatures features = NerTagger.defaultFeatures();
        String cv = "";
        String byType = "";
        if (folds > 1) {
            ChunkScore score = new ChunkScore();
            for (int f = 0; f < folds; f++) {
                List<NerSentence> train = new ArrayList<>(extra);
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
            byType = score.byTypeSummary();
        }
        NerTagger t = NerTagger.train(new ArrayList<>() {
            {
                addAll(ge);
                addAll(extra);
            }
        }, epochs, 17, features);
        Files.createDirectories(out);
        try (OutputStream o = Files.newOutputStream(out.resolve("ner-de.model.gz"))) {
            t.write(o);
        }
        StringBuilder command = new StringBuilder("lagebild train ner --germeval ").append(germeval);
        if (smart != null) {
            command.append(" --smartdata ").append(smart);
        }
        for (Path p : lerFiles) {
            command.append(" --ler ").append(p);
        }
        command.append(" --epochs ").append(epochs).append(" --folds ").append(folds).append(" --out ").append(out);
        String manifest = "key\tvalue\n"
                + "format\t2\n"
                + "language\tde\n"
                + "component\tner\n"
                + "labels\tGermEval 2014 outer level (PER LOC ORG OTH + deriv/part)\n"
                + "algorithm\tstructured averaged perceptron, first-order Viterbi under BIO constraints; features: words ±2, shape, "
                + "affixes, word clusters at three levels and capitalisation share (word-clusters.tsv), KB gazetteer, GeoNames "
                + "places of DACH (geonames-dach.tsv), first names and surnames, cue words\n"
                + "features_unlabelled\tword-clusters.tsv: " + ClusterBuilder.COMMAND + "\n"
                + "data\t" + germeval.getFileName() + " (" + ge.size() + " sentences)"
                + (extra.isEmpty() ? "" : " + " + extra.size() + " sentences of " + String.join(", ", extraNames)
                        + " (PER/LOC/ORG only; trained as partial annotation)") + "\n"
                + "command\t" + command + "\n"
                + "epochs\t" + epochs + "\n"
                + "seed\t17\n"
                + "date\t" + LocalDate.now() + "\n"
                + "cv_germeval_dev\t" + cv + "\n"
                + "cv_by_type\t" + byType + "\n"
                + "cv_note\t" + folds + "-fold cross-validation on GermEval 2014 dev (sentence i in fold i mod " + folds
                + "; other corpora only ever in training); the GermEval test set is held out and was never seen\n"
                + "caveat\tfeatures read the knowledge base, word lists and clusters at run time: retrain after large changes to them\n";
        Files.writeString(out.resolve("ner-de.manifest.tsv"), manifest, StandardCharsets.UTF_8);
        System.err.println("wrote " + out.resolve("ner-de.model.gz"));
    }
}
