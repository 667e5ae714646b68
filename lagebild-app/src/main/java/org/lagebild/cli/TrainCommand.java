package org.lagebild.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lagebild.entities.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Reproduces the committed statistical models from the corpora in ../shared/data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains the statistical models (never run by the build).",
        subcommands = {TrainCommand.Ner.class, TrainCommand.Stories.class})
final class TrainCommand {

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Trains the German NER tagger (structured averaged perceptron, Viterbi, word clusters) and writes the model and its manifest.",
                    "The committed model was made with: lagebild train ner --germeval ../shared/data/germeval2014-ner/NER-de-dev.tsv",
                    "  --smartdata <SmartData file> --epochs 12 --folds 5 --out lagebild-entities/src/main/resources/org/lagebild/entities/ner",
                    "(see the manifest beside the model for the exact command and scores)."})
    static final class Ner implements Callable<Integer> {
        @Option(names = "--germeval", paramLabel = "FILE", required = true, description = "GermEval 2014 TSV file.")
        Path germeval;
        @Option(names = "--smartdata", paramLabel = "FILE", description = "SmartData corpus file (optional).")
        Path smartdata;
        @Option(names = "--epochs", defaultValue = "12", description = "Training epochs. Default: ${DEFAULT-VALUE}")
        int epochs;
        @Option(names = "--folds", defaultValue = "0", description = "Cross-validation folds for the printed score (0: none).")
        int folds;
        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the model and manifest.")
        Path out;

        @Override
        public Integer call() throws Exception {
            List<String> args = new ArrayList<>(List.of("--germeval", EvalCommand.existing(germeval, "GermEval file").toString(),
                    "--epochs", String.valueOf(epochs), "--folds", String.valueOf(folds), "--out", out.toString()));
            if (smartdata != null) {
                args.add("--smartdata");
                args.add(EvalCommand.existing(smartdata, "SmartData file").toString());
            }
            NerTrainer.main(args.toArray(String[]::new));
            return 0;
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = {"Learns the story clustering model (StoryModel) on the DEV halves of GVA and ECB+ and prints the model file.",
                    "The committed model was made with: lagebild train stories --gva ../shared/data/gva-incidents-casualty-counts-en",
                    "  --ecbplus ../shared/data/ecbplus-event-clusters-en --out lagebild-stories/src/main/resources/org/lagebild/stories/cluster/story-model.tsv"})
    static final class Stories implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Option(names = "--gva", paramLabel = "DIR", required = true, description = "Laid out like ../shared/data/gva-incidents-casualty-counts-en.")
        Path gva;
        @Option(names = "--ecbplus", paramLabel = "DIR", required = true, description = "Laid out like ../shared/data/ecbplus-event-clusters-en.")
        Path ecbplus;
        @Option(names = "--out", paramLabel = "FILE", description = "Also write the model file here.")
        Path out;

        @Override
        public Integer call() throws Exception {
            RawAnnotator.Buffer buffer = new RawAnnotator.Buffer();
            org.lagebild.stories.eval.StoryModelTraining.train(EvalCommand.existing(gva, "GVA data"),
                    EvalCommand.existing(ecbplus, "ECB+ data"), new RawAnnotator(), buffer.out, out);
            buffer.copyTo(spec.commandLine().getOut());
            return 0;
        }
    }
}
