package org.lagebild.extract;

import java.io.Reader;
import java.io.StringReader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.CharacterReader;
import org.jsoup.parser.Parser;

/**
 * Parses a page with jsoup, tracking source positions ({@link org.jsoup.nodes.Node#sourceRange()}: removed
 * text and blocks record where they stood) but not line numbers, which nothing here reads. jsoup turns on
 * both together, and its line bookkeeping rescans the read buffer for line breaks at every refill, a good
 * part of the parse time on long pages. The same steps as {@link Jsoup#parse(String, String, Parser)} are
 * run through jsoup's package-private tree builder, with the reader's line tracking turned off after setup;
 * positions and tree are the same (test). When a jsoup version lacks those members, pages are parsed the
 * plain way (slower, same result). Thread-safe: every call builds its own parser.
 */
final class HtmlParsing {
    private static final Steps STEPS = Steps.find();

    private HtmlParsing() {
    }

    /** The parsed page with source positions tracked. */
    static Document parse(String html, String baseUri) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        if (STEPS == null) {
            return Jsoup.parse(html, baseUri, parser);
        }
        return STEPS.parse(parser, html, baseUri);
    }

    /** True when parsing skips the line bookkeeping (false only with an incompatible jsoup). */
    static boolean withoutLineTracking() {
        return STEPS != null;
    }

    /** Handles on the tree builder's setup, run, reader and document. */
    private record Steps(MethodHandle initialise, MethodHandle run, MethodHandle reader, MethodHandle document) {

        static Steps find() {
            try {
                Class<?> builder = Class.forName("org.jsoup.parser.TreeBuilder");
                MethodHandles.Lookup l = MethodHandles.privateLookupIn(builder, MethodHandles.lookup());
                return new Steps(
                        l.findVirtual(builder, "initialiseParse",
                                MethodType.methodType(void.class, Reader.class, String.class, Parser.class)),
                        l.findVirtual(builder, "runParser", MethodType.methodType(void.class)),
                        l.findGetter(builder, "reader", CharacterReader.class),
                        l.findGetter(builder, "doc", Document.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // another jsoup layout: parse the plain way
            }
        }

        Document parse(Parser parser, String html, String baseUri) {
            Object builder = parser.getTreeBuilder();
            try {
                initialise.invoke(builder, (Reader) new StringReader(html), baseUri, parser);
                ((CharacterReader) reader.invoke(builder)).trackNewlines(false);
                run.invoke(builder);
                return (Document) document.invoke(builder);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("jsoup parse failed", t);
            }
        }
    }
}
