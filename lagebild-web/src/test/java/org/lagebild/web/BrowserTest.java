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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in Debian's Chromium (headless, driven by chromedriver): the article list, an article
 * with highlights, a quantity's provenance, search with highlighted snippets, an entity page,
 * untrusted article text that must render as text, and the stories: list, filters, the story page
 * with its ECharts timeline (points drawn, tooltip, a click on a figure reaching its evidence
 * sentence), key figures, chronology, and the story on article and entity pages. Screenshots go to target/screenshots/. Skips
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

    // ---------------------------------------------------------------- stories

    private static String seedStory() {
        return StoryApiTest.storyId(server);
    }

    private static void waitForChart() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> ((JavascriptExecutor) d)
                .executeScript("const e = document.getElementById('timeline-chart'); return e && e.dataset.points || null") != null);
    }

    @Test
    @Order(8)
    void storiesListFiltersAndOpensAStory() {
        String id = seedStory();
        open("/stories");
        assertFalse(driver.findElements(By.cssSelector(".story-row")).isEmpty(), "story rows");
        WebElement row = driver.findElement(By.cssSelector(".story-row[data-story='" + id + "']"));
        assertTrue(row.getText().contains("articles") && row.getText().contains("source"), row.getText());
        assertFalse(row.findElements(By.cssSelector(".actors .chip a")).isEmpty(), "main actors");
        shot("11-stories");

        // the filter form writes the URL, so a filtered list is a deep link
        JsonNode story = Http.get(server, "/api/stories/" + id).json();
        driver.findElement(By.name("entity")).sendKeys(story.get("actors").get(0).get("name").asText());
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("entity=")
                && "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
        assertFalse(driver.findElements(By.cssSelector(".story-row[data-story='" + id + "']")).isEmpty(), "filtered by actor");
        open("/stories?entity=no-such-entity-xyz");
        assertTrue(driver.findElements(By.cssSelector(".story-row")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("main .empty")).getText().contains("No stories match"));

        open("/stories");
        driver.findElement(By.cssSelector(".story-row[data-story='" + id + "'] a.title")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/story/" + id));
        waitForChart();
    }

    @Test
    @Order(9)
    void storyPageDrawsTheTimelineAndTheKeyFigures() {
        String id = seedStory();
        JsonNode timeline = Http.get(server, "/api/stories/" + id + "/timeline").json();
        open("/story/" + id);
        waitForChart();
        WebElement chart = driver.findElement(By.id("timeline-chart"));
        int points = Integer.parseInt(chart.getAttribute("data-points"));
        assertEquals(timeline.get("events").size(), points, "every event drawn inside the plot");
        assertTrue(Integer.parseInt(chart.getAttribute("data-figures")) >= 1, "figures drawn as points");
        assertFalse(chart.findElements(By.tagName("canvas")).isEmpty(), "ECharts drew on a canvas");
        // the chart instance agrees: one scatter item per event
        Object items = js("const c = echarts.getInstanceByDom(document.getElementById('timeline-chart')); "
                + "const o = c.getOption(); return o.series[1].data.length + o.series[2].data.length");
        assertEquals((long) points, ((Number) items).longValue());
        assertFalse(driver.findElements(By.cssSelector(".figures-table tbody tr")).isEmpty(), "key figures");
        assertEquals(timeline.get("events").size(), driver.findElements(By.cssSelector(".chrono > li")).size(), "chronology");
        assertFalse(driver.findElements(By.cssSelector(".story-articles .article-row")).isEmpty(), "articles");
        assertFalse(driver.findElements(By.cssSelector(".side .actors .chip")).isEmpty(), "actors");
        shot("12-story");
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.figures').scrollIntoView()");
        shot("12b-story-figures");
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.chronology').scrollIntoView()");
        shot("12c-story-chronology");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");

        // hovering a point shows its sources
        hoverFirstFigure();
        WebElement tip = new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.findElements(By.cssSelector(".chart-tip .tip")).stream().filter(WebElement::isDisplayed)
                        .findFirst().orElse(null));
        assertTrue(tip.getText().toLowerCase(java.util.Locale.ROOT).contains("source"), tip.getText());
        shot("13-story-tooltip");
    }

    /** The first figure point that no other point is within 10 px of: [x, y, index]. */
    private static final String FREE_POINT = "const c = echarts.getInstanceByDom(document.getElementById('timeline-chart'));"
            + "const data = c.getOption().series[1].data;"
            + "const px = data.map(p => c.convertToPixel({seriesIndex: 1}, p.value));"
            + "for (let i = 0; i < px.length; i++) {"
            + "  if (px.every((q, j) => j === i || Math.hypot(q[0] - px[i][0], q[1] - px[i][1]) > 10))"
            + "    return [px[i][0], px[i][1], i, JSON.stringify(data[i].ev.evidence[0])];"
            + "} return null;";

    /** Moves the mouse onto a figure point (one not hidden by another); returns that point's first evidence. */
    private static JsonNode hoverFirstFigure() {
        WebElement chart = driver.findElement(By.id("timeline-chart"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) js(FREE_POINT);
        assertNotNull(found, "a figure point not covered by another");
        Dimension size = chart.getSize();
        new Actions(driver).moveToElement(chart, (int) Math.round(((Number) found.get(0)).doubleValue() - size.getWidth() / 2.0),
                (int) Math.round(((Number) found.get(1)).doubleValue() - size.getHeight() / 2.0)).perform();
        return new Http.Response(200, (String) found.get(3), null).json();
    }

    @Test
    @Order(10)
    void clickingAFigureReachesItsEvidenceSentence() {
        String id = seedStory();
        open("/story/" + id);
        waitForChart();
        JsonNode evidence = hoverFirstFigure();
        new Actions(driver).click().perform();
        String anchor = "#claim-" + evidence.get("claim").asText();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/article/")
                && "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
        assertTrue(driver.getCurrentUrl().endsWith("/article/" + evidence.get("article").asText() + anchor), driver.getCurrentUrl());
        assertEvidenceShown(evidence.get("sentence").asText());
        shot("14-evidence-from-chart");

        // the key-figures table links the same way
        open("/story/" + id);
        WebElement link = driver.findElement(By.cssSelector(".figures-table .evidence-links a.ev"));
        String article = link.getAttribute("data-article");
        String claim = link.getAttribute("data-claim");
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/article/" + article)
                && "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
        assertTrue(driver.getCurrentUrl().endsWith("#claim-" + claim), driver.getCurrentUrl());
        String sentence = null;
        for (JsonNode f : Http.get(server, "/api/stories/" + id + "/facts").json().get("facts")) {
            for (JsonNode e : f.get("evidence")) {
                if (e.get("article").asText().equals(article) && e.get("claim").asText().equals(claim)) {
                    sentence = e.get("sentence").asText();
                }
            }
        }
        assertNotNull(sentence);
        assertEvidenceShown(sentence);
    }

    /** The article page selected the claim, scrolled it into view, and shows its sentence as evidence. */
    private static void assertEvidenceShown(String sentence) {
        WebElement panel = driver.findElement(By.id("provenance"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> panel.isDisplayed());
        String shown = panel.findElement(By.cssSelector(".evidence")).getText().replaceAll("\\s+", " ").strip();
        String wanted = sentence.replaceAll("\\s+", " ").strip();
        assertTrue(shown.contains(wanted) || wanted.contains(shown), "evidence '" + shown + "' vs '" + wanted + "'");
        List<WebElement> selected = driver.findElements(By.cssSelector(".article-text .ann.selected, .article-head .ann.selected"));
        assertFalse(selected.isEmpty(), "the claim is highlighted");
        Object visible = ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", selected.get(0));
        assertEquals(Boolean.TRUE, visible, "scrolled to the claim");
    }

    @Test
    @Order(11)
    void articleAndEntityPagesShowTheirStories() {
        String id = seedStory();
        JsonNode story = Http.get(server, "/api/stories/" + id).json();
        open("/article/" + story.get("articlePage").get("items").get(0).get("id").asText());
        WebElement link = driver.findElement(By.cssSelector(".article-story a.story-link"));
        assertTrue(link.getAttribute("href").endsWith("/story/" + id), link.getAttribute("href"));
        JsonNode actor = story.get("actors").get(0);
        open("/entity/" + java.net.URLEncoder.encode(actor.get("id").isNull() ? actor.get("name").asText()
                : actor.get("id").asText(), StandardCharsets.UTF_8).replace("+", "%20"));
        assertFalse(driver.findElements(By.cssSelector(".entity-stories .story-row[data-story='" + id + "']")).isEmpty(),
                "the entity's stories");
        shot("15-entity-stories");

        // a syndicated copy names its original, and the story marks it as a copy
        String copy = Seeds.syndicatedCopy();
        open("/article/" + copy);
        List<WebElement> dups = driver.findElements(By.cssSelector(".article-story .dups li a"));
        assertEquals(1, dups.size(), "one near-duplicate");
        assertTrue(driver.findElement(By.cssSelector(".article-story")).getText().contains("first of the group"));
        shot("15b-near-duplicates");
        open("/story/" + Http.get(server, "/api/articles/" + copy).json().get("story").get("id").asText());
        assertEquals(1, driver.findElements(By.cssSelector(".story-articles a.copy")).size(), "the copy is marked");
    }

    @Test
    @Order(12)
    void untrustedStoryTitlesRenderAsText() {
        JsonNode hits = Http.get(server, "/api/search?q=Probe").json().get("items");
        assumeTrue(hits.size() > 0, "the XSS probe was ingested by untrustedTextRendersAsText");
        JsonNode a = Http.get(server, "/api/articles/" + hits.get(0).get("id").asText()).json();
        assertFalse(a.get("story").isNull(), "the probe has a story");
        String id = a.get("story").get("id").asText();
        open("/stories");
        open("/story/" + id);
        waitForChart();
        assertTrue(driver.findElement(By.cssSelector(".story-head h1")).getText().contains(a.get("title").asText().strip()));
        assertEquals(Boolean.TRUE, js("return window.__xss === undefined"));
        assertTrue(driver.findElements(By.cssSelector("main img, main script, main b, main textarea")).isEmpty());
        shot("16-story-xss");
    }

    @Test
    @Order(13)
    void storyAtPhoneWidth() {
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            open("/story/" + seedStory());
            waitForChart();
            Object overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, ((Number) overflow).longValue(), "no horizontal scrolling at 390px");
            WebElement chart = driver.findElement(By.id("timeline-chart"));
            assertTrue(Integer.parseInt(chart.getAttribute("data-points")) >= 1);
            assertTrue(chart.getSize().getWidth() <= 390, "the chart fits the screen: " + chart.getSize());
            shot("17-story-phone");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
            shot("17b-story-chart-phone");
            open("/stories");
            assertEquals(0L, ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .longValue());
            shot("18-stories-phone");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 800));
        }
    }
}
