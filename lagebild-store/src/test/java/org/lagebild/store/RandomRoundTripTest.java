package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Argument;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.DateSource;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;
import org.lagebild.model.Layer;
import org.lagebild.model.MetaField;
import org.lagebild.model.Modality;
import org.lagebild.model.Provenance;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Quantity;
import org.lagebild.model.Quote;
import org.lagebild.model.RemovedText;
import org.lagebild.model.Sentence;
import org.lagebild.model.Source;
import org.lagebild.model.Span;
import org.lagebild.model.TimeExpression;
import org.lagebild.model.TimexType;
import org.lagebild.model.Token;

/** Random documents, odd characters and odd numbers included, come back equal. */
class RandomRoundTripTest {
    static final String CHARS = "aäöüßzAZ 0.,;:\"'\\\n\t«»€😀\u0000\u200b/<>&{}[]";
    static final Double[] ODD = {null, 0.0, -0.0, 1e308, 4.9e-324, Double.NaN, Double.POSITIVE_INFINITY, 1.0 / 3};

    static String text(Random r, int max) {
        StringBuilder b = new StringBuilder();
        int[] cps = CHARS.codePoints().toArray(); // whole code points: no lone surrogates
        for (int n = r.nextInt(max + 1); n > 0; n--) {
            b.appendCodePoint(cps[r.nextInt(cps.length)]);
        }
        return b.toString();
    }

    static <T> T maybe(Random r, T s) {
        return r.nextInt(3) == 0 ? null : s;
    }

    static Span span(Random r, int len) {
        int a = r.nextInt(len + 1);
        return new Span(a, a + r.nextInt(len - a + 1));
    }

    static Document random(Random r, int i) {
        String body = text(r, 300);
        int len = body.length();
        Provenance p = new Provenance(text(r, 5), text(r, 5), r.nextInt(4) - 1);
        LocalDate day = r.nextBoolean() ? null : LocalDate.of(1900 + r.nextInt(200), 1 + r.nextInt(12), 1 + r.nextInt(28));
        PublicationDate pd = day == null ? PublicationDate.UNKNOWN
                : new PublicationDate(day, maybe(r, day), maybe(r, day), DateSource.values()[r.nextInt(5)], text(r, 4),
                        r.nextDouble(), maybe(r, text(r, 10)));
        List<Block> blocks = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int k = r.nextInt(4); k > 0; k--) {
            blocks.add(new Block(BlockType.values()[r.nextInt(BlockType.values().length)], span(r, len)));
            sentences.add(new Sentence(sentences.size(), span(r, len)));
            tokens.add(new Token(span(r, len), r.nextInt(3)));
            times.add(new TimeExpression(span(r, len), text(r, 8), TimexType.values()[r.nextInt(4)],
                    maybe(r, text(r, 6)), maybe(r, "END"), maybe(r, "DCT"), r.nextBoolean(), p));
            Double v = ODD[r.nextInt(ODD.length)];
            quantities.add(new Quantity(span(r, len), text(r, 8), v, null, v == null || v.isNaN() ? null : v,
                    r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), maybe(r, "bis zu"), maybe(r, text(r, 4)),
                    maybe(r, text(r, 4)), maybe(r, text(r, 6)), p));
            mentions.add(new EntityMention(span(r, len), text(r, 8), EntityType.values()[r.nextInt(6)],
                    maybe(r, "Q" + r.nextInt(99)), maybe(r, text(r, 8)), r.nextDouble(), p));
            Argument arg = maybe(r, new Argument(span(r, len), text(r, 5), maybe(r, "Q1"), maybe(r, text(r, 5))));
            Quote quote = new Quote(span(r, len), text(r, 20), arg, maybe(r, "sagte"), r.nextBoolean(), p);
            quotes.add(quote);
            claims.add(new Claim("c" + claims.size(), ClaimKind.values()[r.nextInt(3)], span(r, len), r.nextInt(5),
                    maybe(r, text(r, 6)), maybe(r, text(r, 6)), arg, maybe(r, arg), maybe(r, quantities.get(0)),
                    maybe(r, arg), maybe(r, times.get(0)),
                    maybe(r, List.of(new Source(maybe(r, span(r, len)), text(r, 5), maybe(r, "Q2"), maybe(r, "n"),
                            "agency"))),
                    Modality.values()[r.nextInt(Modality.values().length)], maybe(r, List.of(text(r, 4))),
                    maybe(r, quote), p));
        }
        Article a = new Article("r-" + i, text(r, 10), "html", maybe(r, "https://r.example/" + i), maybe(r, text(r, 20)),
                body, blocks, List.of(new RemovedText(text(r, 20), "x", "y", r.nextInt(9) - 1)),
                List.of(new MetaField(text(r, 4), text(r, 9), "meta")), maybe(r, "de-AT"), maybe(r, text(r, 8)),
                maybe(r, text(r, 8)), pd);
        return new Document(a, EnumSet.of(Layer.TEXT, Layer.values()[r.nextInt(Layer.values().length)]),
                maybe(r, "de"), r.nextBoolean() ? Double.NaN : r.nextDouble(), maybe(r, day), sentences, tokens, times,
                quantities, mentions, quotes, claims);
    }

    static String visible(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7e ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    /** Names the record components that differ, recursively, to make a failure readable. */
    static String difference(Object a, Object b) {
        if (java.util.Objects.equals(a, b)) {
            return "";
        }
        if (a instanceof Record && b instanceof Record && a.getClass() == b.getClass()) {
            StringBuilder out = new StringBuilder();
            for (var c : a.getClass().getRecordComponents()) {
                try {
                    Object x = c.getAccessor().invoke(a);
                    Object y = c.getAccessor().invoke(b);
                    if (!java.util.Objects.equals(x, y)) {
                        String inner = difference(x, y);
                        out.append(c.getName()).append(inner.isEmpty() || !(x instanceof Record) ? ": " + x + " != " + y
                                : "." + inner).append("; ");
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out.toString();
        }
        return a + " != " + b;
    }

    @Test
    void randomDocumentsComeBackEqual(@TempDir Path dir) throws Exception {
        Random r = new Random(11);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            docs.add(random(r, i));
        }
        try (Store store = Store.open(dir)) {
            BatchResult result = store.put(docs);
            for (int i = 0; i < docs.size(); i++) {
                PutResult pr = result.results().get(i);
                if (pr.outcome() == Outcome.INGESTED) {
                    Document back = store.document(pr.id()).orElseThrow();
                    assertEquals(docs.get(i), back, "document " + i + ": " + visible(difference(docs.get(i), back)));
                }
            }
            assertEquals(result.count(Outcome.INGESTED), store.stats().indexed());
        }
    }
}
