package org.lagebild.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotes and claims of a document that has them: in the article, their own routes and the entity page. */
class ClaimsTest {
    private static WebServer server;
    private static String id;

    @BeforeAll
    static void start() {
        server = Seeds.server();
        id = Seeds.claimsDemo();
    }

    @Test
    void articleCarriesQuotesAndClaims() {
        JsonNode a = Http.get(server, "/api/articles/" + id).json();
        assertEquals(1, a.get("quotes").size());
        assertEquals("quote-0", a.get("quotes").get(0).get("id").asText());
        assertEquals(2, a.get("claims").size());
        JsonNode c0 = a.get("claims").get(0);
        assertEquals("reported", c0.get("modality").asText());
        assertEquals("official", c0.get("attribution").get(1).get("role").asText());
        assertEquals("claims", c0.get("provenance").get("stage").asText());
        assertEquals(3, a.get("sentenceSpans").size());
    }

    @Test
    void claimsAndQuotesRoutesPage() {
        JsonNode claims = Http.get(server, "/api/articles/" + id + "/claims?limit=1&offset=1").json();
        assertEquals(2, claims.get("total").asInt());
        assertEquals("c1", claims.get("items").get(0).get("id").asText());
        assertEquals("alleged", claims.get("items").get(0).get("modality").asText());
        JsonNode quotes = Http.get(server, "/api/articles/" + id + "/quotes").json();
        assertEquals(1, quotes.get("total").asInt());
        assertEquals("Kreml-Sprecher", quotes.get("items").get(0).get("speaker").get("text").asText());
    }

    @Test
    void entityPageListsItsQuotesAndClaims() {
        JsonNode e = Http.get(server, "/api/entities/lb:org:kreml-demo").json();
        assertEquals(1, e.get("quotes").size(), e.toString());
        assertTrue(e.get("claims").size() >= 1, e.toString());
        assertEquals("c0", e.get("claims").get(0).get("id").asText());
    }
}
