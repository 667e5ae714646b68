package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Rome itself refuses DOCTYPEs, so the feed reader is safe even without its own prolog check. */
class FeedSecurityTest {

    @Test
    void romeRefusesDoctypesByDefault() throws IOException {
        SyndFeedInput input = new SyndFeedInput();
        assertFalse(input.isAllowDoctypes(), "Rome 2.x default");
        try (Reader xxe = new InputStreamReader(TestFiles.stream("bad/doctype.rss"), StandardCharsets.UTF_8)) {
            FeedException e = assertThrows(FeedException.class, () -> input.build(xxe));
            String chain = e + " " + e.getCause();
            assertTrue(chain.toLowerCase(java.util.Locale.ROOT).contains("doctype"), chain);
        }
    }

    @Test
    void doctypeAfterCommentIsStillFound() {
        String feed = "<?xml version=\"1.0\"?><!-- c --><!DOCTYPE rss SYSTEM \"http://evil/\"><rss version=\"2.0\"/>";
        CollectingSink sink = new CollectingSink();
        new InputReader(InputOptions.defaults()).read("f.rss",
                new java.io.ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), sink);
        assertTrue(sink.onlyProblem().reason().equals("DOCTYPE not allowed (XXE protection)"));
    }
}
