package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.model.BlockType;
import org.lagebild.model.MetaField;

class AuthorsTest {

    private static final Authors A = Authors.get();

    /** Every row of author-words.tsv: its example reads as its names, its counter-example does not match. */
    @Test
    void dataFileExamples() {
        for (List<String> r : A.rows()) {
            String id = r.get(0);
            switch (r.get(1)) {
                case "prefix" -> {
                    assertTrue(A.opensWithPrefix(r.get(3)), id + " must open " + r.get(3));
                    assertFalse(A.opensWithPrefix(r.get(4)), id + " must not open " + r.get(4));
                    assertEquals(r.get(5), String.join(", ", A.fromByline(r.get(3))), id);
                }
                case "stop" -> {
                    assertTrue(A.stops(r.get(3)), id + " must stop in " + r.get(3));
                    assertFalse(A.stops(r.get(4)), id + " must not stop in " + r.get(4));
                    assertEquals(r.get(5), String.join(", ", A.fromByline(r.get(3))), id);
                }
                case "particle" -> {
                    assertEquals(r.get(5), Authors.clean(r.get(3), java.util.Set.of()), id);
                    assertTrue(A.capitalised(r.get(3)), id + " keeps " + r.get(3));
                    assertFalse(A.capitalised("Adrian " + r.get(4) + " Parr"), id + " must not take " + r.get(4));
                }
                case "placeholder" -> {
                    assertTrue(A.placeholder(r.get(3)), id + " must be a placeholder: " + r.get(3));
                    assertFalse(A.placeholder(r.get(4)), id + " must not be a placeholder: " + r.get(4));
                }
                default -> {
                    assertTrue(A.organisation(r.get(3)), id + " must find an organisation in " + r.get(3));
                    assertFalse(A.organisation(r.get(4)), id + " must not find an organisation in " + r.get(4));
                }
            }
        }
    }

    private static String byline(List<Candidate> cands, MetaField... fields) {
        return Authors.byline(cands, new ArrayList<>(List.of(fields)));
    }

    private static MetaField author(String name, String origin) {
        return new MetaField("author", name, origin);
    }

    @Test
    void bylineLineIsReadAsNames() {
        List<Candidate> cands = List.of(new Candidate("02.02.2022, 11:30 Uhr von Markus Steinrisser", 0, false,
                BlockType.BYLINE, false));
        assertEquals("Markus Steinrisser", byline(cands));
        // counter-case: "von" inside a name is not a prefix when no date precedes it
        assertEquals("Christoph von Ritter", byline(List.of(new Candidate("Christoph von Ritter", 0, false,
                BlockType.BYLINE, false))));
    }

    @Test
    void bylineAfterDateAndSeparator() {
        assertEquals("Tobi", byline(List.of(new Candidate("29. Juni 2017, 23:39 · von Tobi", 0, false,
                BlockType.BYLINE, false))));
        assertEquals("Bob Yirka", byline(List.of(new Candidate("by Bob Yirka , Phys.org", 0, false,
                BlockType.BYLINE, false))));
        assertEquals("Jon Porter", byline(List.of(new Candidate("By Jon Porter@JonPorty Jul 3, 2019, 4:22am EDT", 0,
                false, BlockType.BYLINE, false))));
        // counter-case: a byline block with only a date names nobody
        assertNull(byline(List.of(new Candidate("17 April 2012 • 2:54pm", 0, false, BlockType.BYLINE, false))));
    }

    @Test
    void jsonLdPersonsBeforeMetaAuthor() {
        assertEquals("Fiona Bornhöft, Mariam Hofbeck", byline(List.of(), author("Condé Nast", "meta:author"),
                author("Fiona Bornhöft", "jsonld:author"), author("Mariam Hofbeck", "jsonld:author")));
        // counter-case: without JSON-LD the meta author stands
        assertEquals("Anna Schmidt", byline(List.of(), author("Anna Schmidt", "meta:author")));
    }

    @Test
    void bylineInTextBeforeMetaAuthor() {
        assertEquals("Matthias Lauerer", byline(List.of(), author("Isabell Angele", "meta:author"),
                author("Matthias Lauerer", "byline-line")));
    }

    @Test
    void metaAuthorFoundInBylineBlockIsTakenAsWritten() {
        List<Candidate> cands = List.of(new Candidate("By Gavin O'Callaghan Updated21:22, 6 OCT 2020 News", 0, false,
                BlockType.BYLINE, false));
        assertEquals("Gavin O'Callaghan", byline(cands, author("Gavin O'Callaghan", "meta:author")));
        // counter-case: a meta author the byline does not name loses to the names in the byline
        assertEquals("Tina Muster", byline(List.of(new Candidate("Von Tina Muster", 0, false, BlockType.BYLINE, false)),
                author("Redaktion Beispiel", "meta:author")));
    }

    @Test
    void pageAuthorElementsAfterTextBylines() {
        assertEquals("flerche", byline(List.of(), author("von flerche", "html:author")));
        assertEquals("Anna Schmidt", byline(List.of(), author("Anna Schmidt", "byline-line"),
                author("Peter Meier", "html:author")));
    }

    @Test
    void organisationsAndSiteNamesAreNotAuthors() {
        assertNull(byline(List.of(), author("Deutsches Weininstitut GmbH", "meta:author")));
        assertNull(byline(List.of(), author("Eurosport", "jsonld:author-organization")));
        assertNull(byline(List.of(), new MetaField("publisher", "LECKER", "meta:og:site_name"),
                author("Lecker", "meta:author")));
        assertNull(byline(List.of(), author("futurezone.at", "jsonld:author")));
        assertNull(byline(List.of(), author("https://www.nowgrenada.com/author/suelin/#author", "jsonld:author")));
        // counter-case: a person beside an organisation stays
        assertEquals("Claudia Riedler", byline(List.of(), author("Oberösterreichische Nachrichten GmbH", "meta:author"),
                author("Claudia Riedler", "jsonld:author")));
    }

    @Test
    void partiesEditorialTeamsAndAidOrganisationsAreNotAuthors() {
        assertNull(byline(List.of(), author("Deutsches Rotes Kreuz", "meta:author")));
        assertNull(byline(List.of(), author("Sekretariat Partei Mensch Umwelt Tierschutz", "jsonld:author")));
        assertNull(byline(List.of(new Candidate("N-Land N-Land Redaktion", 0, false, BlockType.BYLINE, false)),
                author("N-Land Redaktion", "meta:author")));
        // counter-case: a person's name that only begins like such a word stays
        assertEquals("Parteli Özdemir", byline(List.of(), author("Parteli Özdemir", "meta:author")));
    }

    @Test
    void metaAuthorOfAPageWithoutArticleMarkupOnlyWhenTheBylineNamesIt() {
        assertNull(byline(List.of(), author("Lüder Hoppe", HtmlMetadata.UNMARKED_AUTHOR)));
        // counter-cases: the byline block names that author; a meta author of a marked article page
        assertEquals("Thomas Rohde", byline(List.of(new Candidate("Geschrieben von Thomas Rohde am 3. Mai", 0, false,
                BlockType.BYLINE, false)), author("Thomas Rohde", HtmlMetadata.UNMARKED_AUTHOR)));
        assertEquals("Lüder Hoppe", byline(List.of(), author("Lüder Hoppe", "meta:author")));
    }

    @Test
    void oneWordNameShowsTheFullNameThePageGivesIt() {
        assertEquals("Thomas Steinberg", byline(List.of(), author("Steinberg", "jsonld:author"),
                author("Thomas Steinberg", "meta:author"), new MetaField(HtmlMetadata.FULL_NAME, "Thomas Steinberg", "full-name")));
        assertEquals("Henry Steinhau", byline(List.of(), author("Henry", "html:author"),
                new MetaField(HtmlMetadata.FULL_NAME, "Henry Steinhau", "full-name")));
        // counter-cases: a full name without the word, and a name of two words, stay as they are
        assertEquals("Mathias", byline(List.of(), author("Mathias", "html:author"),
                new MetaField(HtmlMetadata.FULL_NAME, "Henry Steinhau", "full-name")));
        assertEquals("Anna Dunst", byline(List.of(), author("Anna Dunst", "html:author"),
                new MetaField(HtmlMetadata.FULL_NAME, "Anna Maria Dunst", "full-name")));
    }

    @Test
    void namesThePageNeverShowsAreNotShown() {
        MetaField user = author("Kevin Rebong", "jsonld:author");
        MetaField byline = author("By David Jeans", "html:byline-class");
        assertEquals("David Jeans", byline(List.of(), user, byline,
                new MetaField(HtmlMetadata.NOT_SHOWN, "Kevin Rebong", "jsonld:author")));
        assertNull(byline(List.of(), author("Nadja Rauscher", "jsonld:author"),
                new MetaField(HtmlMetadata.NOT_SHOWN, "Nadja Rauscher", "jsonld:author")));
        // counter-case: the same fields, the page shows the JSON-LD person
        assertEquals("Kevin Rebong", byline(List.of(), user, byline));
    }

    @Test
    void nameCommaDate() {
        assertEquals("Janic Cathomen", byline(List.of(), author("Janic Cathomen, 01.12.2021", "html:byline-class")));
        // counter-case: words before a date without a comma are not names
        assertNull(byline(List.of(), author("dpa am 12.03.2022", "html:author")));
    }

    @Test
    void bylineClassedComesAfterMetaAuthor() {
        assertEquals("Ann Bell", byline(List.of(), author("Ann Bell", "meta:author"),
                author("von Lars Fischer und Alina Schadwinkel", "html:byline-class")));
        assertEquals("Lars Fischer, Alina Schadwinkel", byline(List.of(),
                author("von Lars Fischer und Alina Schadwinkel", "html:byline-class")));
    }

    @Test
    void headlinesAreNotNames() {
        assertNull(byline(List.of(), author("Endlich mehr Beschleunigung wagen!", "html:byline-class")));
        assertNull(byline(List.of(), author("Was bringt das?", "meta:author")));
        // counter-case: apostrophes and initials are part of names
        assertEquals("Gavin O'Callaghan, J.O. Haselhoef", byline(List.of(), author("Gavin O'Callaghan", "jsonld:author"),
                author("J.O. Haselhoef", "jsonld:author")));
    }

    @Test
    void placeholdersNameNobody() {
        assertNull(byline(List.of(), author("Unknown", "html:author")));
        assertNull(byline(List.of(), author("Super User", "meta:author")));
        // counter-case: the next source with a real name is taken
        assertEquals("Ann Bell", byline(List.of(), author("admin", "jsonld:author"), author("Ann Bell", "meta:author")));
    }

    @Test
    void cleanDropsAddressesKeepsNames() {
        assertEquals("Lüder Hoppe", Authors.clean("Lüder Hoppe info@buero-hoppe.de", Set.of()));
        assertEquals("Nicolas Gutierrez C.", Authors.clean("Nicolas Gutierrez C.", Set.of()));
        assertEquals("robert.stitz", Authors.clean("robert.stitz", Set.of()));
        assertNull(Authors.clean("www.proplanta.de", Set.of()));
        // several words, one in lower case that is no particle: link labels and edition notes, not names
        assertNull(Authors.clean("linksc Creating Search Engine API Message", Set.of()));
        assertNull(Authors.clean("Revised Edition Edited by Adrian Parr", Set.of()));
        assertEquals("gnaddrig", Authors.clean("gnaddrig", Set.of()));
        assertEquals("Vincent van Gogh", Authors.clean("Vincent van Gogh", Set.of()));
        assertNull(Authors.clean("Mit Liebe schenken kann so einfach sein: Ich nähe und besticke Geschenke", Set.of()));
    }
}
