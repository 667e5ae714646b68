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
    void aCutFeedIsOneProblemNamingTheFile() {
        byte[] cut = Arrays.copyOf(FEED.getBytes(StandardCharsets.UTF_8), 400);
        CollectingSink sink = read("cut.xml", cut);
        assertEquals("cut.xml", sink.onlyProblem().input());
        assertTrue(sink.onlyProblem().reason().startsWith("malformed feed: "), sink.onlyProblem().reason());
    }
}
