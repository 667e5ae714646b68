package org.lagebild.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The story routes over the five seeds, which form one story: list, filters, paging, one story, errors. */
class StoryApiTest {
    private static WebServer server;
    private static JsonNode seedStory;

    @BeforeAll
    static void start() {
        server = Seeds.server();
        seedStory = Http.get(server, "/api/stories/" + storyId(server)).json();
    }

    /** The seeds' story: the largest one (the seeds form one story; later tests may add small ones). */
    static String storyId(WebServer s) {
        JsonNode best = null;
        for (JsonNode st : Http.get(s, "/api/stories?limit=500").json().get("items")) {
            if (best == null || st.get("articles").asInt() > best.get("articles").asInt()) {
                best = st;
            }
        }
        assertNotNull(best, "the seeds form a story");
        return best.get("id").asText();
    }

    @Test
    void theSeedsStoryListsAllItsArticles() {
        // how many seeds join one story is the engine's to test; here: the story shows all of its articles
        assertTrue(seedStory.get("articles").asInt() >= 2, seedStory.toString());
        assertFalse(seedStory.get("title").asText().isBlank());
        assertTrue(seedStory.get("actors").size() > 0, "main actors");
        assertTrue(seedStory.get("sources").asInt() >= 1, seedStory.toString());
        JsonNode page = seedStory.get("articlePage");
        assertEquals(seedStory.get("articles").asInt(), page.get("total").asInt());
        List<String> dates = new ArrayList<>();
        for (JsonNode a : page.get("items")) {
            assertEquals(200, Http.get(server, "/api/articles/" + a.get("id").asText()).status());
            if (!a.get("published").isNull()) {
                dates.add(a.get("published").asText());
            }
        }
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "articles in publication order");
    }

    @Test
    void pagesThroughTheStoryArticles() {
        String id = seedStory.get("id").asText();
        JsonNode p1 = Http.get(server, "/api/stories/" + id + "?limit=2").json().get("articlePage");
        JsonNode p2 = Http.get(server, "/api/stories/" + id + "?limit=2&offset=2").json().get("articlePage");
        assertEquals(2, p1.get("items").size());
        assertEquals(seedStory.get("articlePage").get("items").get(2).get("id"), p2.get("items").get(0).get("id"));
    }

    @Test
    void listsWithFiltersAndPaging() {
        JsonNode all = Http.get(server, "/api/stories").json();
        assertTrue(all.get("total").asLong() >= 1);
        assertEquals(all.get("total").asLong() > all.get("items").size(), all.get("more").asBoolean());
        String id = seedStory.get("id").asText();

        String outlet = seedStory.get("outlets").get(0).asText();
        assertTrue(ids("/api/stories?source=" + enc(outlet)).contains(id), "filter by outlet " + outlet);
        assertFalse(ids("/api/stories?source=no-such-outlet.example").contains(id));
        assertTrue(ids("/api/stories?lang=de").contains(id));
        assertFalse(ids("/api/stories?lang=sw").contains(id));
        LocalDate first = LocalDate.parse(seedStory.get("first").asText());
        LocalDate last = LocalDate.parse(seedStory.get("last").asText());
        assertTrue(ids("/api/stories?from=" + first + "&to=" + last).contains(id));
        assertFalse(ids("/api/stories?from=" + last.plusDays(1)).contains(id), "ended before from");
        assertFalse(ids("/api/stories?to=" + first.minusDays(1)).contains(id), "starts after to");
        JsonNode actor = seedStory.get("actors").get(0);
        String key = actor.get("id").isNull() ? actor.get("name").asText() : actor.get("id").asText();
        assertTrue(ids("/api/stories?entity=" + enc(key)).contains(id), "filter by entity " + key);
        assertTrue(ids("/api/stories?entity=" + enc(actor.get("name").asText())).contains(id), "by entity name");
        assertFalse(ids("/api/stories?entity=no-such-entity-xyz").contains(id));

        JsonNode filtered = Http.get(server, "/api/stories?lang=de&limit=1").json();
        assertEquals(1, filtered.get("limit").asInt());
        assertTrue(filtered.get("items").size() <= 1);
        if (!filtered.get("more").asBoolean()) {
            assertEquals(filtered.get("items").size(), filtered.get("total").asInt(), "last page: total is exact");
        }
    }

    @Test
    void articlesNameTheirStoryAndEntitiesTheirStories() {
        String id = seedStory.get("id").asText();
        String article = seedStory.get("articlePage").get("items").get(0).get("id").asText();
        JsonNode a = Http.get(server, "/api/articles/" + article).json();
        assertEquals(id, a.get("story").get("id").asText(), a.get("story").toString());
        assertTrue(a.get("nearDuplicates").isArray());
        JsonNode actor = seedStory.get("actors").get(0);
        String key = actor.get("id").isNull() ? actor.get("name").asText() : actor.get("id").asText();
        JsonNode e = Http.get(server, "/api/entities/" + enc(key)).json();
        Set<String> stories = new HashSet<>();
        e.get("stories").forEach(s -> stories.add(s.get("id").asText()));
        assertTrue(stories.contains(id), e.get("stories").toString());
    }

    @Test
    void factsCarryEvidenceThatTheArticlePageCanAnchor() {
        JsonNode f = Http.get(server, "/api/stories/" + seedStory.get("id").asText() + "/facts").json();
        assertEquals(seedStory.get("id").asText(), f.get("story").asText());
        assertTrue(f.get("facts").size() > 0, f.toString());
        boolean figure = false;
        for (JsonNode fact : f.get("facts")) {
            assertTrue(fact.get("independentSources").isInt(), fact.toString());
            assertTrue(fact.get("evidence").size() >= 1, fact.toString());
            figure |= !fact.get("min").isNull() || !fact.get("max").isNull();
            for (JsonNode e : fact.get("evidence")) {
                assertClaimExists(e);
            }
        }
        assertTrue(figure, "the seeds state figures");
    }

    @Test
    void timelineEventsHaveTimeSpansAndLinkToClaims() {
        JsonNode t = Http.get(server, "/api/stories/" + seedStory.get("id").asText() + "/timeline").json();
        JsonNode events = t.get("events");
        assertTrue(events.size() >= 3, t.toString());
        boolean valued = false;
        for (JsonNode ev : events) {
            LocalDate start = LocalDate.parse(ev.get("start").asText());
            assertFalse(LocalDate.parse(ev.get("end").asText()).isBefore(start), ev.toString());
            assertFalse(ev.get("evidence").isEmpty(), ev.toString());
            valued |= !ev.get("value").isNull() || !ev.get("min").isNull() || !ev.get("max").isNull();
            for (JsonNode e : ev.get("evidence")) {
                assertClaimExists(e);
            }
        }
        assertTrue(valued, "some events carry figures");
    }

    /** The evidence's claim is one of its article's claims, so /article/A#claim-C resolves. */
    private static void assertClaimExists(JsonNode evidence) {
        JsonNode a = Http.get(server, "/api/articles/" + evidence.get("article").asText()).json();
        Set<String> claims = new HashSet<>();
        a.get("claims").forEach(c -> claims.add(c.get("id").asText()));
        assertTrue(claims.contains(evidence.get("claim").asText()), evidence + " not among " + claims);
    }

    @Test
    void aSyndicatedCopyIsMarkedOnBothArticlesAndInItsStory() {
        String copy = Seeds.syndicatedCopy();
        String original = null;
        for (JsonNode a : Http.get(server, "/api/articles?limit=500").json().get("items")) {
            if (a.get("input").asText().endsWith(Seeds.SYNDICATED)) {
                original = a.get("id").asText();
            }
        }
        assertNotNull(original);
        JsonNode c = Http.get(server, "/api/articles/" + copy).json();
        JsonNode copyDups = c.get("nearDuplicates");
        assertEquals(1, copyDups.size(), copyDups.toString());
        assertEquals(original, copyDups.get(0).get("id").asText());
        assertTrue(copyDups.get(0).get("first").asBoolean(), "the original is the group's first");

        JsonNode o = Http.get(server, "/api/articles/" + original).json();
        JsonNode originalDups = o.get("nearDuplicates");
        assertEquals(1, originalDups.size(), originalDups.toString());
        assertEquals(copy, originalDups.get(0).get("id").asText());
        assertFalse(originalDups.get(0).get("first").asBoolean());
        assertTrue(originalDups.get(0).get("similarity").asDouble() > 0.5, originalDups.toString());

        String story = c.get("story").get("id").asText();
        assertEquals(story, o.get("story").get("id").asText(), "the copy joins its original's story");
        boolean marked = false;
        for (JsonNode a : Http.get(server, "/api/stories/" + story).json().get("articlePage").get("items")) {
            if (a.get("id").asText().equals(copy)) {
                assertEquals(original, a.get("copyOf").asText());
                marked = true;
            } else {
                assertTrue(a.get("copyOf").isNull(), a.toString());
            }
        }
        assertTrue(marked, "the copy is listed in its story");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/stories?limit=abc", "/api/stories?limit=0", "/api/stories?offset=-3",
        "/api/stories?from=2024-13-01", "/api/stories?to=yesterday", "/api/stories?from=2025-05-01&to=2025-04-01",
        "/api/stories?lang=deutsch1", "/api/stories/ID?limit=x", "/api/stories/ID?offset=1.5"})
    void malformedParametersGive400(String target) {
        Http.Response r = Http.get(server, target.replace("ID", seedStory.get("id").asText()));
        assertEquals(400, r.status(), target + " -> " + r.body());
        assertFalse(r.json().get("error").asText().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/stories/s-0000000000", "/api/stories/%3Cscript%3E", "/api/stories/nope/facts",
        "/api/stories/nope/timeline", "/story/s-0000000000"})
    void unknownStoriesGive404(String target) {
        Http.Response r = Http.get(server, target);
        assertEquals(404, r.status(), target + " -> " + r.body());
        if (target.startsWith("/api/")) {
            assertTrue(r.json().has("error"), r.body());
        }
    }

    private static Set<String> ids(String target) {
        Http.Response r = Http.get(server, target);
        assertEquals(200, r.status(), target + " -> " + r.body());
        Set<String> out = new HashSet<>();
        r.json().get("items").forEach(s -> out.add(s.get("id").asText()));
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
