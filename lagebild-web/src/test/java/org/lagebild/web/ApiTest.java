package org.lagebild.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API over the five seeds: routes, paging, errors, OpenAPI agreement, headers, traversal, ingest. */
class ApiTest {
    private static WebServer server;
    private static String firstId;

    @BeforeAll
    static void start() {
        server = Seeds.server();
        firstId = Http.get(server, "/api/articles?limit=1").json().get("items").get(0).get("id").asText();
    }

    @Test
    void listsArticlesWithPaging() {
        JsonNode all = Http.get(server, "/api/articles").json();
        assertTrue(all.get("total").asLong() >= 5, all.toString());
        assertTrue(all.get("items").size() >= 5);
        JsonNode page = Http.get(server, "/api/articles?limit=2&offset=1").json();
        assertEquals(2, page.get("items").size());
        assertEquals(all.get("items").get(1).get("id"), page.get("items").get(0).get("id"), "stable order and ids");
        assertEquals(2, page.get("limit").asInt());
        assertEquals(1, page.get("offset").asInt());
    }

    @Test
    void showsOneArticleWithAnnotations() {
        JsonNode a = Http.get(server, "/api/articles/" + firstId).json();
        assertEquals(firstId, a.get("id").asText());
        assertTrue(a.get("blocks").size() > 0);
        assertTrue(a.get("sentenceSpans").size() > 0);
        assertTrue(a.has("quotes") && a.has("claims") && a.has("entities") && a.has("quantities") && a.has("times"));
        assertEquals(200, Http.get(server, "/api/articles/" + firstId + "/claims").status());
        assertEquals(200, Http.get(server, "/api/articles/" + firstId + "/quotes?limit=5").status());
    }

    @Test
    void searchesWithSnippetsAndFacets() {
        JsonNode r = Http.get(server, "/api/search?q=Putin&limit=2").json();
        assertTrue(r.get("total").asLong() >= 1, r.toString());
        assertTrue(r.get("items").get(0).get("snippet").asText().contains("«"), r.toString());
        long facetTotal = 0;
        for (Iterator<JsonNode> it = r.get("facets").get("language").elements(); it.hasNext();) {
            facetTotal += it.next().asLong();
        }
        assertTrue(r.get("facets").get("exact").asBoolean(), "the seeds have few sources and languages: exact counts");
        assertEquals(r.get("total").asLong(), facetTotal, "facets count every hit");
        assertEquals(r.get("total").asLong(), r.get("facets").get("over").asLong());
        assertEquals(200, Http.get(server, "/api/search?q=Putin&lang=de&from=2000-01-01&to=2100-12-31").status());
    }

    @Test
    void listsEntitiesOverallAndPerArticle() {
        JsonNode all = Http.get(server, "/api/entities?top=5").json();
        assertTrue(all.get("items").size() > 0, all.toString());
        assertTrue(all.get("items").size() <= 5);
        assertEquals(200, Http.get(server, "/api/entities?article=" + firstId).status());
        JsonNode top = all.get("items").get(0);
        String key = top.get("entity").isNull() ? top.get("name").asText() : top.get("entity").asText();
        Http.Response e = Http.get(server, "/api/entities/" + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20"));
        assertEquals(200, e.status(), e.body());
        assertTrue(e.json().get("articles").get("total").asLong() >= 1);
        assertTrue(e.json().get("forms").size() >= 1, e.body());
    }

    @Test
    void statsCountTheSeeds() {
        JsonNode s = Http.get(server, "/api/stats").json();
        assertTrue(s.get("articles").asLong() >= 5);
        assertTrue(s.has("byLanguage"));
        assertTrue(!s.has("storiesNote"), "stories made by this version need no note: " + s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles?limit=abc", "/api/articles?limit=0", "/api/articles?limit=100000",
        "/api/articles?offset=-1", "/api/articles?offset=1e3", "/api/search?q=x&from=2024-13-45",
        "/api/search?to=2024-02-30", "/api/search?from=2024-05-01&to=2024-04-01", "/api/search?lang=123",
        "/api/search?q=%28%28%28", "/api/search?q=x&limit=-5", "/api/entities?top=x", "/api/entities?top=0",
        "/api/search?q=Putin%5E%5E", "/api/articles/ID/claims?limit=zz"})
    void malformedParametersGive400WithMessage(String target) {
        Http.Response r = Http.get(server, target.replace("ID", firstId));
        assertEquals(400, r.status(), target + " -> " + r.body());
        assertFalse(r.json().get("error").asText().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles/0000000000000000", "/api/articles/0000000000000000/claims",
        "/api/articles/0000000000000000/quotes", "/api/entities/no-such-entity-xyz", "/api/entities?article=nope",
        "/api/nothing", "/api/articles/%3Cscript%3E", "/article/0000000000000000", "/static/nope.js"})
    void unknownIdsGive404(String target) {
        Http.Response r = Http.get(server, target);
        assertEquals(404, r.status(), target + " -> " + r.body());
        if (target.startsWith("/api/")) {
            assertTrue(r.json().has("error"));
        }
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteAnswers() throws Exception {
        JsonNode doc = Http.get(server, "/api/openapi.json").json();
        assertEquals("3", doc.get("openapi").asText().substring(0, 1));
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        Set<String> served = new TreeSet<>();
        for (WebServer.Route r : WebServer.API_ROUTES) {
            served.add(r.method() + " " + r.path());
        }
        assertEquals(served, documented, "routes and OpenAPI document agree");

        List<String> failures = new ArrayList<>();
        for (String route : documented) {
            String[] mp = route.split(" ", 2);
            if (!mp[0].equals("GET")) {
                continue;
            }
            String path = mp[1].replace("/api/entities/{id}", "/api/entities/" + topEntity())
                    .replace("/api/stories/{id}", "/api/stories/" + StoryApiTest.storyId(server)).replace("{id}", firstId);
            Http.Response r = Http.get(server, path);
            if (r.status() != 200 || !r.header("Content-Type").startsWith("application/json")) {
                failures.add(route + " -> " + r.status());
            }
            JsonNode params = doc.get("paths").get(mp[1]).get("get").get("parameters");
            if (params != null) {
                for (JsonNode p : params) {
                    if (p.get("in").asText().equals("query") && p.get("schema").get("type").asText().equals("integer")) {
                        Http.Response bad = Http.get(server, path + "?" + p.get("name").asText() + "=abc");
                        if (bad.status() != 400) {
                            failures.add(route + " with " + p.get("name").asText() + "=abc -> " + bad.status());
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    private static String topEntity() {
        JsonNode top = Http.get(server, "/api/entities?top=1").json().get("items").get(0);
        String key = top.get("entity").isNull() ? top.get("name").asText() : top.get("entity").asText();
        return java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search", "/article/ID", "/api/articles", "/api/nothing", "/static/app.css",
        "/static/vendor/echarts.min.js", "/api/articles?limit=abc"})
    void securityHeadersOnEveryResponse(String target) {
        Http.Response r = Http.get(server, target.replace("ID", firstId));
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, target);
        for (String d : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                "base-uri 'none'", "frame-ancestors 'none'")) {
            assertTrue(csp.contains(d), target + ": " + csp);
        }
        assertFalse(csp.contains("unsafe"), csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("no-referrer", r.header("Referrer-Policy"));
    }

    @Test
    void pagesAndStaticFilesAreServed() {
        for (String path : WebServer.PAGES) {
            Http.Response r = Http.get(server, path.replace("/entity/{id}", "/entity/" + topEntity())
                    .replace("/story/{id}", "/story/" + StoryApiTest.storyId(server)).replace("{id}", firstId));
            assertEquals(200, r.status(), path);
            assertTrue(r.body().contains("/static/app.js"), path);
        }
        Http.Response page = Http.get(server, "/article/" + firstId);
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertFalse(page.body().contains("<script>"), "no inline scripts");
        assertFalse(page.body().contains("style="), "no inline styles");
        assertTrue(Http.get(server, "/static/app.js").header("Content-Type").startsWith("text/javascript"));
        assertEquals(200, Http.get(server, "/static/vendor/echarts.min.js").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fetc%2fpasswd",
        "/static/%252e%252e/%252e%252e/etc/passwd", "/static/..%5c..%5cetc%5cpasswd", "/static/.%2e/.%2e/etc/passwd",
        "/static/vendor/../../../org/lagebild/web/WebServer.class", "/static/%2e%2e/openapi.json",
        "/static/../openapi.json", "/static//etc/passwd", "/static/..;/..;/etc/passwd", "/static/app.css%00.js"})
    void pathTraversalIsRefused(String target) {
        int status = Http.rawStatus(server, target);
        assertTrue(status == 400 || status == 404, target + " -> " + status);
    }

    @Test
    void ingestNeedsTheToken() {
        byte[] body = "Titel\n\nEin Text.".getBytes(StandardCharsets.UTF_8);
        assertEquals(401, Http.post(server, "/api/ingest?name=x.txt", body, null).status());
        Http.Response wrong = Http.post(server, "/api/ingest?name=x.txt", body, "wrong");
        assertEquals(401, wrong.status());
        assertTrue(wrong.json().get("error").asText().contains("token"));
        assertEquals(400, Http.post(server, "/api/ingest?name=../x.txt", body, Seeds.TOKEN).status());
    }

    @Test
    void ingestRefusesLargeBodies() {
        byte[] big = new byte[65 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Http.Response r = Http.post(server, "/api/ingest?name=big.txt", big, Seeds.TOKEN);
        assertEquals(413, r.status(), r.body());
    }

    @Test
    void ingestsAnUploadedFile() throws Exception {
        byte[] seed = Files.readAllBytes(Seeds.SAMPLES.resolve("000_4d7b7c7852ea0801.txt"));
        Http.Response r = Http.post(server, "/api/ingest?name=again.txt", seed, Seeds.TOKEN);
        assertEquals(200, r.status(), r.body());
        JsonNode s = r.json();
        assertEquals(1, s.get("records").asLong(), r.body());
        assertEquals(0, s.get("failed").asLong(), r.body());
    }

    @Test
    void statsFollowIngestsThoughCached() {
        long before = Http.get(server, "/api/stats").json().get("articles").asLong();
        assertEquals(before, Http.get(server, "/api/stats").json().get("articles").asLong());
        byte[] body = ("Neuer Artikel " + System.nanoTime() + "\n\nEin ganz neuer Text über Statistik und Zählung.")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(200, Http.post(server, "/api/ingest?name=stats.txt", body, Seeds.TOKEN).status());
        assertEquals(before + 1, Http.get(server, "/api/stats").json().get("articles").asLong());
        assertEquals(before + 1, Http.get(server, "/api/articles?limit=1").json().get("total").asLong());
    }

    @Test
    void searchesFollowIngestsThoughCached() {
        String word = "Zählwort" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String target = "/api/search?q=" + word + "&limit=5";
        String before = Http.get(server, target).body();
        assertEquals(before, Http.get(server, target).body(), "the same answer, from the cache");
        assertEquals(0, Http.get(server, target).json().get("total").asLong(), before);
        byte[] body = ("Neuer Artikel zur Suche\n\nEin Text mit dem " + word + " darin.").getBytes(StandardCharsets.UTF_8);
        assertEquals(200, Http.post(server, "/api/ingest?name=search.txt", body, Seeds.TOKEN).status());
        JsonNode after = Http.get(server, target).json();
        assertEquals(1, after.get("total").asLong(), "a stored article reaches cached searches: " + after);
        assertTrue(after.get("items").get(0).get("snippet").asText().contains("«" + word + "»"), after.toString());
    }

    @Test
    void storyListsFollowIngestsThoughCached() {
        long before = Http.get(server, "/api/stories?limit=1").json().get("total").asLong();
        assertEquals(before, Http.get(server, "/api/stories?limit=1").json().get("total").asLong());
        byte[] body = ("Eine ganz eigene Geschichte " + System.nanoTime() + "\n\nQuallen im Bodensee vermehren sich "
                + "im Herbst, berichten Taucher aus Konstanz.").getBytes(StandardCharsets.UTF_8);
        assertEquals(200, Http.post(server, "/api/ingest?name=story.txt", body, Seeds.TOKEN).status());
        assertEquals(before + 1, Http.get(server, "/api/stories?limit=1").json().get("total").asLong(),
                "the new article opens a story, and the cached list shows it");
    }

    @Test
    void cachedAndUncachedResponsesAreTheSame() {
        try (WebServer uncached = WebServer.start(Seeds.engine(), WebOptions.defaults(0).withCacheBytes(0))) {
            String story = Http.get(server, "/api/stories?limit=1").json().get("items").get(0).get("id").asText();
            for (String target : List.of("/api/search?q=Putin&limit=3", "/api/search?q=Putin&limit=3&facets=false",
                    "/api/stories?limit=3", "/api/stories?limit=2&lang=de",
                    "/api/stories/" + story, "/api/stories/" + story + "/facts", "/api/stories/" + story + "/timeline")) {
                String cold = Http.get(server, target).body();
                assertEquals(cold, Http.get(server, target).body(), target);
                assertEquals(cold, Http.get(uncached, target).body(), target);
            }
        }
    }

    @Test
    void ingestIsOffByDefault() {
        try (WebServer off = WebServer.start(Seeds.engine(), WebOptions.defaults(0))) {
            Http.Response r = Http.post(off, "/api/ingest?name=x.txt", new byte[] {'x'}, off.token());
            assertEquals(403, r.status());
            assertTrue(off.token().length() >= 32, "a generated token");
        }
    }
}
