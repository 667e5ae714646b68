package org.lagebild.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lagebild.claims.eval.ClaimEvaluation;
import org.lagebild.claims.eval.SpkAttEvaluation;
import org.lagebild.entities.eval.LinkingEvaluation;
import org.lagebild.entities.eval.NerEvaluation;
import org.lagebild.eval.extraction.ExtractionEvalMain;
import org.lagebild.time.eval.DateEvaluation;
import org.lagebild.time.eval.QuantityEvaluation;
import org.lagebild.time.eval.WikiWarsEvaluation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Evaluations against the real corpora in ../shared/data. Each prints its figures and, as its last
 * line, one JSON object; docs/QUALITY.md records them.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures quality on real corpora; the last line of each is one JSON object of figures.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Time.class, EvalCommand.Quantities.class,
                EvalCommand.Dates.class, EvalCommand.Linking.class, EvalCommand.Ner.class, EvalCommand.Claims.class,
                EvalCommand.Quotes.class, EvalCommand.Duplicates.class, EvalCommand.Stories.class, EvalCommand.Killed.class})
final class EvalCommand {

    /** The shared data folder and the seed samples, as most evaluations read them. */
    static final class Inputs {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data", description = "The shared data folder. Default: ${DEFAULT-VALUE}")
        Path data;
        @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "The seed samples. Default: ${DEFAULT-VALUE}")
        Path samples;

        Path data() {
            return existing(data, "data folder");
        }

        Path samples() {
            return existing(samples, "samples");
        }
    }

    static Path existing(Path p, String what) {
        if (!Files.exists(p)) {
            throw new IllegalArgumentException(what + " not found: " + p);
        }
        return p;
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Article extraction: trafilatura's snippet benchmark, the Scrapinghub article-body benchmark or the"
                    + " SmartData German news pages (token F1 against the corpus text).")
    static final class Extraction implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        static final class Corpus {
            @Option(names = "--trafilatura", paramLabel = "DIR", description = "Laid out like ../shared/data/trafilatura-eval.")
            Path trafilatura;
            @Option(names = "--scrapinghub", paramLabel = "DIR", description = "Laid out like ../shared/data/scrapinghub-article-extraction.")
            Path scrapinghub;
            @Option(names = "--smartdata", paramLabel = "DIR",
                    description = "Laid out like ../shared/data/smartdata-de-ner-events (v3_20200302/dev.json.gz, test.json.gz if present).")
            Path smartdata;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Corpus corpus;
        @Option(names = "--worst", paramLabel = "N", description = "Also list the N worst pages.")
        Integer worst;
        @Option(names = "--metadata-misses", paramLabel = "N",
                description = "Also list the first N wrong titles, authors and dates (trafilatura): gold, got, origin.")
        Integer metadataMisses;
        @Option(names = "--lang", paramLabel = "LANG", description = "Only pages of this language (trafilatura).")
        String lang;
        @Option(names = "--split", paramLabel = "SPLIT", description = "all, dev or test: TEST pages (CRC-32 of the page id mod 3 = 0) were not used to tune the rules;"
                + " for --smartdata the corpus' own dev.json.gz / test.json.gz.")
        String split;
        @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (pages_per_s is wall clock).")
        Integer threads;
        @Option(names = "--passes", paramLabel = "N", description = "Passes over the pages (the first warms up the JIT).")
        Integer passes;
        @Option(names = "--dump", paramLabel = "FILE", description = "Write every page's extracted text and metadata, to compare two versions.")
        Path dump;
        @Option(names = "--reference", paramLabel = "TOOL", description = "Scrapinghub: score the benchmark's stored output of"
                + " another tool (reference-outputs/TOOL.json: trafilatura, readability_js, go_readability, ...) on the same pages.")
        String reference;

        @Override
        public Integer call() {
            List<String> args = new ArrayList<>();
            if (corpus.trafilatura != null) {
                args.add("--trafilatura");
                args.add(existing(corpus.trafilatura, "trafilatura benchmark").toString());
            } else if (corpus.scrapinghub != null) {
                args.add("--scrapinghub");
                args.add(existing(corpus.scrapinghub, "scrapinghub benchmark").toString());
            } else {
                args.add("--smartdata");
                args.add(existing(corpus.smartdata, "SmartData corpus").toString());
            }
            if (worst != null) {
                args.add("--worst");
                args.add(String.valueOf(worst));
            }
            if (metadataMisses != null) {
                args.add("--metadata-misses");
                args.add(String.valueOf(metadataMisses));
            }
            if (lang != null) {
                args.add("--lang");
                args.add(lang);
            }
            if (split != null) {
                args.add("--split");
                args.add(split);
            }
            if (threads != null) {
                args.add("--threads");
                args.add(String.valueOf(threads));
            }
            if (passes != null) {
                args.add("--passes");
                args.add(String.valueOf(passes));
            }
            if (dump != null) {
                args.add("--dump");
                args.add(dump.toString());
            }
            if (reference != null) {
                args.add("--reference");
                args.add(reference);
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            spec.commandLine().getOut().flush();
            return ExtractionEvalMain.run(args.toArray(String[]::new), out, err);
        }
    }

    @Command(name = "time", mixinStandardHelpOptions = true, description = "Time expressions on WikiWarsDE (strict/lenient F1, value accuracy).")
    static final class Time implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--wikiwars", paramLabel = "DIR", required = true, description = "Laid out like ../shared/data/wikiwarsde-timex.")
        Path dir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println(WikiWarsEvaluation.run(existing(dir, "WikiWarsDE")).toJson());
            return 0;
        }
    }

    @Command(name = "quantities", mixinStandardHelpOptions = true,
            description = {"Quantities against a committed German news gold set: value, value+unit and value+bounds F1.",
                    "--gold default: the development gold (rules were written against it); held-out, held-out-2, held-out-3: whole 10kGNAD",
                    "articles, held-out-4: whole SpkAtt 2023 Wikinews articles, each annotated by hand before the tagger ever ran on",
                    "them (their first measurements are in docs/QUALITY.md); or a FILE."})
    static final class Quantities implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Inputs inputs;
        @Option(names = "--gold", paramLabel = "GOLD", defaultValue = "default", description = "default, held-out, held-out-2, held-out-3, held-out-4 or a FILE. Default: ${DEFAULT-VALUE}")
        String gold;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(QuantityEvaluation.run(gold, inputs.data(), inputs.samples()).toJson());
            return 0;
        }
    }

    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = "Publication-date inference: share of true dates inside the inferred window (seeds and dated pages).")
    static final class Dates implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Inputs inputs;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(DateEvaluation.run(inputs.samples(), inputs.data()).toJson());
            return 0;
        }
    }

    @Command(name = "linking", mixinStandardHelpOptions = true, description = "Entity linking on the five seeds against the committed gold list.")
    static final class Linking implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "The seed samples. Default: ${DEFAULT-VALUE}")
        Path samples;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(LinkingEvaluation.run(existing(samples, "samples")).toJson());
            return 0;
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true, description = "Named-entity recognition: GermEval 2014 outer chunk F1 (strict span and type).")
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--germeval", paramLabel = "FILE", required = true, description = "A file in the GermEval 2014 TSV layout.")
        Path file;

        @Override
        public Integer call() throws Exception {
            spec.commandLine().getOut().println(NerEvaluation.run(existing(file, "GermEval file")));
            return 0;
        }
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = {"Quantity claims against the committed gold file (the seeds and real German news from the shared data):",
                    "recall, precision, innermost source and modality accuracy."})
    static final class Claims implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Inputs inputs;
        @Option(names = "--split", paramLabel = "SPLIT", description = "dev (seeds and the articles rules were tuned on) or test (annotated blind); default: both.")
        String split;

        @Override
        public Integer call() {
            GoldInputs gold = new GoldInputs(inputs.data, inputs.samples());
            PrintWriter out = spec.commandLine().getOut();
            for (String s : split == null ? new String[] {"dev", "test", null} : new String[] {split}) {
                ClaimEvaluation.Result r = ClaimEvaluation.run(ClaimEvaluation.gold(), gold::annotate, s);
                out.println((s == null ? "all" : s) + ": " + r.toJson());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true, description = "Quotes on SpkAtt 2023: joint F1 of cue, source and message.")
    static final class Quotes implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--spkatt", paramLabel = "DIR", required = true, description = "Laid out like ../shared/data/spkatt2023-de-news-quotes.")
        Path dir;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(SpkAttEvaluation.run(existing(dir, "SpkAtt data")).toJson());
            return 0;
        }
    }

    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = {"Near-duplicate detection (MinHash, LSH) on the SemEval 2022 same-story pairs: precision and recall of",
                    "\"same story\" for pairs rated <= 1.5, with a threshold sweep; plus syndicated copies made from the real texts."})
    static final class Duplicates implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--semeval", paramLabel = "DIR", defaultValue = "../shared/data/semeval2022t8-news-similarity-sample",
                description = "Laid out like ../shared/data/semeval2022t8-news-similarity-sample. Default: ${DEFAULT-VALUE}")
        Path dir;

        @Option(names = "--same-story", description = "Also decide \"same story\" with the story clusterer (annotates the German and English pairs; slower).")
        boolean sameStory;

        @Override
        public Integer call() throws Exception {
            Path d = existing(dir, "SemEval 2022 pairs");
            double threshold = org.lagebild.stories.dedup.DuplicateDetector.DEFAULT_THRESHOLD;
            // the engine compares articles' clean text: the pairs' texts go through the same extraction first
            var extractor = new org.lagebild.extract.ArticleExtractor();
            var r = org.lagebild.stories.eval.DuplicateEvaluation.run(d, threshold, (text, lang) -> {
                try {
                    return extractor.extract(new org.lagebild.ingest.SourceRecord("semeval", "text",
                            org.lagebild.ingest.SourceRecord.TEXT_PLAIN, text, null, null, null, null, lang, null, "UTF-8", null)).text();
                } catch (org.lagebild.extract.ExtractionException e) {
                    return ""; // nothing left to compare, as the engine stores no article for it
                }
            });
            var raw = org.lagebild.stories.eval.DuplicateEvaluation.run(d, threshold);
            PrintWriter out = spec.commandLine().getOut();
            out.println("texts: clean, as the engine compares them (extracted as plain text); the table and the JSON are of these");
            out.println(r.sweepTable());
            out.println(String.format(java.util.Locale.ROOT,
                    "at %.2f, texts as published (no extraction): de-de tp %d fp %d; same-language tp %d fp %d (clean: %d/%d, %d/%d)",
                    threshold, raw.sweepDe().get(threshold).tp(), raw.sweepDe().get(threshold).fp(),
                    raw.sweepSameLanguage().get(threshold).tp(), raw.sweepSameLanguage().get(threshold).fp(),
                    r.sweepDe().get(threshold).tp(), r.sweepDe().get(threshold).fp(),
                    r.sweepSameLanguage().get(threshold).tp(), r.sweepSameLanguage().get(threshold).fp()));
            if (sameStory) {
                var s = org.lagebild.stories.eval.SameStoryEvaluation.run(dir, new RawAnnotator(),
                        org.lagebild.stories.cluster.ClusterConfig.defaults());
                out.println("same story by the story clusterer: " + s.toJson());
            }
            out.println(r.toJson());
            return 0;
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = {"Story clustering: GVA incidents and ECB+ topics, pairwise and B-cubed precision, recall and F1,",
                    "on a development split (used to set the weights) and a test split (incidents and topics never looked at)."})
    static final class Stories implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--gva", paramLabel = "DIR", description = "Laid out like ../shared/data/gva-incidents-casualty-counts-en.")
        Path gva;
        @Option(names = "--ecbplus", paramLabel = "DIR", description = "Laid out like ../shared/data/ecbplus-event-clusters-en.")
        Path ecbplus;
        @Option(names = "--dates", paramLabel = "MODE", defaultValue = "given",
                description = {"Publication dates: given (each corpus's own: GVA its days, ECB+ none), inferred (hidden, inferred from",
                        "the text as ingest does, used as the engine uses them; also prints DEV for other rules), none (hidden, no day).",
                        "Default: ${DEFAULT-VALUE}"})
        String dates;
        @Option(names = "--today", paramLabel = "DATE", defaultValue = "2026-11-24",
                description = "With --dates inferred or none: the reference day the dates are inferred on. Default: ${DEFAULT-VALUE}")
        java.time.LocalDate today;

        @Override
        public Integer call() throws Exception {
            if (gva == null && ecbplus == null) {
                throw new IllegalArgumentException("give --gva DIR, --ecbplus DIR or both");
            }
            org.lagebild.stories.eval.StoryEvaluation.Dates mode;
            try {
                mode = org.lagebild.stories.eval.StoryEvaluation.Dates.parse(dates);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--dates must be given, inferred or none: " + dates);
            }
            RawAnnotator.Buffer buffer = new RawAnnotator.Buffer();
            org.lagebild.stories.eval.StoryEvaluation.run(gva == null ? null : existing(gva, "GVA data"),
                    ecbplus == null ? null : existing(ecbplus, "ECB+ data"),
                    mode == org.lagebild.stories.eval.StoryEvaluation.Dates.GIVEN ? new RawAnnotator() : new RawAnnotator(today),
                    org.lagebild.stories.cluster.ClusterConfig.defaults(), mode, buffer.out);
            buffer.copyTo(spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "killed", mixinStandardHelpOptions = true,
            description = {"Casualty counts on GVA incidents: each incident's articles are one story, its \"killed\" facts give the",
                    "number killed (repeated tolls are not summed), compared with the gold num_killed. DEV and TEST halves by incident."})
    static final class Killed implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--gva", paramLabel = "DIR", defaultValue = "../shared/data/gva-incidents-casualty-counts-en",
                description = "Laid out like ../shared/data/gva-incidents-casualty-counts-en. Default: ${DEFAULT-VALUE}")
        Path gva;

        @Override
        public Integer call() throws Exception {
            RawAnnotator.Buffer buffer = new RawAnnotator.Buffer();
            org.lagebild.stories.eval.KilledCountEvaluation.run(existing(gva, "GVA data"), new RawAnnotator(), buffer.out);
            buffer.copyTo(spec.commandLine().getOut());
            return 0;
        }
    }
}
