package org.lagebild.entities.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.lagebild.model.EntityType;
import org.junit.jupiter.api.Test;

class MediaTest {
    private final Media media = Media.load();
    private final KnowledgeBase kb = KnowledgeBase.load();

    @Test
    void examplesInTheRuleFileHold() throws IOException {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Media.class.getResourceAsStream("/org/lagebild/entities/kb/media.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("# example\t")) {
                    String[] f = line.split("\t");
                    Optional<Entity> e = kb.byId(f[1]);
                    String type = e.map(x -> x.type().name()).orElse(EntityType.ORG.name());
                    Optional<Media.Kind> got = media.kindOf(e.isPresent() ? f[1] : null, f[1], type);
                    assertEquals(f[2], got.map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("-"), line);
                    n++;
                }
            }
        }
        assertTrue(n >= 10, "examples: " + n);
    }

    @Test
    void everyOutletIsAMediumAndNothingElseIsButByItsId() {
        int outlets = 0;
        for (Entity e : kb.entities()) {
            boolean outlet = e.source().startsWith("outlets.tsv:");
            boolean medium = media.isMedium(e.id(), e.name("en"), e.type().name());
            if (outlet) {
                outlets++;
                assertTrue(medium, "outlet without a media kind (add a role row to media.tsv): " + e);
            } else if (!e.id().equals("lb:org:telegram")) {
                assertFalse(medium, "not an outlet but a medium: " + e);
            }
        }
        assertTrue(outlets >= 70, "outlets: " + outlets);
        assertEquals(media.knownMedia().size(), outlets + 1);
    }

    @Test
    void aKnownEntityIsJudgedByTheKnowledgeBaseNotByItsName() {
        assertFalse(media.isMedium("lb:org:fbi", "FBI News", "ORG"));
        assertFalse(media.isMedium(null, "Fox News", "PER"), "a person is no medium");
        assertTrue(media.isMedium(null, "Fox News", "ORG"));
        assertTrue(media.isMedium("lb:auto:org:wkrn-news", "WKRN News", "ORG"));
        assertEquals(Optional.of(Media.Kind.PLATFORM), media.kindOf("lb:org:instagram", "Instagram", "ORG"));
    }

    @Test
    void aMalformedRuleFails() {
        assertThrows(KnowledgeBaseException.class, () -> Media.read(kb, new BufferedReader(new StringReader(
                "kind\tmatch\tvalue\nchannel\trole\tsender\n")), "t"));
        assertThrows(KnowledgeBaseException.class, () -> Media.read(kb, new BufferedReader(new StringReader(
                "platform\tid\tlb:org:nowhere\n")), "t"));
        assertThrows(KnowledgeBaseException.class, () -> Media.read(kb, new BufferedReader(new StringReader(
                "outlet\twhatever\tnews\n")), "t"));
    }
}
