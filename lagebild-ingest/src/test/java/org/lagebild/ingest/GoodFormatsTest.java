package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoodFormatsTest {

    private final InputReader reader = new InputReader(InputOptions.defaults());

    private CollectingSink read(String name) throws IOException {
        CollectingSink sink = new CollectingSink();
        try (InputStream in = TestFiles.stream(name)) {
            reader.read(name, in, sink);
        }
        assertTrue(sink.problems.isEmpty(), () -> "problems: " + sink.problems);
        return sink;
    }

    @Test
    void plainTextSampleIsOneRecord() throws IOException {
        Path sample = Path.of("../samples/000_4d7b7c7852ea0801.txt");
        CollectingSink sink = new CollectingSink();
        reader.read(List.of(sample.toString()), sink);
        SourceRecord r = sink.only();
        assertEquals(sample.toString(), r.input());
        assertEquals("text", r.format());
        assertEquals("text/plain", r.contentType());
        assertEquals("UTF-8", r.charset());
        assertEquals(Files.readString(sample), r.content());
        assertTrue(r.content().contains("verkündet"));
        assertNull(r.url());
        assertNull(r.published());
    }

    @Test
    void htmlPage() throws IOException {
        SourceRecord r = read("good/page.html").only();
        assertEquals("good/page.html", r.input());
        assertEquals("html", r.format());
        assertEquals("text/html", r.contentType());
        assertTrue(r.isHtml());
        assertEquals("UTF-8", r.charset());
        assertTrue(r.content().startsWith("<!DOCTYPE html>"));
        assertTrue(r.content().contains("Ölpreis steigt") && r.content().contains("Straße von Hormus"));
    }

    @Test
    void gzippedHtmlWithoutExtensionIsSniffed() throws IOException {
        SourceRecord r = read("good/page-html-without-extension.gz").only();
        assertEquals("html", r.format());
        assertTrue(r.content().contains("Ölpreis"));
    }

    @Test
    void jsonLines() throws IOException {
        CollectingSink sink = read("good/articles.jsonl");
        assertEquals(3, sink.records.size());
        SourceRecord a1 = sink.records.get(0);
        assertEquals(new SourceRecord("good/articles.jsonl:1", "jsonl", "text/plain",
                "München (dpa) – Das Hochwasser in Bayern hat sich weiter ausgebreitet.",
                "https://example.org/a1", "Hochwasser in Bayern", "2024-06-02T10:15:00+02:00", "dpa", "de", "a1",
                "UTF-8", null), a1);
        SourceRecord a2 = sink.records.get(1);
        assertEquals("good/articles.jsonl:3", a2.input(), "blank line 2 is skipped but counted");
        assertEquals("text/html", a2.contentType());
        assertEquals("<p>Köln – Die Straßenbahn fährt wieder.</p>", a2.content());
        SourceRecord a3 = sink.records.get(2);
        assertEquals("good/articles.jsonl:4", a3.input());
        assertEquals("en", a3.language());
        assertNull(a3.id());
    }

    @Test
    void gzippedJsonLines() throws IOException {
        CollectingSink sink = read("good/articles.jsonl.gz");
        assertEquals(3, sink.records.size());
        assertEquals("good/articles.jsonl.gz:1", sink.records.get(0).input());
        assertEquals("Hochwasser in Bayern", sink.records.get(0).title());
    }

    @Test
    void rss2Feed() throws IOException {
        CollectingSink sink = read("good/feed.rss");
        assertEquals(2, sink.records.size());
        SourceRecord first = sink.records.get(0);
        assertEquals("good/feed.rss#1", first.input());
        assertEquals("rss", first.format());
        assertEquals("text/html", first.contentType());
        assertEquals("<p>Ein Großbrand hat in der Nacht eine Lagerhalle zerstört. Verletzt wurde niemand.</p>", first.content());
        assertEquals("https://news.example.org/brand", first.url());
        assertEquals("Großbrand in Lagerhalle", first.title());
        assertEquals("2024-06-03T06:30:00Z", first.published());
        assertEquals("Beispiel-Nachrichten", first.source());
        assertEquals("de", first.language());
        assertEquals("https://news.example.org/brand", first.id());
        assertEquals("UTF-8", first.charset());
        SourceRecord second = sink.records.get(1);
        assertEquals("<p>Die Hauptstraße bleibt bis Freitag gesperrt.</p>", second.content());
        assertEquals("2024-06-03T09:00:00Z", second.published());
    }

    @Test
    void atomFeed() throws IOException {
        CollectingSink sink = read("good/feed.atom");
        assertEquals(2, sink.records.size());
        SourceRecord first = sink.records.get(0);
        assertEquals("good/feed.atom#1", first.input());
        assertEquals("<p>The bridge was closed on Monday after engineers found cracks.</p>", first.content());
        assertEquals("text/html", first.contentType());
        assertEquals("https://newsroom.example.com/bridge", first.url());
        assertEquals("2024-06-03T08:00:00Z", first.published());
        assertEquals("Example Newsroom", first.source());
        assertEquals("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", first.id());
        SourceRecord second = sink.records.get(1);
        assertEquals("text/plain", second.contentType());
        assertEquals("The council meets on Tuesday to discuss the budget.", second.content());
        assertEquals("2024-06-03T12:00:00Z", second.published(), "updated stands in for a missing published");
    }

    @Test
    void stdinStyleStream() {
        byte[] text = "Hamburg – Der Hafen meldet Rekordumschlag.\n".getBytes(StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        reader.read("-", new ByteArrayInputStream(text), sink);
        SourceRecord r = sink.only();
        assertEquals("-", r.input());
        assertEquals("text", r.format());
        assertEquals("Hamburg – Der Hafen meldet Rekordumschlag.\n", r.content());
    }

    @Test
    void stdinJsonLinesAreSniffed() {
        byte[] jsonl = "{\"text\": \"eins\"}\n{\"text\": \"zwei\"}\n".getBytes(StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        reader.read("-", new ByteArrayInputStream(TestFiles.gzip(jsonl)), sink);
        assertEquals(List.of("-:1", "-:2"), sink.records.stream().map(SourceRecord::input).toList());
        assertEquals("zwei", sink.records.get(1).content());
    }

    @Test
    void publishedOverrideReplacesGivenDates() throws IOException {
        InputReader overriding = new InputReader(InputOptions.defaults().withPublishedOverride("2024-01-01"));
        CollectingSink sink = new CollectingSink();
        try (InputStream in = TestFiles.stream("good/feed.rss")) {
            overriding.read("feed.rss", in, sink);
        }
        assertTrue(sink.records.stream().allMatch(r -> r.published().equals("2024-01-01")));
    }

    @Test
    void dashInAPathListReadsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("{\"text\": \"von stdin\"}\n".getBytes(StandardCharsets.UTF_8)));
            CollectingSink sink = new CollectingSink();
            reader.read(List.of("-"), sink);
            assertEquals("-:1", sink.only().input());
            assertEquals("von stdin", sink.only().content());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void allBundledSamplesThroughTheDirectory() {
        CollectingSink sink = new CollectingSink();
        reader.read(List.of("../samples"), sink);
        assertEquals(List.of(), sink.problems);
        assertEquals(5, sink.records.size());
        assertTrue(sink.records.get(0).input().startsWith("../samples/000_"));
        assertTrue(sink.records.stream().allMatch(r -> r.format().equals("text") && r.charset().equals("UTF-8")));
    }
}
