package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lagebild.model.MetaField;

class HtmlMetadataTest {

    private static HtmlMetadata read(String html) {
        return HtmlMetadata.read(Jsoup.parse(html, "https://example.org/a"), "https://example.org/a");
    }

    private static List<String> values(HtmlMetadata md, String name, String origin) {
        return md.fields().stream().filter(f -> f.name().equals(name) && f.origin().equals(origin))
                .map(MetaField::value).toList();
    }

    private static String titleOrigin(HtmlMetadata md) {
        return md.fields().stream().filter(f -> f.name().equals("title")).map(MetaField::origin).findFirst().orElse(null);
    }

    @Test
    void h1InsideLongerOgTitleIsTheHeadline() {
        HtmlMetadata kicker = read("<head><meta property=og:title content='Klimaschutz: Bohren, bis es heiß wird'></head>"
                + "<body><h1>Bohren, bis es heiß wird</h1><p>Text</p></body>");
        assertEquals("Bohren, bis es heiß wird", kicker.title());
        assertEquals("h1", titleOrigin(kicker));
        HtmlMetadata suffix = read("<head><meta property=og:title content='Wie man eine runde Tischdecke herstellt | homify'>"
                + "</head><body><h1>Wie man eine runde Tischdecke herstellt</h1><p>Text</p></body>");
        assertEquals("Wie man eine runde Tischdecke herstellt", suffix.title());
        // counter-case: an h1 that shares few words with the title is not taken (withinTitleNeedsASeparator and
        // visibleH1ThatAgreesWithARewordedOgTitleIsTheHeadline: an h1 with the title's words is)
        HtmlMetadata prefix = read("<head><meta property=og:title content='Daten von Rheinmetall gehackt worden'></head>"
                + "<body><h1>Rheinmetall meldet Angriff auf Server</h1><p>Text</p></body>");
        assertEquals("Daten von Rheinmetall gehackt worden", prefix.title());
        assertEquals("meta:og:title", titleOrigin(prefix));
    }

    @Test
    void visibleH1ThatAgreesWithARewordedOgTitleIsTheHeadline() {
        HtmlMetadata reworded = read("<head><meta property=og:title content='DB Lounge: Kein Zutritt mehr mit Sparpreis-Tickets'>"
                + "</head><body><h1>Navigation</h1><h1 class=entry-title>DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket</h1>"
                + "<p>Text</p></body>");
        assertEquals("DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket", reworded.title());
        assertEquals("h1", titleOrigin(reworded));
        // counter-cases: an h1 with other words, an h1 that is the title with a kicker or a site name
        HtmlMetadata other = read("<head><meta property=og:title content='Kommunalwahlen in Nordmazedonien'></head>"
                + "<body><h1>Erdrutschsieg der Regierungspartei im Norden</h1><p>Text</p></body>");
        assertEquals("Kommunalwahlen in Nordmazedonien", other.title());
        HtmlMetadata kicker = read("<head><meta property=og:title content='Cyber-Angriffe: 20 Prozent in die IT-Sicherheit'>"
                + "</head><body><h1>Investitionen Cyber-Angriffe: 20 Prozent in die IT-Sicherheit</h1><p>Text</p></body>");
        assertEquals("Cyber-Angriffe: 20 Prozent in die IT-Sicherheit", kicker.title());
        HtmlMetadata site = read("<head><meta property=og:title content='Atomkraft ist nicht nachhaltig'></head>"
                + "<body><h1>Atomkraft ist nicht nachhaltig | Umweltbundesamt</h1><p>Text</p></body>");
        assertEquals("Atomkraft ist nicht nachhaltig", site.title());
    }

    @Test
    void titlePartShownAsAHeadingIsTheHeadline() {
        HtmlMetadata crumbs = read("<head><title>Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden</title></head>"
                + "<body><h1><a href='https://disfunctions.de'>Disfunctions.de</a></h1><h2>Das Blog</h2>"
                + "<h2><a href='/tutorials/podcasts/'>Podcasts in Plex einbinden</a></h2><p>Text</p></body>");
        assertEquals("Podcasts in Plex einbinden", crumbs.title());
        HtmlMetadata logo = read("<head><title>Muffin Grundrezept : Muffin Rezepte</title></head>"
                + "<body><h1 class=logo>Muffin Rezepte</h1><h2>Muffin Grundrezept</h2><p>Text</p></body>");
        assertEquals("Muffin Grundrezept", logo.title());
        // counter-cases: no part is a heading; a part that is the site's logo heading is not the headline
        HtmlMetadata none = read("<head><title>Muffin Grundrezept : Muffin Rezepte</title></head>"
                + "<body><h2>Zutaten und Zubereitung</h2><p>Text</p></body>");
        assertEquals("Muffin Grundrezept : Muffin Rezepte", none.title());
        HtmlMetadata site = read("<head><title>Muffin Rezepte : Muffin Grundrezept und mehr</title></head>"
                + "<body><h1 class=logo>Muffin Rezepte</h1><p>Text</p></body>");
        assertEquals("Muffin Rezepte : Muffin Grundrezept und mehr", site.title());
    }

    @Test
    void metaAuthorOnAPageWithoutArticleMarkupIsMarkedSo() {
        HtmlMetadata bare = read("<head><meta name=author content='Lüder Hoppe'></head><body><h1>Baumgutachten</h1>"
                + "<p>Text</p></body>");
        assertEquals(List.of("Lüder Hoppe"), values(bare, "author", HtmlMetadata.UNMARKED_AUTHOR));
        assertEquals(List.of(), values(bare, "author", "meta:author"));
        // counter-cases: an article element, an og:type or a JSON-LD article make it the article's meta author
        for (String marked : List.of("<head><meta name=author content='Lüder Hoppe'></head><body><article><p>Text</p></article></body>",
                "<head><meta name=author content='Lüder Hoppe'><meta property=og:type content=article></head><body><p>Text</p></body>",
                "<head><meta name=author content='Lüder Hoppe'><script type='application/ld+json'>{\"@type\":\"BlogPosting\"}"
                        + "</script></head><body><p>Text</p></body>")) {
            assertEquals(List.of("Lüder Hoppe"), values(read(marked), "author", "meta:author"), marked);
        }
    }

    @Test
    void extendsTitleOnlyWithAKickerOrASiteName() {
        assertTrue(HtmlMetadata.extendsTitle("Local News | Brothel busted in Boston", "Brothel busted in Boston"));
        assertTrue(HtmlMetadata.extendsTitle("EU-Taxonomie | Umweltbundesamt", "EU-Taxonomie"));
        assertFalse(HtmlMetadata.extendsTitle("Ultium Cells erhöht Kapazität in Tennessee", "Ultium Cells erhöht Kapazität"));
    }

    @Test
    void withinTitleNeedsASeparator() {
        assertTrue(HtmlMetadata.withinTitle("Daten von Rheinmetall gehackt", "Daten von Rheinmetall gehackt - Interne Unterlagen"));
        assertTrue(HtmlMetadata.withinTitle("Tote Hummeln unter Linden", "Tote Hummeln unter Linden: Die Erklärung"));
        assertFalse(HtmlMetadata.withinTitle("Tote Hummeln", "Tote Hummeln unter Linden"));
        assertFalse(HtmlMetadata.withinTitle("Kurz", "Kurz: Ein Titel")); // too short to be a headline
    }

    @Test
    void siteNameH1IsSkipped() {
        HtmlMetadata md = read("<head><title>Paris Haute Couture SS14: Serkan Cura | modabot</title></head><body>"
                + "<h1 id=site-title><span>modabot</span></h1><h1 class=entry-title>Paris Haute Couture SS14: Serkan Cura</h1>"
                + "<p>Text</p></body>");
        assertEquals("Paris Haute Couture SS14: Serkan Cura", md.title());
        HtmlMetadata home = read("<head><title>Werkzeuge</title></head><body><h1><a href='http://www.steinzeit.de/'>Steinzeit &amp; Co</a>"
                + "</h1><h1>Werkzeuge des Neandertalers</h1><p>Text</p></body>");
        assertEquals("Werkzeuge des Neandertalers", home.title());
        // counter-case: a headline h1 that links to its own article stays
        HtmlMetadata own = read("<body><h1><a href='/2020/01/artikel.html'>Ein Artikel über Flüsse</a></h1><p>Text</p></body>");
        assertEquals("Ein Artikel über Flüsse", own.title());
    }

    @Test
    void h1ThatIsTheDomainsNameIsSkipped() {
        HtmlMetadata md = HtmlMetadata.read(Jsoup.parse("<head><title>Holocaust-Gedenktag: Erinnerungskultur</title></head>"
                + "<body><h1>L-Mag</h1><h2>Holocaust-Gedenktag: Erinnerungskultur</h2><p>Text</p></body>",
                "https://www.l-mag.de/news/a.html"), "https://www.l-mag.de/news/a.html");
        assertEquals("Holocaust-Gedenktag: Erinnerungskultur", md.title());
        assertTrue(HtmlMetadata.domainName("Damian Duchamps' Blog", List.of("damianduchamps", "wordpress")));
        // counter-case: a headline that only holds the domain's name among more words
        assertFalse(HtmlMetadata.domainName("Unsere MinusL Joghurts", List.of("minusl")));
    }

    @Test
    void jsonLdAuthorByIdAndOrganisationApart() {
        HtmlMetadata md = read("<head><script type='application/ld+json'>{\"@graph\":[{\"@type\":\"Article\","
                + "\"author\":{\"@id\":\"https://x.org/#tine\"},\"headline\":\"H\"},"
                + "{\"@type\":\"Person\",\"@id\":\"https://x.org/#tine\",\"name\":\"Tine\"}]}</script>"
                + "</head><body><p>Text</p></body>");
        assertEquals(List.of("Tine"), values(md, "author", "jsonld:author"));
        HtmlMetadata org = read("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":["
                + "{\"@type\":\"Organization\",\"name\":\"Eurosport\"},{\"@type\":\"Person\",\"name\":\"Ann Bell\"}]}</script>"
                + "</head><body><p>Text</p></body>");
        assertEquals(List.of("Ann Bell"), values(org, "author", "jsonld:author"));
        assertEquals(List.of("Eurosport"), values(org, "author", "jsonld:author-organization"));
    }

    @Test
    void pageAuthorElementsOutsideComments() {
        HtmlMetadata md = read("<body><p>Text</p><span class='author vcard'><a class='url fn n' href='/author/marc/'"
                + " rel=author>marc</a></span><div class=comments><span class='author vcard'><a class=fn>Otto</a></span>"
                + "</div></body>");
        assertEquals(List.of("marc"), values(md, "author", "html:author"));
        assertEquals(List.of("flerche"), values(read("<body><p>T</p><span class='author vcard'><a class=url href='/author/f/'>"
                + "von <span class='fn n'>flerche</span></a></span></body>"), "author", "html:author"));
        HtmlMetadata ip = read("<body><p>Text</p><div itemprop=author itemscope><meta itemprop=name content=flerche></div>"
                + "</body>");
        assertEquals(List.of("flerche"), values(ip, "author", "html:author"));
        // counter-case: only comments name people: no page author
        HtmlMetadata none = read("<body><p>Text</p><ol class=commentlist><li><span class='comment-author author'>Otto</span>"
                + "</li></ol></body>");
        assertEquals(List.of(), values(none, "author", "html:author"));
    }

    @Test
    void articleAuthorMetaOnlyWhenAName() {
        assertEquals(List.of("Ann Bell"), values(read("<head><meta property=article:author content='Ann Bell'></head>"
                + "<body><p>T</p></body>"), "author", "meta:article:author"));
        assertEquals(List.of(), values(read("<head><meta property=article:author content='https://facebook.com/ann'>"
                + "</head><body><p>T</p></body>"), "author", "meta:article:author"));
    }

    /** Every row of title-hints.tsv: its example class token must match, its counter-example must not. */
    @Test
    void titleHintExamples() {
        for (List<String> r : HtmlMetadata.titleHintRows()) {
            assertTrue(HtmlMetadata.kickerClass(r.get(3)), r.get(0) + " must match " + r.get(3));
            assertFalse(HtmlMetadata.kickerClass(r.get(4)), r.get(0) + " must not match " + r.get(4));
        }
    }

    @Test
    void kickerInsideH1IsNotPartOfTheHeadline() {
        HtmlMetadata md = read("<head><meta property=og:title content='Klimaschutz: Bohren, bis es heiß wird'></head><body>"
                + "<h1><span class=article-heading__kicker>Klimaschutz</span><span class=visually-hidden>: </span>"
                + "<span class=article-heading__title>Bohren, bis es heiß wird</span></h1><p>Text</p></body>");
        assertEquals("Bohren, bis es heiß wird", md.title());
        assertEquals("Autohäuser rechnen mit langsamem Anlaufen", HtmlMetadata.headlineText(Jsoup.parse(
                "<h1><span class=dachzeile>Nach Corona-Lockerungen</span> <span class=headline>Autohäuser rechnen mit"
                + " langsamem Anlaufen</span></h1>").selectFirst("h1")));
        // counter-case: spans of other classes stay in the headline
        assertEquals("Nach Corona-Lockerungen Autohäuser rechnen", HtmlMetadata.headlineText(Jsoup.parse(
                "<h1><span class=first>Nach Corona-Lockerungen</span> <span class=headline>Autohäuser rechnen</span></h1>")
                .selectFirst("h1")));
    }

    @Test
    void titlePartNamingTheDomainIsDropped() {
        List<String> labels = HtmlMetadata.siteLabels("https://www.madymorrison.com/yoga/energy-rising");
        assertEquals(List.of("madymorrison"), labels);
        assertEquals("Energy Rising - 33 Tage Yoga Challenge", HtmlMetadata.cleanTitle(
                "Energy Rising - 33 Tage Yoga Challenge - Mady Morrison - Yoga Lifestyle", null, false, labels));
        assertEquals("La voix des nuls", HtmlMetadata.cleanTitle("La voix des nuls | ARTE Radio", null, false,
                HtmlMetadata.siteLabels("https://www.arteradio.com/son/61661515/la_voix_des_nuls")));
        assertEquals(List.of("foren", "myoos"), HtmlMetadata.siteLabels(
                "https://web.archive.org/web/2019/https://foren.myoos.de/viewtopic.php"));
        // counter-case: a subtitle that does not name the site stays
        assertEquals("Vanlife in Schweden - Skandinavien im Wohnmobil", HtmlMetadata.cleanTitle(
                "Vanlife in Schweden - Skandinavien im Wohnmobil", null, false,
                HtmlMetadata.siteLabels("https://www.outdoor-magazin.com/a")));
    }

    @Test
    void bylineClassedElementIsALastAuthorSource() {
        HtmlMetadata md = read("<body><h1>T</h1><div class=c-page-intro__author><span>von</span> Daniel Braun, Davor Pasoski"
                + "</div><p>Text</p></body>");
        assertEquals(List.of("Daniel Braun", "Davor Pasoski"), values(md, "author", "html:byline-class"));
        // counter-cases: a class that only contains the letters ("authorization"), comments, a long author box
        assertEquals(List.of(), values(read("<body><div class=authorization>Login</div><p>T</p></body>"), "author",
                "html:byline-class"));
        assertEquals(List.of(), values(read("<body><p>T</p><div class=comments><p class=comment__author>Otto</p></div></body>"),
                "author", "html:byline-class"));
        assertEquals(List.of(), values(read("<body><p>T</p><div class=author-box>" + "Sie schreibt über Politik. ".repeat(6)
                + "</div></body>"), "author", "html:byline-class"));
    }

    @Test
    void oneWordAuthorsGetTheFullNameOfTheirPage() {
        // another author field holds the word
        HtmlMetadata fields = read("<head><meta name=author content='Thomas Steinberg'><script type='application/ld+json'>"
                + "{\"@type\":\"NewsArticle\",\"author\":\"Steinberg\"}</script></head><body><p>Text</p></body>");
        assertEquals(List.of("Thomas Steinberg"), values(fields, HtmlMetadata.FULL_NAME, "full-name"));
        // the page's text names the author in full, twice ("Von Henry In Aktuell" is a byline and a category)
        HtmlMetadata text = read("<body><article><p>Text</p><span class=meta-author>Von <span class='author vcard'>"
                + "<a class='url fn n' href='/author/henry/' rel=author>Henry</a></span></span> In <a>Aktuell</a>"
                + "<figcaption>Ausschnitt: Henry Steinhau</figcaption><aside><a>Alle Texte – Henry Steinhau</a></aside>"
                + "</article></body>");
        assertEquals(List.of("Henry Steinhau"), values(text, HtmlMetadata.FULL_NAME, "full-name"));
        // the only capitalised neighbour, once ("von Stefanus" is a byline, no name)
        HtmlMetadata box = read("<body><article><p>Text</p><div class=author>Stefanus</div><p>Mehr Artikel von Stefanus</p>"
                + "<p>Stefanus Stahl - Maschinenbauer und Abenteurer</p></article></body>");
        assertEquals(List.of("Stefanus Stahl"), values(box, HtmlMetadata.FULL_NAME, "full-name"));
        // counter-cases: two different names with the word, once each; a two-word author needs nothing
        HtmlMetadata tie = read("<body><article><p>Text</p><div class=author>Henry</div><p>Henry Ford baute Autos.</p>"
                + "<p>Henry Miller schrieb.</p></article></body>");
        assertEquals(List.of(), values(tie, HtmlMetadata.FULL_NAME, "full-name"));
        HtmlMetadata two = read("<head><meta name=author content='Anna Dunst'></head><body><article><p>Anna Dunst Maier</p>"
                + "</article></body>");
        assertEquals(List.of(), values(two, HtmlMetadata.FULL_NAME, "full-name"));
    }

    @Test
    void authorsOnlyTheMetadataNamesAreMarkedNotShown() {
        HtmlMetadata hidden = read("<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Nadja Rauscher\"}}</script>"
                + "<meta name=author content='robert.stitz'></head><body><article><p>Text</p></article></body>");
        assertEquals(List.of("Nadja Rauscher"), values(hidden, HtmlMetadata.NOT_SHOWN, "jsonld:author"));
        assertEquals(List.of("robert.stitz"), values(hidden, HtmlMetadata.NOT_SHOWN, "meta:author"));
        // counter-case: the body shows the name (soft hyphens, other case and spacing)
        HtmlMetadata shown = read("<head><meta name=author content='Matthias Lauerer'></head><body><article>"
                + "<p><strong>Von Mat&shy;thi&shy;as  LAUERER</strong></p><p>Text</p></article></body>");
        assertEquals(List.of(), values(shown, HtmlMetadata.NOT_SHOWN, "meta:author"));
    }

    @Test
    void theOutletIsThePartOfTheSiteNameThatNamesTheDomain() {
        List<String> mady = HtmlMetadata.siteLabels("https://www.madymorrison.com/yoga/");
        assertEquals("Mady Morrison", HtmlMetadata.outletName("Mady Morrison - Yoga Lifestyle", mady));
        assertEquals("MIXED.de", HtmlMetadata.outletName("News zu VR, AR und KI | MIXED.de", HtmlMetadata.siteLabels("https://mixed.de/a/")));
        assertEquals("pawszilla.com", HtmlMetadata.outletName("https://pawszilla.com", HtmlMetadata.siteLabels("https://pawszilla.com/x")));
        assertEquals("The Jerusalem Post", HtmlMetadata.outletName("The Jerusalem Post | JPost.com", HtmlMetadata.siteLabels("https://www.jpost.com/x")));
        // a name without a spaced separator, or whose parts do not name the domain, stays as it is
        assertEquals("Osthessen|News", HtmlMetadata.outletName("Osthessen|News", HtmlMetadata.siteLabels("https://osthessen-news.de/n/")));
        assertEquals("Süddeutsche Zeitung - Politik", HtmlMetadata.outletName("Süddeutsche Zeitung - Politik", HtmlMetadata.siteLabels("https://www.sz.de/x")));
        assertEquals("Deutsche Welle", HtmlMetadata.outletName("Deutsche Welle", HtmlMetadata.siteLabels("https://www.dw.com/de/x")));
    }
}
