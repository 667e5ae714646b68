package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest --fetch: a feed's item links are fetched (here from a server on loopback, so --allow-private). */
class FetchCliTest {
    @TempDir
    Path dir;
    HttpServer server;
    Path feed;

    private static final String PAGE = "<!DOCTYPE html><html lang=\"de\"><head><title>Kursk: Nordkorea schickt Pioniere</title></head>"
            + "<body><article><h1>Kursk: Nordkorea schickt Pioniere</h1><p>Nordkorea wird 1.000 Minenräumer und 5.000 Soldaten "
            + "in die russische Region Kursk entsenden. Das kündigte der Sekretär des russischen Sicherheitsrats, Sergei Schoigu, "
            + "nach Gesprächen in Pjöngjang an.</p><p>Die Truppen sollen beim Wiederaufbau der Grenzregion helfen, wo monatelange "
            + "Kämpfe zu schweren Zerstörungen geführt haben.</p></article></body></html>";

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/artikel", ex -> {
            byte[] b = PAGE.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/artikel";
        feed = dir.resolve("feed.xml");
        Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>Kursk: Nordkorea schickt Pioniere</title><link>" + url + "</link>"
                + "<description>Nur der Anreißer.</description><pubDate>Tue, 17 Jun 2025 10:00:00 GMT</pubDate></item>"
                + "</channel></rss>", StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesTheLinkedPageWhenAllowed() {
        String data = dir.resolve("data").toString();
        CliTest.Run r = CliTest.run("ingest", "--fetch", "--allow-private", "--data-dir", data, feed.toString());
        assertEquals(0, r.code(), r.err());
        CliTest.Run list = CliTest.run("search", "Minenräumer", "--data-dir", data, "--format", "json");
        assertTrue(list.out().contains("Kursk: Nordkorea schickt Pioniere"), list.out());
    }

    @Test
    void refusesLoopbackByDefaultAndKeepsTheItemsText() {
        String data = dir.resolve("data").toString();
        CliTest.Run r = CliTest.run("ingest", "--fetch", "--data-dir", data, feed.toString());
        assertEquals(1, r.code(), "a refused fetch is a reported failure: " + r.err());
        assertTrue(r.err().contains("127.0.0.1"), r.err());
        CliTest.Run list = CliTest.run("search", "Anreißer", "--data-dir", data, "--format", "json");
        assertTrue(list.out().contains("Kursk"), "the feed item itself is kept: " + list.out());
    }
}
