package org.lagebild.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.lagebild.engine.IngestListener;
import org.lagebild.engine.IngestOptions;
import org.lagebild.engine.IngestSummary;
import org.lagebild.engine.Lagebild;
import org.lagebild.model.Argument;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;
import org.lagebild.model.Modality;
import org.lagebild.model.Provenance;
import org.lagebild.model.Quantity;
import org.lagebild.model.Quote;
import org.lagebild.model.RemovedText;
import org.lagebild.model.Sentence;
import org.lagebild.model.Source;
import org.lagebild.model.Span;
import org.lagebild.store.StoreException;

/**
 * One engine over a temporary data dir with the five seed articles (../samples) ingested, and a
 * server on a free port, shared by every test class of the JVM (ingest loads the models once).
 */
final class Seeds {
    static final Path SAMPLES = Path.of("..", "samples");
    /** A fixed reference day, so that relative dates never depend on the clock. */
    static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    static final String TOKEN = "test-token-0123456789";
    private static Lagebild lb;
    private static WebServer server;
    private static Path dir;

    private Seeds() {
    }

    /** Skips the calling test (with a message) when the samples are absent. */
    static synchronized WebServer server() {
        assumeTrue(Files.isDirectory(SAMPLES), "seed samples not found at " + SAMPLES.toAbsolutePath() + "; skipping");
        if (server == null) {
            try {
                dir = Files.createTempDirectory("lagebild-web-test");
                lb = Lagebild.open(dir);
                List<String> files;
                try (Stream<Path> s = Files.list(SAMPLES)) {
                    files = s.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
                }
                IngestSummary sum = lb.ingest(files, IngestOptions.defaults(TODAY).withThreads(2), IngestListener.NONE);
                if (sum.ingested() != files.size()) {
                    throw new IllegalStateException("seeds not ingested: " + sum);
                }
                server = WebServer.start(lb, new WebOptions("127.0.0.1", 0, true, TOKEN, 64 * 1024));
                Runtime.getRuntime().addShutdownHook(new Thread(Seeds::shutdown));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        }
        return server;
    }

    private static boolean demoStored;

    /**
     * Stores (once) a small hand-made document with a quote and two claims, as the claims stages
     * will produce them, and returns its id: the seeds are ingested without those stages.
     */
    static synchronized String claimsDemo() {
        String id = "claims-demo";
        if (demoStored) {
            return id;
        }
        String title = "Kreml bestätigt Truppen";
        String s1 = "Der Kreml-Sprecher sagte: „Es sind 1.000 Soldaten angekommen.“";
        String s2 = "Laut Beobachtern sollen es mehr sein.";
        String text = title + "\n\n" + s1 + " " + s2;
        int p = title.length() + 2;
        Span sent1 = new Span(p, p + s1.length());
        Span sent2 = new Span(sent1.end() + 1, text.length());
        Article a = new Article(id, "claims-demo.txt", "text", null, title, text,
                List.of(new Block(BlockType.TITLE, new Span(0, title.length())), new Block(BlockType.PARAGRAPH, new Span(p, text.length()))),
                List.of(new RemovedText("Teilen auf Facebook", "boilerplate", "test:demo", p)), List.of(), "de", "test.example", null,
                null);
        Span speaker = find(text, "Kreml-Sprecher");
        Span kreml = find(text, "Kreml-");
        kreml = new Span(kreml.start(), kreml.end() - 1);
        Span said = find(text, "Es sind 1.000 Soldaten angekommen.");
        Span number = find(text, "1.000 Soldaten");
        Argument spk = new Argument(speaker, "Kreml-Sprecher", "lb:org:kreml-demo", "Kreml");
        Quote quote = new Quote(said, said.of(text), spk, "sagte", true, new Provenance("quotes", "direct:colon", 1));
        Quantity q = new Quantity(number, "1.000 Soldaten", 1000.0, 1000.0, 1000.0, false, false, false, null, "Soldaten",
                "Soldat", "Soldat", new Provenance("quantities", "number:unit", 1));
        List<Source> chain = List.of(new Source(null, "test.example", null, null, "publisher"),
                new Source(speaker, "Kreml-Sprecher", "lb:org:kreml-demo", "Kreml", "official"));
        Claim c0 = new Claim("c0", ClaimKind.QUANTITY, sent1, 1, "arrive", "angekommen", null, null, q, null, null, chain,
                Modality.REPORTED, List.of("sagte"), quote, new Provenance("claims", "quantity:reported", 1));
        Claim c1 = new Claim("c1", ClaimKind.EVENT, sent2, 2, "arrive", null, null, null, null, null, null,
                List.of(new Source(null, "test.example", null, null, "publisher")), Modality.ALLEGED, List.of("sollen"), null,
                new Provenance("claims", "modality:hedge", 2));
        Document d = Document.of(a).withLanguage("de", 1.0)
                .withSentences(List.of(new Sentence(0, new Span(0, title.length())), new Sentence(1, sent1), new Sentence(2, sent2)))
                .withEntities(List.of(new EntityMention(kreml, "Kreml", EntityType.ORG, "lb:org:kreml-demo", "Kreml", 0.9,
                        new Provenance("entities", "gazetteer", 1))))
                .withQuantities(List.of(q)).withQuotes(List.of(quote)).withClaims(List.of(c0, c1));
        try {
            engine().store().put(List.of(d));
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
        demoStored = true;
        return id;
    }

    private static Span find(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException(part);
        }
        return new Span(i, i + part.length());
    }

    private static String copyId;

    /**
     * Ingests (once) a syndicated copy of seed 001 (another outlet's headline, the last paragraph cut,
     * an agency credit) and returns its id; the story indexer records it as a near-duplicate.
     */
    static synchronized String syndicatedCopy() {
        if (copyId != null) {
            return copyId;
        }
        try {
            String text = Files.readString(SAMPLES.resolve(SYNDICATED), java.nio.charset.StandardCharsets.UTF_8);
            String body = text.substring(text.indexOf('\n') + 1);
            body = body.substring(0, body.lastIndexOf("\n", body.length() - 400));
            String copy = "Bericht: Nordkorea schickt Bataillon nach Kursk\n" + body + "\n(dpa/AFP)\n";
            IngestSummary s = engine().ingest("syndicated-copy.txt",
                    new java.io.ByteArrayInputStream(copy.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    IngestOptions.defaults(TODAY), IngestListener.NONE);
            if (s.ingested() != 1) {
                throw new IllegalStateException("copy not ingested: " + s);
            }
            copyId = engine().store().articles(500, 0).stream().filter(a -> "syndicated-copy.txt".equals(a.input()))
                    .findFirst().orElseThrow().id();
            return copyId;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed the syndicated copy copies. */
    static final String SYNDICATED = "001_251d734086210e73.txt";

    static Lagebild engine() {
        server();
        return lb;
    }

    private static void shutdown() {
        server.stop();
        lb.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }
}
