package org.lagebild.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.lagebild.model.Argument;
import org.lagebild.model.Article;
import org.lagebild.model.ArticleIds;
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

/** Builds documents for tests. */
final class TestDocs {
    private TestDocs() {
    }

    /** A text-only document with a content id. */
    static Document simple(String title, String text, String url, String lang, String publisher, LocalDate day) {
        return simple(ArticleIds.of(title, text), title, text, url, lang, publisher, day);
    }

    static Document simple(String id, String title, String text, String url, String lang, String publisher,
                           LocalDate day) {
        PublicationDate pd = day == null ? null : PublicationDate.stated(day, DateSource.METADATA, "test");
        Article a = new Article(id, url == null ? "test:" + id : url, "text", url, title, text,
                List.of(new Block(BlockType.PARAGRAPH, new Span(0, text.length()))), List.of(), List.of(),
                lang, publisher, null, pd);
        Document d = Document.of(a);
        return lang == null ? d : d.withLanguage(lang, 0.99);
    }

    /** A document with every layer filled, entities found by exact name. */
    static Document full(String title, String text, String url, String publisher, LocalDate day,
                         List<String[]> entities) {
        String id = ArticleIds.of(title, text);
        PublicationDate pd = new PublicationDate(day, day.minusDays(1), day, DateSource.TEXT, "dateline",
                0.75, "Erstellt am " + day);
        Article a = new Article(id, "/tmp/in/" + id + ".html#3", "html", url, title, text,
                List.of(new Block(BlockType.LEAD, new Span(0, text.indexOf('.') + 1)),
                        new Block(BlockType.PARAGRAPH, new Span(text.indexOf('.') + 2, text.length()))),
                List.of(new RemovedText("Lesen Sie auch: mehr", "related-links", "boilerplate.related", 1234),
                        new RemovedText("Bild: dpa", "credit", "credit-line", -1)),
                List.of(new MetaField("author", "Max Muster", "meta:author"),
                        new MetaField("keywords", "Ukraine, Krieg", "meta:keywords")),
                "de-DE", publisher, "Von Max Muster", pd);
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        int idx = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' || i == text.length() - 1) {
                sentences.add(new Sentence(idx, new Span(start, i + 1)));
                int ts = start;
                for (int j = start; j <= i; j++) {
                    if (j == i || text.charAt(j) == ' ') {
                        if (j > ts) {
                            tokens.add(new Token(new Span(ts, j), idx));
                        }
                        ts = j + 1;
                    }
                }
                idx++;
                start = i + 2 > text.length() ? text.length() : i + 2;
                i = start - 1;
            }
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (String[] e : entities) {
            int from = 0;
            int at;
            while ((at = text.indexOf(e[0], from)) >= 0) {
                Span s = new Span(at, at + e[0].length());
                mentions.add(new EntityMention(s, e[0], EntityType.valueOf(e[1]), e[2], e[3], 0.9,
                        new Provenance("entities", "gazetteer", 0)));
                from = at + 1;
            }
        }
        List<TimeExpression> times = List.of(new TimeExpression(new Span(0, 4), text.substring(0, 4), TimexType.DATE,
                day.toString(), null, "DCT", true, new Provenance("time", "weekday", 0)),
                new TimeExpression(new Span(5, 9), text.substring(5, 9), TimexType.DURATION, null, "MORE_THAN", null,
                        false, Provenance.of("time", "fallback")));
        List<Quantity> quantities = List.of(new Quantity(new Span(0, 3), text.substring(0, 3), 5000.0, 5000.0, null,
                false, false, true, "rund", "Soldaten", "Soldat", "nordkoreanische Soldaten",
                new Provenance("quantities", "number-unit", 0)),
                new Quantity(new Span(4, 6), text.substring(4, 6), null, null, null, false, false, false, null, null,
                        null, null, Provenance.of("quantities", "x")));
        return new Document(a, EnumSet.allOf(Layer.class), "de", 0.97, day, sentences, tokens, times, quantities,
                mentions, List.of(), List.of());
    }

    static String[] entity(String text, String type, String id, String name) {
        return new String[] {text, type, id, name};
    }
}
