package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Article;
import org.lagebild.model.BlockType;

/** Decisions on single blocks of HTML pages: captions marked by class, the lead from the description, layout tables. */
class BlockDecisionTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final String P1 = "<p>Der Stadtrat hat am Donnerstag nach langer Debatte den neuen Haushalt für das kommende Jahr beschlossen, "
            + "wie die Verwaltung mitteilte.</p>";
    private static final String P2 = "<p>Die Opposition stimmte geschlossen dagegen und kritisierte vor allem die Kürzungen bei den Bädern, "
            + "den Bibliotheken und der Jugendarbeit.</p>";
    private static final String P3 = "<p>Die Kämmerin verteidigte den Entwurf: Ohne die Einsparungen sei der Haushalt nicht genehmigungsfähig, "
            + "sagte sie nach der Sitzung.</p>";

    private static List<String> texts(Article a, BlockType type) {
        return a.blocks().stream().filter(b -> b.type() == type).map(a::text).toList();
    }

    private static Article extract(String html) throws ExtractionException {
        return EXTRACTOR.extract(BadInputTest.html(html));
    }

    @Test
    void aCaptionLeftWithoutWordsByItsCreditIsRemoved() throws Exception {
        // futurezone.at: "©" before the credit element is all that is left of the caption
        Article a = extract("<html><body><article><h1>Lyft startet mit Robotertaxis</h1><figure><img src=\"a.jpg\">"
                + "<figcaption>© <span class=\"credit\">Bild: REUTERS / CAITLIN O'HARA</span></figcaption></figure>"
                + P1 + P2 + P3 + "<figure><img src=\"b.jpg\"><figcaption>Der Stadtrat im Sitzungssaal</figcaption></figure>"
                + "</article></body></html>");
        assertFalse(texts(a, BlockType.CAPTION).contains("©"), a.blocks().toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.text().equals("©") && r.rule().equals("extract.empty-caption")), a.removed().toString());
        // a caption with words stays
        assertTrue(texts(a, BlockType.CAPTION).contains("Der Stadtrat im Sitzungssaal"), texts(a, BlockType.CAPTION).toString());
    }

    @Test
    void captionMarkedByClassIsACaptionNotBodyText() throws Exception {
        Article a = extract("<html><body><article>" + P1
                + "<div class=\"article__img\"><img src=x.jpg><div class=\"article__img__caption\"><span class=\"credit\">Max Muster/dpa</span>"
                + "<div>Das Rathaus am Abend der Abstimmung.</div></div></div>" + P2 + P3 + "</article></body></html>");
        assertEquals(List.of("Max Muster/dpa Das Rathaus am Abend der Abstimmung."), texts(a, BlockType.CAPTION));
        assertEquals(3, texts(a, BlockType.PARAGRAPH).size());
    }

    @Test
    void paragraphOpeningWithACreditIsACaption() throws Exception {
        Article a = extract("<html><body><article>" + P1
                + "<p class=\"image-text\"><span class=\"copyright\">Foto: Stadt</span> Das Rathaus am Abend der Abstimmung.</p>"
                + P2 + P3 + "</article></body></html>");
        assertEquals(1, texts(a, BlockType.CAPTION).size());
        assertFalse(a.text().isEmpty());
        assertTrue(texts(a, BlockType.PARAGRAPH).stream().noneMatch(t -> t.contains("Rathaus am Abend")));
    }

    @Test
    void longClassCaptionWithSeveralSentencesStaysText() throws Exception {
        String story = "<div class=\"caption\">Die Sitzung dauerte bis in die Nacht, und viele Bürger verfolgten sie im Saal. "
                + "Erst gegen Mitternacht stand das Ergebnis fest. Danach gab es Applaus von den Rängen und Buhrufe "
                + "von der Empore, wo die Gegner der Kürzungen saßen.</div>";
        Article a = extract("<html><body><article>" + P1 + story + P2 + P3 + "</article></body></html>");
        assertTrue(texts(a, BlockType.CAPTION).isEmpty());
    }

    @Test
    void leadBesideTheHeadlineIsFoundByThePageDescription() throws Exception {
        String lead = "Nach monatelangem Streit steht der Haushalt der Stadt: Die Mehrheit setzte Kürzungen bei Bädern und Bibliotheken durch.";
        Article a = extract("<html><head><title>Haushalt beschlossen</title><meta name=\"description\" content=\""
                + lead.substring(0, 80) + "...\"></head><body><div class=\"top\"><h1>Haushalt beschlossen</h1>"
                + "<div class=\"box\"><p>" + lead + "</p></div></div><div class=\"links\"><a href=/a>Start</a></div>"
                + "<div class=\"content\"><div class=\"text\">" + P1 + P2 + P3 + "</div></div></body></html>");
        assertTrue(a.text().contains(lead), a.text());
    }

    @Test
    void describedLeadSurvivesATeaserClass() throws Exception {
        String lead = "Nach monatelangem Streit steht der Haushalt der Stadt: Die Mehrheit setzte Kürzungen bei Bädern und Bibliotheken durch.";
        Article a = extract("<html><head><title>Haushalt beschlossen</title><meta name=\"description\" content=\"" + lead
                + "\"></head><body><div class=\"page\"><div class=\"head\"><h1>Haushalt beschlossen</h1></div>"
                + "<div class=\"teaser-text\"><p>" + lead + "</p></div><div class=\"body\">" + P1 + P2 + P3
                + "</div></div><div class=\"teaser\"><p>Ein anderer Artikel über den Zoo der Stadt, seine Tiere und den neuen Eingang.</p></div>"
                + "</body></html>");
        assertTrue(a.text().contains(lead), a.text());
        assertFalse(a.text().contains("Zoo"), a.text());
    }

    @Test
    void layoutTableWithALongCellIsReadBlockByBlock() throws Exception {
        String cell = "Der Stadtrat hat am Donnerstag den neuen Haushalt beschlossen. ".repeat(10);
        Article a = extract("<html><body><article><table><tr><td>12.12.2022</td><td><b>Haushalt</b><br>" + cell
                + "</td></tr></table></article></body></html>");
        assertTrue(texts(a, BlockType.TABLE).isEmpty(), a.blocks().toString());
        assertTrue(a.text().contains("Haushalt beschlossen."));
    }

    @Test
    void dataTableStaysATable() throws Exception {
        Article a = extract("<html><body><article>" + P1 + "<table><tr><th>Posten</th><th>Euro</th></tr><tr><td>Bäder</td><td>1,2 Mio.</td></tr>"
                + "<tr><td>Bibliotheken</td><td>0,8 Mio.</td></tr></table>" + P2 + P3 + "</article></body></html>");
        assertEquals(List.of("Posten | Euro\nBäder | 1,2 Mio.\nBibliotheken | 0,8 Mio."), texts(a, BlockType.TABLE));
    }

    @Test
    void headingAfterTheLastTextIsRemoved() throws Exception {
        Article a = extract("<html><body><article>" + P1 + "<h2>Zwischenstand der Beratungen</h2>" + P2 + P3 + P1.replace("Stadtrat", "Kreistag")
                + "<h3>Keine Lust alleine zu lesen?</h3></article></body></html>");
        assertEquals(List.of("Zwischenstand der Beratungen"), texts(a, BlockType.SUBHEADING));
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.TRAILING_HEADING_RULE)));
    }

    @Test
    void trailingHeadingsOfAShortPageStay() throws Exception {
        Article a = extract("<html><body><article>" + P1 + "<h2>Lehrinhalte</h2><h3>Module</h3></article></body></html>");
        assertEquals(List.of("Lehrinhalte", "Module"), texts(a, BlockType.SUBHEADING));
    }

    @Test
    void leadMarkedPerexBesideTheHeadlineJoinsTheArticle() throws Exception {
        String lead = "Photos à l'appui, le tabloïd révèle ce vendredi que le ministre s'est retrouvé mercredi soir dans un restaurant.";
        Article a = extract("<html><body><div class=\"top\"><h1>Le ministre au restaurant</h1><div class=\"field field-perex\"><p>"
                + lead + "</p></div></div><div class=\"links\"><a href=/a>Start</a></div><div class=\"content\"><div class=\"text\">"
                + P1 + P2 + P3 + "</div></div></body></html>");
        assertTrue(a.text().contains(lead), a.text());
    }

    @Test
    void headerWithTheHeadlineAndItsLeadIsNotThePageHeader() throws Exception {
        String lead = "Aussergewöhnlicher Besuch: An der Synode trafen heute die Delegierten auf den Bundesrat und den Gast aus Rom.";
        String page = "<html><body><header class=\"top\"><div><h1>Ökumene trifft Diplomatie</h1><div class=\"text-lead\"><p>" + lead
                + "</p></div></div></header><div class=\"content\"><div class=\"text\">" + P1 + P2 + P3 + "</div></div>"
                + "<header class=\"site\"><a href=/>Start</a> <a href=/a>Archiv</a></header></body></html>";
        Article a = extract(page);
        assertTrue(a.text().contains(lead), a.text());
        assertFalse(a.text().contains("Archiv"), a.text());
    }

    @Test
    void namedAnchorIsNotALink() throws Exception {
        String question = "Eine der meistgestellten Fragen ist mittlerweile die: Was sagt die Kämmerin dazu?";
        Article a = extract("<html><body><article>" + P1 + "<p><a name=\"frage\">" + question + "</a></p>" + P2 + P3
                + "<p><a href=\"/anderer-artikel\">" + question + "</a></p></article></body></html>");
        assertEquals(1, texts(a, BlockType.PARAGRAPH).stream().filter(t -> t.equals(question)).count(), a.text());
    }

    private static String teaser(String cls, String headline, String summary) {
        return "<div class=\"" + cls + "\"><a href=\"/a\"><img src=x.jpg></a><h3>" + headline + "</h3><span>" + summary
                + "</span><a href=\"/a\"></a></div>";
    }

    @Test
    void gridOfTeasersAfterTheTextIsRemoved() throws Exception {
        String grid = "<div class=\"rail\">" + teaser("item", "Zoo bekommt neuen Eingang", "Die Bauarbeiten beginnen im Mai.")
                + teaser("item", "Freibad öffnet früher", "Wegen der Hitze schon ab Ende April.")
                + teaser("item", "Neue Buslinie im Norden", "Sie fährt alle zehn Minuten.") + "</div>";
        Article a = extract("<html><body><article>" + P1 + P2 + P3 + grid + "</article></body></html>");
        assertFalse(a.text().contains("Freibad"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.TEASER_GRID_RULE)));
    }

    @Test
    void boxOfTwoTeaserCardsIsRemoved() throws Exception {
        // autoindustriya.com "next-prev", latimes.com promo card: a picture, a headline link, a summary and a date;
        // 40-50 % link text, which the link-list rule (50 %) and the teaser grid (three cards) miss
        String cards = "<div class=\"next-prev\"><div class=\"card\"><a href=\"/zoo\"><img src=\"z.jpg\"></a>"
                + "<h5><a href=\"/zoo\">Der Zoo bekommt einen neuen Eingang</a></h5><p>Die Bauarbeiten beginnen im Mai am Nordtor</p><span>12.03.2023</span></div>"
                + "<div class=\"card\"><a href=\"/bad\"><img src=\"b.jpg\"></a>"
                + "<h5><a href=\"/bad\">Das Freibad öffnet dieses Jahr früher</a></h5><p>Wegen der Hitze schon ab Ende April offen</p><span>11.03.2023</span></div></div>";
        Article a = extract("<html><body><article>" + P1 + P2 + P3 + cards + "</article></body></html>");
        assertFalse(a.text().contains("Die Bauarbeiten beginnen"), a.text());
        assertFalse(a.text().contains("Wegen der Hitze"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.LINK_BOX_RULE)), a.removed().toString());
        assertTrue(a.text().contains("Jugendarbeit"), a.text());
    }

    @Test
    void anAuthorBoxThatLinksItsSearchesIsNoTeaserBox() throws Exception {
        // nature.com: the author's name and "Search for this author in: PubMed Nature.com Google Scholar", mostly
        // link text, inside a box whose inner parts are marked as the author's; it is the byline, not a teaser box
        String box = "<div class=\"cleared\"><h3 id=\"author-affiliation-news-0-head\">Elizabeth Gibney</h3>"
                + "<div id=\"author-affiliation-news-0-content\">Search for this author in: <a href=\"/p\">PubMed</a> "
                + "<a href=\"/n\">Nature.com</a> <a href=\"/g\">Google Scholar</a></div></div>";
        Article a = extract("<html><body><article>" + P1 + P2 + P3 + box + "</article></body></html>");
        assertTrue(a.removed().stream().noneMatch(r -> r.rule().equals(HtmlExtractor.LINK_BOX_RULE)), a.removed().toString());
    }

    @Test
    void linkedTextWithCommasAndLinkedTableCellsStay() throws Exception {
        // a box of sentences that link much of their words (a list of sources, a glossary) has commas, and a wiki
        // table links most of its cells: neither is a teaser box
        String sources = "<div class=\"sources\">Quellen: <a href=\"/a\">Haushaltsplan der Stadt 2023</a>, Vorbericht der Verwaltung, "
                + "Stellungnahme der Kämmerin, <a href=\"/c\">Protokoll der Sitzung</a>, Antrag, <a href=\"/d\">Gutachten des Landes</a>, "
                + "Presse, <a href=\"/e\">Satzung</a>, Bericht, <a href=\"/f\">Beschluss</a>, Anlage.</div>";
        String table = "<table><tr><td><a href=\"/bad\">Freibad Nord</a> am Stadtwald hinter dem Sportplatz</td><td><p>geöffnet ab Mai, täglich</p></td></tr>"
                + "<tr><td><a href=\"/hallenbad\">Hallenbad Mitte</a> an der Marktstraße</td><td><p>geschlossen bis Juni</p></td></tr></table>";
        Article a = extract("<html><body><article>" + P1 + sources + P2 + table + P3 + "</article></body></html>");
        assertTrue(a.text().contains("Stellungnahme der Kämmerin"), a.text());
        assertTrue(a.text().contains("Hallenbad Mitte"), a.text());
        assertTrue(a.removed().stream().noneMatch(r -> r.rule().equals(HtmlExtractor.LINK_BOX_RULE)), a.removed().toString());
    }

    @Test
    void sameShapedBlocksWithoutHeadlineLinksStay() throws Exception {
        // three boxes of one shape, each a heading and a short text, but none links elsewhere: article content
        String boxes = "<div class=\"facts\"><div class=\"fact\"><h3>Einnahmen der Stadt</h3><p>412 Millionen Euro.</p></div>"
                + "<div class=\"fact\"><h3>Ausgaben der Stadt</h3><p>431 Millionen Euro.</p></div>"
                + "<div class=\"fact\"><h3>Schulden der Stadt</h3><p>1,2 Milliarden Euro.</p></div></div>";
        Article a = extract("<html><body><article>" + P1 + boxes + P2 + P3 + "</article></body></html>");
        assertTrue(a.text().contains("431 Millionen Euro."), a.text());
    }

    @Test
    void sectionLabelAboveASecondHeadlineIsRemoved() throws Exception {
        Article a = extract("<html><head><title>Haushalt | Stadtanzeiger</title></head><body><article><p>Das Rathaus</p>"
                + "<h2>Der Haushalt ist ein fauler Kompromiss</h2>" + P1 + P2 + P3 + "</article></body></html>");
        assertFalse(a.text().contains("Das Rathaus"), a.text());
        assertTrue(a.text().contains("Der Stadtrat hat am Donnerstag"), a.text());
    }

    @Test
    void sectionLabelAboveTheTextIsRemoved() throws Exception {
        Article a = extract("<html><body><article><p>Das Rathaus</p><p>Stadtpolitik</p>" + P1 + P2 + P3 + "</article></body></html>");
        assertFalse(a.text().contains("Das Rathaus"), a.text());
        assertFalse(a.text().contains("Stadtpolitik"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.TOP_LABEL_RULE)));
    }

    @Test
    void shortExclamationAboveTheTextAndLabelsBelowItStay() throws Exception {
        Article a = extract("<html><body><article><p>Endlich geschafft!</p>" + P1 + "<p>Das Rathaus</p>" + P2 + P3
                + "</article></body></html>");
        assertTrue(a.text().contains("Endlich geschafft!"), a.text() + a.removed());
        assertTrue(a.text().contains("Das Rathaus"), a.text() + a.removed());
    }

    @Test
    void labelledLinkToAnotherArticleIsRemoved() throws Exception {
        Article a = extract("<html><body><article>" + P1 + "<p>SEE MORE: <a href=\"/a/2\">Stadtrat streitet über die Bibliotheken</a></p>"
                + "<h3>[Related: <a href=\"/a/3\">Die Bäder bleiben im Winter geschlossen</a>]</h3>" + P2 + P3 + "</article></body></html>");
        assertFalse(a.text().contains("Bibliotheken</a>") || a.text().contains("streitet"), a.text());
        assertFalse(a.text().contains("Winter geschlossen"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.TEASER_LINK_RULE)));
    }

    @Test
    void contactLinksAndLinksInsideSentencesStay() throws Exception {
        Article a = extract("<html><body><article>" + P1 + "<p>Kontakt: <a href=\"mailto:presse@stadt.de\">presse@stadt.de</a></p>"
                + "<p>Die Vorlage steht <a href=\"/vorlage\">im Ratsinformationssystem der Stadt</a> zum Nachlesen bereit.</p>"
                + P2 + P3 + "</article></body></html>");
        assertTrue(a.text().contains("presse@stadt.de"), a.text());
        assertTrue(a.text().contains("im Ratsinformationssystem der Stadt zum Nachlesen"), a.text());
    }

    @Test
    void linkCardInsideAParagraphIsNotText() throws Exception {
        String card = "<span class=\"people\"><a href=\"/p/mm\">Maria Muster</a><span class=\"card\">"
                + "<a href=\"/a/1\">Muster fordert neue Schwimmbäder für alle Stadtteile</a> "
                + "<a href=\"/a/2\">Stadtrat streitet über die Bibliotheken</a> <a href=\"/p/mm\">MEHR</a></span></span>";
        Article a = extract("<html><body><article><p>Die Kämmerin " + card + " verteidigte den Entwurf vor dem Stadtrat am Abend.</p>"
                + P1 + P2 + "</article></body></html>");
        assertTrue(a.text().contains("Die Kämmerin Maria Muster verteidigte den Entwurf"), a.text());
        assertFalse(a.text().contains("Schwimmbäder"), a.text());
    }

    @Test
    void aSingleLinkInsideAParagraphStays() throws Exception {
        Article a = extract("<html><body><article><p>Die Kämmerin <span><a href=\"/p/mm\">Maria Muster, die seit dem Jahr 2019 "
                + "die Finanzen der Stadt verantwortet und zuvor in Bonn war,</a></span> verteidigte den Entwurf.</p>"
                + P1 + P2 + "</article></body></html>");
        assertTrue(a.text().contains("die Finanzen der Stadt verantwortet"), a.text());
    }

    @Test
    void dateLineAboveTheTextIsRemoved() throws Exception {
        Article a = extract("<html><body><article><h1>Haushalt beschlossen</h1><p>Von Maria Muster, 19. November 2019 | 08:05 Uhr</p>"
                + P1 + P2 + P3 + "</article></body></html>");
        assertFalse(a.text().contains("Maria Muster"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.TOP_DATE_LINE_RULE)));
    }

    @Test
    void shortSentenceWithADateAboveTheTextStays() throws Exception {
        Article a = extract("<html><body><article><h1>Haushalt beschlossen</h1><p>Die Sitzung war am 19. November 2019.</p>"
                + P1 + P2 + P3 + "</article></body></html>");
        assertTrue(a.text().contains("Die Sitzung war am 19. November 2019."), a.text());
    }

    @Test
    void italicNotesWithLinksAfterTheTextAreRemoved() throws Exception {
        Article a = extract("<html><body><article>" + P1 + P2 + P3
                + "<p><em>Folgen Sie dem Stadtanzeiger auf </em><a href=\"https://x.example/sa\">X</a><em> und im Newsletter.</em></p>"
                + "<p><i>Dieser Artikel erschien zuerst im </i><a href=\"/magazin\"><i>Stadtmagazin 10/22</i></a><i>.</i></p>"
                + "</article></body></html>");
        assertFalse(a.text().contains("Folgen Sie"), a.text());
        assertFalse(a.text().contains("erschien zuerst"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.TRAILING_NOTE_RULE)));
    }

    @Test
    void italicQuoteWithoutALinkAndItalicsInsideTheTextStay() throws Exception {
        String inside = "<p><em>Die Bürger sollen nach Ansicht der Verwaltung </em><a href=\"/plan\"><em>im Plan</em></a><em> nachlesen können, was gekürzt wird.</em></p>";
        Article a = extract("<html><body><article>" + P1 + inside + P2 + P3
                + "<p><em>„Sparen ist die Kunst, das Nötige zu behalten.“ (Kämmerin Muster)</em></p></article></body></html>");
        assertTrue(a.text().contains("Sparen ist die Kunst"), a.text());
        assertTrue(a.text().contains("im Plan nachlesen"), a.text());
    }

    @Test
    void leadInLineAfterTheTextIsRemoved() throws Exception {
        String p4 = "<p>Der Haushalt tritt am 1. Januar in Kraft, sofern die Aufsichtsbehörde ihn bis dahin genehmigt; "
                + "andernfalls gilt die vorläufige Haushaltsführung.</p>";
        Article a = extract("<html><body><article>" + P1 + P2 + P3 + p4 + "<h3>Like this:</h3><p>Weitere Bilder:</p></article></body></html>");
        assertFalse(a.text().contains("Like this"), a.text());
        assertFalse(a.text().contains("Weitere Bilder"), a.text());
    }

    @Test
    void leadInLineWithItsListAndIntroducingSentencesStay() throws Exception {
        Article a = extract("<html><body><article>" + P1 + P2 + "<p>Gekürzt wird bei:</p><ul><li>den Bädern</li><li>den Bibliotheken</li></ul>"
                + P3 + "<p>Die Opposition reagierte im Netz prompt auf den Beschluss:</p></article></body></html>");
        assertTrue(a.text().contains("Gekürzt wird bei:"), a.text());
        assertTrue(a.text().contains("reagierte im Netz prompt"), a.text());
    }

    @Test
    void paragraphOfSeveralLinksIsALinkList() throws Exception {
        Article a = extract("<html><body><article>" + P1 + "<p>MEHR: <a href=\"/a/1\">Stadtrat streitet über die Bibliotheken</a> | "
                + "<a href=\"/a/2\">Die Bäder bleiben im Winter geschlossen</a> [VIDEO]</p>" + P2 + P3 + "</article></body></html>");
        assertFalse(a.text().contains("Winter geschlossen"), a.text());
    }

    @Test
    void paragraphWithSeveralLinksInItsSentencesStays() throws Exception {
        Article a = extract("<html><body><article>" + P1 + "<p>Sowohl <a href=\"/spd\">die SPD-Fraktion</a> als auch <a href=\"/gruene\">die Grünen</a> "
                + "kündigten an, den Beschluss gerichtlich prüfen zu lassen.</p>" + P2 + P3 + "</article></body></html>");
        assertTrue(a.text().contains("gerichtlich prüfen"), a.text());
    }

    private static final String LONG_CAPTION = "Das Rathaus am Abend der Abstimmung, als die Fraktionen noch verhandelten. "
            + "Erst gegen Mitternacht stand das Ergebnis fest, und die Kämmerin trat vor die Presse, die vor dem Eingang wartete.";

    @Test
    void longCaptionOfOnePictureIsACaption() throws Exception {
        Article a = extract("<html><body><article>" + P1 + "<figure><img src=a.jpg><figcaption>" + LONG_CAPTION + "</figcaption></figure>"
                + P2 + P3 + "</article></body></html>");
        assertEquals(List.of(LONG_CAPTION), texts(a, BlockType.CAPTION));
    }

    @Test
    void longCaptionsOfASlideShowAreText() throws Exception {
        String slide = "<figure><img src=a.jpg><figcaption>" + LONG_CAPTION + "</figcaption></figure>";
        Article a = extract("<html><body><article>" + P1 + "<div class=\"slides\">" + slide + slide.replace("Abend", "Morgen")
                + "</div>" + P2 + P3 + "</article></body></html>");
        assertTrue(texts(a, BlockType.CAPTION).isEmpty(), a.text());
    }

    @Test
    void longClassCaptionEndingWithAnAgencyCreditIsACaption() throws Exception {
        String caption = "<div class=\"image-caption\">Die Sitzung dauerte bis in die Nacht, und viele Bürger verfolgten sie im Saal. "
                + "Erst gegen Mitternacht stand das Ergebnis fest. Danach gab es Applaus von den Rängen und Buhrufe "
                + "von der Empore, wo die Gegner der Kürzungen saßen. Jaafar ASHTIYEH / AFP</div>";
        Article a = extract("<html><body><article>" + P1 + "<div class=\"picture\"><img src=a.jpg>" + caption + "</div>" + P2 + P3
                + "</article></body></html>");
        assertFalse(a.text().isEmpty());
        assertTrue(texts(a, BlockType.PARAGRAPH).stream().noneMatch(t -> t.contains("Mitternacht")), a.text());
        assertEquals(1, texts(a, BlockType.CAPTION).size(), a.text());
    }

    @Test
    void longCaptionsOfASlideShowWithACreditElementAreCaptions() throws Exception {
        String slide = "<figure><img src=a.jpg><figcaption><p>" + LONG_CAPTION + "</p><div class=\"attribution\"><p>Stadt Musterhausen</p>"
                + "</div></figcaption></figure>";
        Article a = extract("<html><body><article>" + P1 + "<div class=\"slides\">" + slide + slide.replace("Abend", "Morgen")
                + "</div>" + P2 + P3 + "</article></body></html>");
        assertEquals(2, texts(a, BlockType.CAPTION).size(), a.text());
        assertTrue(texts(a, BlockType.PARAGRAPH).stream().noneMatch(t -> t.contains("Mitternacht")), a.text());
    }

    @Test
    void longCaptionBoxWithAHeadingIsNotACreditedCaption() throws Exception {
        String header = "<div class=\"header header--caption-style\"><h2>Der Haushalt der Stadt ist beschlossen</h2><p>Die Sitzung dauerte "
                + "bis in die Nacht, und viele Bürger verfolgten sie im Saal. Erst gegen Mitternacht stand das Ergebnis fest, "
                + "und die Kämmerin trat vor die Presse.</p><img src=a.jpg><span class=\"credit\">Foto: Stadt</span></div>";
        Article a = extract("<html><body><article>" + header + P1 + P2 + P3 + "</article></body></html>");
        assertTrue(a.blocks().stream().filter(b -> b.type().isBody()).map(a::text).anyMatch(t -> t.contains("Mitternacht")), a.text());
    }

    @Test
    void pictureGalleryItemIsReadAsItsCaption() throws Exception {
        String item = "<li class=\"slide\"><div class=\"img-wrap\"><img src=a.jpg></div><div class=\"caption\">"
                + "<div class=\"caption-full\"><p>" + LONG_CAPTION + "</p></div><div class=\"caption-truncated\"><p>" + LONG_CAPTION
                + "</p></div><span class=\"credit\">Foto: Stadt Musterhausen</span></div></li>";
        Article a = extract("<html><body><article><ul class=\"pictures\">" + item + "</ul>" + P1 + P2 + P3 + "</article></body></html>");
        assertTrue(a.blocks().stream().filter(b -> b.type().isBody()).map(a::text).noneMatch(t -> t.contains("Mitternacht")), a.text());
    }

    @Test
    void listItemWithAPictureButNoCaptionBoxStays() throws Exception {
        String items = "<li><img src=a.jpg>Freibad Nord: geschlossen ab dem ersten Januar</li><li><img src=b.jpg>Bibliothek Süd: "
                + "kürzere Öffnungszeiten am Samstag</li>";
        Article a = extract("<html><body><article>" + P1 + "<ul>" + items + "</ul>" + P2 + P3 + "</article></body></html>");
        assertTrue(a.text().contains("Freibad Nord: geschlossen"), a.text());
    }

    private static final String EN1 = "<p>The city council approved next year's budget on Thursday after a long debate, the administration said "
            + "in a statement.</p>";
    private static final String EN2 = "<p>The opposition voted against it and criticised the cuts to swimming pools, libraries and youth work "
            + "in particular.</p>";

    @Test
    void shareAndSubscriptionPromosAroundTheTextAreRemoved() throws Exception {
        Article a = extract("<html><body><article><p>Share this on WhatsApp</p>" + EN1 + EN2
                + "<p>Like this story? Share it with a friend!</p><h3>Subscribe to the Morning Review newsletter</h3>"
                + "<p>Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.</p>"
                + "<p>If you enjoyed this article, we have a proposition for you: Join CityPlus. Members get all of our content.</p>"
                + "</article></body></html>");
        assertTrue(a.text().contains("swimming pools"), a.text());
        for (String promo : List.of("WhatsApp", "friend", "Morning Review", "top headlines", "CityPlus")) {
            assertFalse(a.text().contains(promo), promo + ": " + a.text());
        }
    }

    @Test
    void copyrightAndCookieLinesAfterTheTextAreRemoved() throws Exception {
        Article a = extract("<html><body><article>" + EN1 + EN2 + "<p>Copyright ⓒ Citynews.example. All rights reserved</p>"
                + "<p>Copyright @ 2019 The City Paper.</p><p>The cookie settings on this website are set to \"allow cookies\" to give you "
                + "the best browsing experience possible.</p></article></body></html>");
        assertTrue(a.text().contains("swimming pools"), a.text());
        for (String line : List.of("Citynews", "City Paper", "cookie settings")) {
            assertFalse(a.text().contains(line), line + ": " + a.text());
        }
    }

    @Test
    void sentencesAboutCopyrightAndCookieSettingsStay() throws Exception {
        Article a = extract("<html><body><article>" + EN1 + "<p>The cookie settings on this website are set by a contractor, the council "
                + "admitted on Friday after complaints.</p><p>Copyright lawyers said the council's logo could not be protected.</p>" + EN2
                + "</article></body></html>");
        assertTrue(a.text().contains("set by a contractor"), a.text());
        assertTrue(a.text().contains("Copyright lawyers"), a.text());
    }

    @Test
    void sentencesAboutSharingAndNewslettersInTheTextStay() throws Exception {
        Article a = extract("<html><body><article>" + EN1 + "<p>If you enjoyed this article, you will like the council's report even more, "
                + "the mayor joked.</p><p>Get the aid delivered to the villages first, the governor ordered on Friday.</p>" + EN2
                + "</article></body></html>");
        assertTrue(a.text().contains("the mayor joked"), a.text());
        assertTrue(a.text().contains("the governor ordered"), a.text());
    }

    @Test
    void slashDateLineAboveTheTextIsRemoved() throws Exception {
        Article a = extract("<html><body><article><h1>Haushalt beschlossen</h1><p>11/19/2019 by Maria Muster</p>"
                + P1 + P2 + P3 + "</article></body></html>");
        assertFalse(a.text().contains("Maria Muster"), a.text());
    }

    @Test
    void dateLineBelowTheLeadIsRemovedAndTheLeadStays() throws Exception {
        Article a = extract("<html><body><article><h1>Haushalt beschlossen</h1><p class=\"lead\">Nach langem Streit steht der Haushalt: "
                + "Die Mehrheit setzte Kürzungen bei Bädern und Bibliotheken durch.</p><p>Aktualisiert 19.11.2019, 08:05</p>"
                + P1 + P2 + P3 + "</article></body></html>");
        assertFalse(a.text().contains("Aktualisiert"), a.text());
        assertEquals(1, texts(a, BlockType.LEAD).size(), a.text());
    }

    @Test
    void contactLinesAfterTheTextAreRemoved() throws Exception {
        String p4 = "<p>Der Haushalt tritt am 1. Januar in Kraft, sofern die Aufsichtsbehörde ihn bis dahin genehmigt; "
                + "andernfalls gilt die vorläufige Haushaltsführung.</p>";
        Article a = extract("<html><body><article>" + P1 + P2 + P3 + p4 + "<p>E-Mail: redaktion@stadtanzeiger.example</p>"
                + "<p>twitter.com/stadtanzeiger</p></article></body></html>");
        assertFalse(a.text().contains("redaktion@"), a.text());
        assertFalse(a.text().contains("twitter.com"), a.text());
        assertTrue(a.text().contains("vorläufige Haushaltsführung"), a.text());
    }

    @Test
    void shortBoxAroundAFormIsRemoved() throws Exception {
        Article a = extract("<html><body><article>" + P1 + P2 + "<div class=\"box\"><h3>Der Morgen im Rathaus</h3>"
                + "<p>Jeden Tag um sechs in Ihrem Postfach.</p><form><input name=mail><button>Anmelden</button></form></div>"
                + P3 + "</article></body></html>");
        assertFalse(a.text().contains("Postfach"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.FORM_BOX_RULE)));
    }

    @Test
    void listBesideAButtonStays() throws Exception {
        Article a = extract("<html><body><article>" + P1 + P2 + "<div class=\"zutaten\"><h3>Zutaten</h3>"
                + "<ul><li>500 g Mehl</li><li>3 Eier</li><li>1 Prise Salz</li></ul><button>Auf die Einkaufsliste</button></div>"
                + P3 + "</article></body></html>");
        assertTrue(a.text().contains("500 g Mehl"), a.text());
    }

    private static final String MODULE_PAGE_START = "<html><body><div class=\"menu\"><a href=/a>Start</a> <a href=/b>Politik</a></div>"
            + "<div class=\"collection\"><div class=\"text\">" + P1 + P2 + P3
            + "<p>Der Bürgermeister sprach von einem schmerzhaften, aber notwendigen Schritt, der die Stadt wieder handlungsfähig mache, "
            + "und kündigte weitere Gespräche an.</p>"
            + "<p>Die Vereine wollen nun prüfen, ob sie gegen die Kürzungen bei den Zuschüssen klagen, sagte ihr Sprecher, "
            + "und riefen zu einer Kundgebung auf.</p></div>";
    private static final String MODULE_PAGE_END = "</div><div class=\"foot\">Impressum</div></body></html>";

    @Test
    void siblingTextModuleWithALongParagraphJoinsTheArticle() throws Exception {
        // one long paragraph in its own module beside the main text module: too few votes for the sibling threshold
        String second = "<div class=\"text\"><p>Der Haushalt sieht Investitionen von zwölf Millionen Euro in Schulen und Straßen vor. "
                + "Die Sanierung der Grundschule am Markt soll im Frühjahr beginnen und bis zum Ende des übernächsten Jahres "
                + "abgeschlossen sein.</p></div>";
        Article a = extract(MODULE_PAGE_START + second + MODULE_PAGE_END);
        assertTrue(texts(a, BlockType.PARAGRAPH).stream().anyMatch(t -> t.startsWith("Der Haushalt sieht Investitionen")),
                () -> texts(a, BlockType.PARAGRAPH).toString());
        assertTrue(texts(a, BlockType.PARAGRAPH).stream().anyMatch(t -> t.startsWith("Der Stadtrat")));
    }

    @Test
    void siblingModuleOfLinksOrShortLinesStaysOut() throws Exception {
        // link-rich paragraphs, or short lines only: not a part of the article
        String links = "<div class=\"more\"><p><a href=/1>Neues Hallenbad öffnet im Herbst</a>, <a href=/2>Bibliothek verlängert "
                + "die Öffnungszeiten</a>, <a href=/3>Jugendzentrum sucht neue Räume</a> und <a href=/4>Kita-Gebühren steigen</a>.</p></div>";
        String shortLines = "<div class=\"facts\"><p>Beschlossen: 14. März</p><p>Stimmen: 31 zu 24</p><p>Volumen: 412 Mio. Euro</p>"
                + "<p>Nächste Sitzung: 2. April</p><p>Ort: Ratssaal</p><p>Vorsitz: Oberbürgermeisterin</p></div>";
        Article a = extract(MODULE_PAGE_START + links + shortLines + MODULE_PAGE_END);
        assertTrue(texts(a, BlockType.PARAGRAPH).stream().anyMatch(t -> t.startsWith("Der Stadtrat")));
        assertFalse(a.text().contains("Hallenbad"), a.text());
        assertFalse(a.text().contains("Ratssaal"), a.text());
    }

    @Test
    void whiteSpaceBetweenInlineElementsSeparatesTheirWords() throws Exception {
        // rundschau-online: two button links side by side in a loose box read "Druckenper Mail" before
        Article a = extract("<html><body><article>" + P1 + "<div class=\"tools\"><a href=\"/x\">Vorlesen</a>\n"
                + "<span>Nachricht vom</span> <span>Montag</span><b>!</b></div>" + P2 + P3 + "</article></body></html>");
        assertTrue(a.text().contains("Vorlesen Nachricht vom Montag!"), a.text());
    }

    @Test
    void separatorsAreNoWordsOfASectionLabel() throws Exception {
        // basicthinking.de: "Marketing • Social Media" is a label of three words, not four
        Article a = extract("<html><body><article><div class=\"cat\"><span>Marketing</span> • <span>Social Media</span></div>"
                + P1 + P2 + P3 + "</article></body></html>");
        assertFalse(a.text().contains("Social Media"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.TOP_LABEL_RULE)), a.removed().toString());
        // four words with a separator are no label
        Article b = extract("<html><body><article><div class=\"cat\"><span>Marketing heute</span> • <span>Social Media</span></div>"
                + P1 + P2 + P3 + "</article></body></html>");
        assertTrue(b.text().contains("Social Media"), b.text());
        assertEquals(3, Lines.words("News > Nation | Welt"));
        assertEquals(0, Lines.words(" • | "));
    }

    @Test
    void rowOfScriptAndInPageLinksIsRemoved() throws Exception {
        // rundschau-online "Drucken per Mail", pnp "Dokumentinfo", a consent button "Verstanden", "Kommentieren"
        Article a = extract("<html><body><article>" + P1 + P2 + "<div class=\"tools\"><a href=\"#\" onclick=\"print()\">Drucken</a> "
                + "<a href=\"javascript:mail()\">per Mail</a></div>" + P3 + "<div><a href=\"#em_dokuinfo\">Dokumentinfo</a></div>"
                + "</article></body></html>");
        assertFalse(a.text().contains("Drucken"), a.text());
        assertFalse(a.text().contains("Dokumentinfo"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.BUTTON_LINKS_RULE)), a.removed().toString());
    }

    @Test
    void linksToOtherPagesAndInPageLinksInsideSentencesStay() throws Exception {
        Article a = extract("<html><body><article>" + P1 + "<p>Die Zahlen stehen <a href=\"#tabelle\">in der Tabelle</a> unten.</p>"
                + P2 + "<div><a href=\"/haushalt.pdf\">Haushaltsplan (PDF)</a></div>" + P3 + "</article></body></html>");
        assertTrue(a.text().contains("Die Zahlen stehen in der Tabelle unten."), a.text());
        assertTrue(a.text().contains("Haushaltsplan (PDF)"), a.text());
    }

    @Test
    void dateLinesAfterTheTextAreRemoved() throws Exception {
        // tagesschau "Datenleck bei Rheinmetall Benedikt Strunz, NDR 28.04.2020 21:38 Uhr", dpa-AFX "AXC0196 2016-07-19/18:00"
        Article a = extract("<html><body><article>" + P1 + P2 + P3 + P1.replace("Stadtrat", "Kreistag")
                + "<p>Haushalt beschlossen Erika Muster, Stadtanzeiger 28.04.2020 21:38 Uhr</p><p>AXC0196 2016-07-19/18:00</p>"
                + "</article></body></html>");
        assertFalse(a.text().contains("Erika Muster"), a.text());
        assertFalse(a.text().contains("AXC0196"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.TRAILING_HEADING_RULE)
                && r.reason().startsWith("date line")), a.removed().toString());
    }

    @Test
    void closingSentenceWithADateAndDateLinesInsideTheTextStay() throws Exception {
        Article a = extract("<html><body><article>" + P1 + "<p>Sitzung vom 28.04.2020</p>" + P2 + P3 + P1.replace("Stadtrat", "Kreistag")
                + "<p>Die nächste Sitzung ist am 12. Mai 2020.</p></article></body></html>");
        assertTrue(a.text().contains("Sitzung vom 28.04.2020"), a.text());
        assertTrue(a.text().contains("Die nächste Sitzung ist am 12. Mai 2020."), a.text());
    }

    @Test
    void shortElementsClassedAsButtonsAreRemoved() throws Exception {
        // direktbroker "Zum Nachrichtenüberblick", flawlessfood "Print Recipe Pin Recipe", vorangedacht "Abonnieren"
        Article a = extract("<html><body><article>" + P1 + "<div class=\"share-buttons\"><span>Abonnieren</span></div>" + P2 + P3
                + "<div class=\"orange-button fr\"><a href=\"/news.php\">Zum Nachrichtenüberblick</a></div></article></body></html>");
        assertFalse(a.text().contains("Abonnieren"), a.text());
        assertFalse(a.text().contains("Nachrichtenüberblick"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(HtmlExtractor.BUTTON_RULE)), a.removed().toString());
    }

    @Test
    void textInAButtonWrapperAndOtherClassWordsStays() throws Exception {
        String longText = "<div class=\"btn-wrapper\">" + P2 + "</div>";
        Article a = extract("<html><body><article>" + P1 + longText + P3 + "<div class=\"buttonhole\">Knopfloch und Naht</div>"
                + "</article></body></html>");
        assertTrue(a.text().contains("Die Opposition stimmte geschlossen dagegen"), a.text());
        assertTrue(a.text().contains("Knopfloch und Naht"), a.text());
    }

    /** A short post followed by a longer list of other posts, each an article: the post with the headline is the article. */
    @Test
    void theArticleWithTheHeadlineWinsOverAListOfOtherArticles() throws Exception {
        StringBuilder related = new StringBuilder("<article class=\"postbox\"><h3>Das könnte Sie auch interessieren</h3>");
        for (int i = 0; i < 4; i++) {
            related.append("<article class=\"postbox\"><h2><a href=\"/p").append(i).append("\">Beitrag ").append(i).append("</a></h2>")
                    .append(P2.replace("Opposition", "Opposition " + i)).append(P3.replace("Kämmerin", "Kämmerin " + i)).append("</article>");
        }
        related.append("</article>");
        Article a = extract("<html><body><article class=\"articlebox\"><h1>Haushalt beschlossen</h1>" + P1 + P3
                + "</article>" + related + "</body></html>");
        assertEquals(2, texts(a, BlockType.PARAGRAPH).size(), a.blocks().toString());
        assertTrue(texts(a, BlockType.PARAGRAPH).get(0).startsWith("Der Stadtrat"));
        // without a list of articles the longest article stays the choice: the headline sits in a short header article
        Article b = extract("<html><body><article class=\"head\"><h1>Haushalt beschlossen</h1>" + P1 + "</article><article>"
                + P2 + P3 + P2.replace("Opposition", "Fraktion") + "</article></body></html>");
        assertTrue(texts(b, BlockType.PARAGRAPH).stream().anyMatch(t -> t.startsWith("Die Opposition")), b.blocks().toString());
    }

    /** A page built of repeated sections keeps its repeats; a caption shown twice loses its copy. */
    @Test
    void repeatedSectionsAreStructureARepeatedCaptionIsNot() throws Exception {
        StringBuilder plans = new StringBuilder("<html><body><article><h1>Wochenplan</h1>" + P1);
        for (String day : List.of("Montag", "Dienstag", "Mittwoch")) {
            plans.append("<h2>Plan für ").append(day).append("</h2><h3>Frühstück</h3><p>Vor dem Training essen</p>")
                    .append("<h3>Mittagessen</h3><p>Nach dem Training essen</p>");
        }
        // a paragraph shown twice (a donation appeal above and below) is a copy even here
        Article a = extract(plans.toString().replace("<h1>Wochenplan</h1>", "<h1>Wochenplan</h1>" + P2) + P2 + "</article></body></html>");
        assertEquals(3, a.blocks().stream().filter(bl -> a.text(bl).equals("Frühstück")).count(), a.blocks().toString());
        assertEquals(1, texts(a, BlockType.PARAGRAPH).stream().filter(t -> t.startsWith("Die Opposition")).count());
        assertEquals(3, texts(a, BlockType.PARAGRAPH).stream().filter(t -> t.equals("Nach dem Training essen")).count());
        Article b = extract("<html><body><article><h1>Haushalt</h1><p>Der Kämmerer im Rathaus am Abend.</p>" + P1 + P2
                + "<p>Der Kämmerer im Rathaus am Abend.</p>" + P3 + "</article></body></html>");
        assertEquals(1, texts(b, BlockType.PARAGRAPH).stream().filter(t -> t.equals("Der Kämmerer im Rathaus am Abend.")).count(),
                b.blocks().toString());
        assertTrue(b.removed().stream().anyMatch(r -> r.rule().equals("extract.repeated-line")));
    }

    private static final String OVERLAY_TEXT = "<p>Die Agentur betreibt unter ihren Domains mehrere Angebote, deren Bilder nur mit "
            + "Zustimmung der Rechteinhaber verwendet werden dürfen; Anfragen richten Sie bitte an die Redaktion in Wien.</p>";

    /** A page whose article sits in a wrapper, with a branch beside the wrapper of the given class at the end of the body. */
    private static String pageWithBranch(String cls) {
        return "<html><body><div id=\"page\"><div class=\"content\"><h1>Haushalt beschlossen</h1>" + P1 + P2 + P3
                + "</div></div><div class=\"" + cls + "\">" + OVERLAY_TEXT + "</div></body></html>";
    }

    /** A distant branch named an overlay (modal, cookie banner, pop-up, sidebar) is no part of the article. */
    @Test
    void distantBranchNamedAnOverlayStaysOut() throws Exception {
        Article a = extract(pageWithBranch("reveal-modal"));
        assertTrue(texts(a, BlockType.PARAGRAPH).stream().anyMatch(t -> t.startsWith("Der Stadtrat")));
        assertFalse(a.text().contains("Rechteinhaber"), a.text());
        // the same branch named a text module is a distant part of the article, as before
        Article b = extract(pageWithBranch("text-module"));
        assertTrue(b.text().contains("Rechteinhaber"), b.text());
    }

    /** Every row of overlay-words.tsv: its example attribute names an overlay, its counter-example no overlay. */
    @Test
    void overlayWordExamples() {
        for (List<String> r : HtmlExtractor.overlayWordRows()) {
            assertTrue(HtmlExtractor.overlayName(r.get(1)), r.toString());
            assertTrue(r.get(1).toLowerCase(java.util.Locale.ROOT).contains(r.get(0)), r.toString());
            assertFalse(HtmlExtractor.overlayName(r.get(2)), r.toString());
        }
    }

    /** A list page of entries (articles): the one whose heading is the page's title, else only the best one. */
    private static String entries(String title) {
        return entries(title, "item");
    }

    private static String entries(String title, String firstClass) {
        StringBuilder b = new StringBuilder("<html><head><meta property=\"og:title\" content=\"" + title + "\"></head><body><main>"
                + "<section class=\"hero\"><h1>Alle Recherchen</h1></section>"
                + "<article class=\"" + firstClass + "\"><h2>Wir haben bereits die Zusage</h2><div class=\"detail\">" + P1
                + P3.replace("Kämmerin", "Stadtkämmerin") + "</div></article>");
        for (int i = 0; i < 4; i++) {
            b.append("<article class=\"item\"><h2>Andere Recherche ").append(i).append("</h2><div class=\"detail\">");
            for (int k = 0; k < 3; k++) {
                b.append(P2.replace("Opposition", "Opposition " + i + "." + k)).append(P3.replace("Kämmerin", "Kämmerin " + i + "." + k));
            }
            b.append("</div></article>");
        }
        return b.append("</main></body></html>").toString();
    }

    @Test
    void theEntryWithThePageTitleIsTheArticle() throws Exception {
        Article a = extract(entries("Wir haben bereits die Zusage"));
        assertTrue(a.text().contains("Der Stadtrat"), a.text());
        assertFalse(a.text().contains("Opposition"), a.text());
        // no entry holds the title: the best entry is the article, without the other entries beside it
        Article b = extract(entries("Startseite der Recherchen"));
        assertTrue(b.text().contains("Opposition 0.0"), b.text());
        assertFalse(b.text().contains("Opposition 1.0"), b.text());
        assertFalse(b.text().contains("Der Stadtrat"), b.text());
        // the headline in an entry of another kind (a header article beside the list): the best entry stays
        Article c = extract(entries("Wir haben bereits die Zusage", "head"));
        assertTrue(c.text().contains("Opposition 0.0"), c.text());
    }

    @Test
    void serverErrorMessagesInTheBodyAreRemoved() throws Exception {
        // PHP prints its warnings into the page where the failing code runs, here inside the article (session 18)
        String warnings = "<br />\n<b>Warning</b>:  Use of undefined constant WPLANG - assumed 'WPLANG' in "
                + "<b>/www/htdocs/w00a1b2c/wp-content/plugins/share/share.php</b> on line <b>12</b><br />\n"
                + "<b>Strict Standards</b>:  Non-static method JLoader::import() should not be called statically in "
                + "<b>/www/htdocs/w00a1b2c/libraries/loader.php</b> on line <b>186</b><br />\n";
        Article a = extract("<html><body><article><h1>Haushalt beschlossen</h1><div class=\"entry-content\">" + warnings
                + P1 + P2 + "<p>Error establishing a database connection</p>" + P3 + "</div></article></body></html>");
        assertFalse(a.text().contains("on line"), a.text());
        assertFalse(a.text().contains("database connection"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals("en.server.php-error")), a.removed().toString());
        // a notice in the text that names no script and line is text
        Article b = extract("<html><body><article>" + P1 + "<p>Warning: the storm will reach the coast in the night, "
                + "the weather service said in its bulletin on line 2.</p>" + P2 + P3 + "</article></body></html>");
        assertTrue(b.text().contains("Warning: the storm"), b.text());
    }
}
