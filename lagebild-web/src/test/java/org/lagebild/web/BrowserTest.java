package org.lagebild.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lagebild.engine.IngestListener;
import org.lagebild.engine.IngestOptions;
import org.lagebild.engine.IngestSummary;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in Debian's Chromium (headless, driven by chromedriver): the article list, an article
 * with highlights, a quantity's provenance, search with highlighted snippets, an entity page, and
 * untrusted article text that must render as text. Screenshots go to target/screenshots/. Skips
 * without /usr/bin/chromium and /usr/bin/chromedriver, except when CI=true, where it fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("lagebild.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("lagebild.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String XSS_TEXT = "XSS-Probe: <script>window.__xss=1</script> und <img src=x onerror=\"window.__xss=1\"> "
            + "sowie <a href=\"javascript:window.__xss=1\">klick</a> und </textarea><b>fett</b> am Ende.";

    static final String SKIP = "browser tests skipped: install Debian's chromium and chromium-driver ("
            + CHROMIUM + ", " + CHROMEDRIVER + ")";
    private static boolean browser;
    private static ChromeDriver driver;
    private static WebServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        browser = present;
        if (!present) {
            System.err.println(SKIP);
            return;
        }
        server = Seeds.server();
        base = "http://127.0.0.1:" + server.port();
        Files.createDirectories(SHOTS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1280,800", "--lang=de-DE");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    @BeforeEach
    void needsBrowser() {
        assumeTrue(browser, SKIP);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void open(String path) {
        driver.get(base + path);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            Object r = ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready");
            return r != null;
        });
        assertEquals("true", js("return document.body.dataset.ready"), "page rendered without error: " + path);
        assertEquals(null, js("return document.body.dataset.cspViolations || null"),
                "no Content-Security-Policy violations on " + path + ": " + js("return document.body.dataset.cspLast || ''"));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void shot(String name) {
        try {
            File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed article with the most quantities, so there is something to click. */
    private static String richestArticle() {
        String best = null;
        int most = -1;
        for (JsonNode a : Http.get(server, "/api/articles?limit=50").json().get("items")) {
            int n = Http.get(server, "/api/articles/" + a.get("id").asText()).json().get("quantities").size();
            if (n > most) {
                most = n;
                best = a.get("id").asText();
            }
        }
        return best;
    }

    @Test
    @Order(1)
    void listsArticles() {
        open("/");
        List<WebElement> rows = driver.findElements(By.cssSelector(".article-row"));
        assertTrue(rows.size() >= 5, "article rows: " + rows.size());
        assertFalse(driver.findElements(By.cssSelector(".entities li a")).isEmpty(), "top entities");
        shot("01-articles");
    }

    @Test
    @Order(2)
    void articleHighlightsAndProvenance() {
        String id = richestArticle();
        open("/article/" + id);
        assertFalse(driver.findElements(By.cssSelector(".ann.k-entity")).isEmpty(), "entity highlights");
        List<WebElement> quantities = driver.findElements(By.cssSelector(".ann.k-quantity"));
        assertFalse(quantities.isEmpty(), "quantity highlights");
        shot("02-article");

        WebElement q = quantities.stream().filter(e -> e.getAttribute("data-anns").startsWith("q-")).findFirst()
                .orElse(quantities.get(0));
        String qText = q.getText();
        q.click();
        WebElement panel = driver.findElement(By.id("provenance"));
        assertTrue(panel.isDisplayed(), "provenance panel shown");
        String prov = panel.getText();
        assertTrue(prov.contains("Rule") && prov.contains("Stage"), prov);
        assertTrue(driver.getCurrentUrl().contains("#q-"), driver.getCurrentUrl());
        WebElement evidence = panel.findElement(By.cssSelector(".evidence"));
        assertTrue(evidence.getText().contains(qText.strip()), "evidence sentence contains '" + qText + "': " + evidence.getText());
        assertFalse(driver.findElements(By.cssSelector(".ann.selected")).isEmpty());
        shot("03-provenance");

        // a shared deep link selects the quantity by itself
        String hash = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf('#'));
        driver.get("about:blank");
        open("/article/" + id + hash);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("provenance")).isDisplayed());

        driver.findElement(By.id("show-removed")).click();
        assertTrue(driver.findElement(By.cssSelector(".removed")).isDisplayed());
    }

    @Test
    @Order(3)
    void searchShowsHighlightedSnippetsAndFacets() {
        open("/search?q=Soldaten");
        assertFalse(driver.findElements(By.cssSelector(".hit")).isEmpty(), "hits");
        assertFalse(driver.findElements(By.cssSelector(".hit .snippet mark")).isEmpty(), "highlighted terms");
        assertFalse(driver.findElements(By.cssSelector(".facet li a")).isEmpty(), "facets");
        shot("04-search");
        driver.findElement(By.cssSelector(".hit a.title")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/article/"));
    }

    @Test
    @Order(4)
    void entityPage() {
        open("/");
        driver.findElement(By.cssSelector(".entities li a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/entity/")
                && "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
        assertFalse(driver.findElements(By.cssSelector(".chips .chip")).isEmpty(), "forms seen");
        assertFalse(driver.findElements(By.cssSelector(".article-row")).isEmpty(), "articles of the entity");
        shot("05-entity");
        open("/stories");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Coming with stories"));
    }

    @Test
    @Order(5)
    void untrustedTextRendersAsText() {
        String line = "{\"id\":\"xss-probe\",\"url\":\"javascript:window.__xss=1\",\"title\":\"<img src=x onerror=\\\"window.__xss=1\\\"> Titel\","
                + "\"published\":\"2025-01-10\",\"text\":" + Http.jsonString(XSS_TEXT + "\n\nZweiter Absatz mit 300 Soldaten.") + "}\n";
        IngestSummary s = Seeds.engine().ingest("xss.jsonl", new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                IngestOptions.defaults(Seeds.TODAY).withThreads(1), IngestListener.NONE);
        assertEquals(0, s.failed(), s.toString());
        String id = Http.get(server, "/api/search?q=Probe").json().get("items").get(0).get("id").asText();
        open("/article/" + id);
        String text = driver.findElement(By.cssSelector(".article-text")).getText();
        assertTrue(text.contains("<script>window.__xss=1</script>"), text);
        assertTrue(text.contains("</textarea><b>fett</b>"), text);
        assertTrue(driver.findElement(By.cssSelector(".article-head h1")).getText().contains("<img src=x"));
        assertEquals(Boolean.TRUE, js("return window.__xss === undefined"));
        assertTrue(driver.findElements(By.cssSelector("main img, main script, main b, main textarea")).isEmpty(),
                "no markup from article text became elements");
        for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
            assertFalse(a.getAttribute("href").toLowerCase(java.util.Locale.ROOT).startsWith("javascript:"), a.getAttribute("href"));
        }
        shot("06-xss");

        // the policy itself is enforced: an inline script added to the DOM neither runs nor goes unnoticed
        js("const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.append(s);");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.body.dataset.cspViolations || null") != null);
        assertEquals(Boolean.TRUE, js("return window.__inline === undefined"));
        open("/");
        assertEquals(Boolean.TRUE, js("return window.__xss === undefined"));
        open("/search?q=Probe");
        assertEquals(Boolean.TRUE, js("return window.__xss === undefined"));
    }

    @Test
    @Order(6)
    void claimsAndQuotesAreHighlightedWithTheirSourceChain() {
        String id = Seeds.claimsDemo();
        open("/article/" + id + "#claim-c0");
        assertFalse(driver.findElements(By.cssSelector(".ann.k-claim")).isEmpty(), "claim highlights");
        assertFalse(driver.findElements(By.cssSelector(".ann.k-quote")).isEmpty(), "quote highlights");
        WebElement panel = driver.findElement(By.id("provenance"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> panel.isDisplayed());
        String prov = panel.getText();
        assertTrue(prov.contains("reported") && prov.contains("Source chain") && prov.contains("Kreml-Sprecher")
                && prov.contains("official"), prov);
        shot("07-claim");
        driver.findElement(By.cssSelector("a[data-ann='claim-c1']")).click();
        assertTrue(panel.getText().contains("alleged") && panel.getText().contains("sollen"), panel.getText());
        driver.findElement(By.cssSelector("a[data-ann='quote-0']")).click();
        assertTrue(panel.getText().contains("sagte"), panel.getText());
    }

    @Test
    @Order(7)
    void phoneWidth() {
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            String id = richestArticle();
            open("/article/" + id);
            Object overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, ((Number) overflow).longValue(), "no horizontal scrolling at 390px");
            shot("08-article-phone");
            WebElement q = driver.findElement(By.cssSelector(".ann.k-quantity"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", q);
            q.click();
            assertTrue(driver.findElement(By.id("provenance")).isDisplayed());
            shot("09-provenance-phone");
            open("/");
            assertNotNull(driver.findElement(By.cssSelector(".article-row")));
            shot("10-articles-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 800));
        }
    }
}
