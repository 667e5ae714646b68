package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A feed with one bad item, and a cut feed (docs/BAD-INPUT.md): the item is named, the others kept. */
class FeedBadItemsTest {

    private static final String FEED = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>t</title>
            <item><title>Gut eins</title><description>Der Bundestag hat am Montag ein Gesetz beschlossen.</description><link>http://x.example/f1</link><pubDate>Mon, 14 Oct 2024 10:00:00 GMT</pubDate></item>
            <item><title>Kaputt</title><description></description><link>not a url</link><pubDate>gestern irgendwann</pubDate></item>
            <item><title>Gut zwei</title><description>Die Regierung in Berlin kündigte am Dienstag Hilfen an.</description><link>http://x.example/f2</link></item>
            </channel></rss>
            """;

    private static CollectingSink read(String name, byte[] bytes) {
        CollectingSink sink = new CollectingSink();
        new InputReader(InputOptions.defaults()).read(name, new ByteArrayInputStream(bytes), sink);
        return sink;
    }

    @Test
    void oneBadItemIsNamedAndTheOthersAreKept() {
        CollectingSink sink = read("feed.xml", FEED.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("feed.xml#1", "feed.xml#3"), sink.records.stream().map(SourceRecord::input).toList());
        assertEquals(new InputProblem("feed.xml#2", "item has neither content nor description"), sink.onlyProblem());
    }

    @Test
    void aFeedCutShortKeepsItsCompleteItems() {
        byte[] bytes = FEED.getBytes(StandardCharsets.UTF_8);
        int afterSecond = FEED.indexOf("</item>", FEED.indexOf("</item>") + 1) + "</item>".length();
        CollectingSink sink = read("cut.xml", Arrays.copyOf(bytes, afterSecond + 30));
        assertEquals(List.of("cut.xml#1"), sink.records.stream().map(SourceRecord::input).toList());
        assertEquals(2, sink.problems.size(), sink.problems.toString());
        assertEquals("cut.xml", sink.problems.get(0).input());
        assertTrue(sink.problems.get(0).reason().startsWith("feed cut short: the 2 complete items before the break are read ("),
                sink.problems.get(0).reason());
        assertEquals("cut.xml#2", sink.problems.get(1).input(), "the bad item is still named");
    }

    @Test
    void aFeedCutBeforeItsFirstItemIsOneProblem() {
        byte[] cut = Arrays.copyOf(FEED.getBytes(StandardCharsets.UTF_8), 80);
        CollectingSink sink = read("cut.xml", cut);
        assertEquals(List.of(), sink.records);
        assertEquals("cut.xml", sink.onlyProblem().input());
        assertTrue(sink.onlyProblem().reason().startsWith("malformed feed: "), sink.onlyProblem().reason());
    }

    @Test
    void anAtomFeedCutShortKeepsItsCompleteEntries() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2024-10-14T10:00:00Z</updated>
                <entry><title>Eins</title><id>urn:1</id><updated>2024-10-14T10:00:00Z</updated><summary>Der Bundestag hat beschlossen.</summary></entry>
                <entry><title>Zwei</title><id>urn:2</id><updated>2024-10-14T11:00:00Z</updated><summary>Die Regierung kündigte an
                """;
        CollectingSink sink = read("cut.atom", atom.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("cut.atom#1"), sink.records.stream().map(SourceRecord::input).toList());
        assertTrue(sink.onlyProblem().reason().startsWith("feed cut short: the 1 complete item before"), sink.onlyProblem().reason());
    }

    @Test
    void aFeedBrokenInTheMiddleKeepsTheItemsBeforeAndAfterTheBreak() {
        String broken = FEED.replace("<title>Kaputt</title><description></description>",
                "<title>Kaputt & kaputt</title><description>Ein Satz.</description>");
        CollectingSink sink = read("broken.xml", broken.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("broken.xml#1", "broken.xml#3"), sink.records.stream().map(SourceRecord::input).toList());
        assertEquals("t", sink.records.get(1).source(), "the feed's head is read too");
        assertEquals("broken.xml#2", sink.onlyProblem().input());
        assertTrue(sink.onlyProblem().reason().startsWith("malformed item, left out: "), sink.onlyProblem().reason());
    }

    @Test
    void anAtomFeedBrokenInTheMiddleAndCutShortNamesBoth() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2024-10-14T10:00:00Z</updated>
                <entry><title>Eins</title><id>urn:1</id><updated>2024-10-14T10:00:00Z</updated><summary>Der Bundestag hat beschlossen.</summary></entry>
                <entry><title>Zwei</title><id>urn:2</id><updated>2024-10-14T11:00:00Z</updated><summary>A <b>kaputt</summary></entry>
                <entry><title>Drei</title><id>urn:3</id><updated>2024-10-14T12:00:00Z</updated><summary>Die Regierung kündigte an.</summary></entry>
                <entry><title>Vier</title><id>urn:4</id><updated>2024-10-14T13:00:00Z</updated><summary>Die Regierung
                """;
        CollectingSink sink = read("both.atom", atom.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("both.atom#1", "both.atom#3"), sink.records.stream().map(SourceRecord::input).toList());
        assertEquals(List.of("both.atom", "both.atom#2"), sink.problems.stream().map(InputProblem::input).toList());
        assertTrue(sink.problems.get(0).reason().startsWith("feed cut short: the 3 complete items before the break"),
                sink.problems.get(0).reason());
    }

    @Test
    void twoBrokenItemsAmongTwentyAreNamedAndTheOtherEighteenKeptInOrder() {
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>t</title>\n");
        for (int i = 1; i <= 20; i++) {
            String title = i == 3 || i == 17 ? "Kaputt & kaputt" : "Gut " + i;
            feed.append("<item><title>").append(title).append("</title><description>Der Bundestag beschloss Gesetz ")
                    .append(i).append(".</description></item>\n");
        }
        feed.append("</channel></rss>\n");
        CollectingSink sink = read("twenty.xml", feed.toString().getBytes(StandardCharsets.UTF_8));
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            if (i != 3 && i != 17) {
                expected.add("twenty.xml#" + i);
            }
        }
        assertEquals(expected, sink.records.stream().map(SourceRecord::input).toList());
        assertEquals(List.of("twenty.xml#3", "twenty.xml#17"), sink.problems.stream().map(InputProblem::input).toList());
        assertTrue(sink.records.get(2).content().contains("Gesetz 4."), sink.records.get(2).content());
    }
}
