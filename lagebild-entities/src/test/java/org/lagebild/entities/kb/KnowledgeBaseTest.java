package org.lagebild.entities.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.EntityType;

class KnowledgeBaseTest {

    @Test
    void bundledKnowledgeBaseLoadsOnceWithAllKinds() {
        KnowledgeBase kb = KnowledgeBase.load();
        assertSame(kb, KnowledgeBase.load());
        assertTrue(kb.size() > 600, "entries: " + kb.size());
        for (EntityType t : List.of(EntityType.PER, EntityType.ORG, EntityType.LOC, EntityType.GPE)) {
            assertTrue(kb.entities().stream().anyMatch(e -> e.type() == t), t.name());
        }
    }

    @Test
    void everyCountryHasGermanAndEnglishNames() {
        List<Entity> countries = KnowledgeBase.load().entities().stream().filter(e -> e.id().startsWith("lb:gpe:")).toList();
        assertTrue(countries.size() >= 240, "countries: " + countries.size());
        for (Entity c : countries) {
            assertFalse(c.nameDe().isEmpty(), c.id());
            assertFalse(c.nameEn().isEmpty(), c.id());
        }
        long withAdjectives = countries.stream().filter(c -> !c.derived().isEmpty()).count();
        assertTrue(withAdjectives >= 190, "countries with adjectives: " + withAdjectives);
    }

    @Test
    void knowsTheActorsOfTheSeeds() {
        KnowledgeBase kb = KnowledgeBase.load();
        Entity kp = kb.expect("lb:gpe:kp");
        assertEquals("Nordkorea", kp.name("de"));
        assertEquals("North Korea", kp.name("en"));
        assertEquals("Q423", kp.wikidata());
        assertTrue(kp.derived().contains("nordkoreanisch"));
        Entity shoigu = kb.expect("lb:per:sergei-schoigu");
        assertTrue(shoigu.names().containsAll(List.of("Sergei Schoigu", "Schoigu", "Shoigu", "Sergei Shoigu")));
        assertEquals("Sekretär des russischen Sicherheitsrats", shoigu.role());
        assertEquals("lb:gpe:kp", kb.expect("lb:loc:pjoengjang").metonymOf());
        assertEquals("lb:gpe:ru", kb.expect("lb:org:kreml").metonymOf());
        for (String id : List.of("lb:per:wladimir-putin", "lb:per:kim-jong-un", "lb:per:dmitri-medwedew",
                "lb:per:wolodymyr-selenskyj", "lb:per:donald-trump", "lb:per:xi-jinping", "lb:per:benjamin-netanjahu",
                "lb:per:ali-chamenei", "lb:per:lee-jae-myung", "lb:org:nato", "lb:org:un", "lb:org:eu", "lb:org:sbu",
                "lb:org:hur", "lb:org:fsb", "lb:org:gru", "lb:org:nis", "lb:org:mossad", "lb:org:cia",
                "lb:org:arbeiterpartei-koreas", "lb:org:zmk-nordkorea", "lb:org:dpa", "lb:org:afp", "lb:org:reuters",
                "lb:org:ap", "lb:org:tass", "lb:org:yonhap", "lb:org:kcna", "lb:org:newsweek", "lb:org:liga",
                "lb:org:daily-mail", "lb:org:regnum", "lb:org:ntv", "lb:org:news-de", "lb:org:spiegel",
                "lb:org:tagesschau", "lb:loc:kursk", "lb:loc:donbass", "lb:loc:saporischschja", "lb:loc:krim",
                "lb:loc:gaza", "lb:loc:taipeh", "lb:loc:sahel")) {
            assertTrue(kb.byId(id).isPresent(), id);
        }
        assertTrue(kb.byId("lb:per:nobody").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> kb.expect("lb:per:nobody"));
    }

    @Test
    void loadsFromADirectory(@TempDir Path dir) throws IOException {
        copyBundled(dir);
        assertEquals(KnowledgeBase.load().size(), KnowledgeBase.load(dir).size());
    }

    @Test
    void malformedLineFailsWithFileAndLine(@TempDir Path dir) throws IOException {
        copyBundled(dir);
        Path people = dir.resolve("people.tsv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(people));
        lines.add(4, "lb:per:broken\tPER\tOnly three columns");
        Files.write(people, lines);
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.load(dir));
        assertTrue(e.getMessage().contains("people.tsv:5:"), e.getMessage());
        assertEquals(5, e.line());
    }

    @Test
    void rejectsBadIdsTypesDuplicatesAndDanglingReferences(@TempDir Path dir) throws IOException {
        String row = "\tPER\tA\tA\t\t\t\t\t\t\t";
        assertLoadFails(dir, "lb:per:x" + row.replace("PER", "PERSON"), "unknown type");
        assertLoadFails(dir, "not an id" + row, "malformed id");
        assertLoadFails(dir, "lb:per:wladimir-putin" + row, "duplicate id");
        assertLoadFails(dir, "lb:per:x\tPER\tA\tA\t\t\t\tX1\t\t\t", "malformed wikidata");
        assertLoadFails(dir, "lb:per:x\tPER\tA\tA\t\t\t\t\t\tlb:gpe:atlantis\t", "unknown entity 'lb:gpe:atlantis'");
    }

    @Test
    void missingFileAndBadHeaderAreHardErrors(@TempDir Path dir) throws IOException {
        copyBundled(dir);
        Files.delete(dir.resolve("outlets.tsv"));
        assertTrue(assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.load(dir)).getMessage().contains("outlets.tsv"));
        copyBundled(dir);
        Files.writeString(dir.resolve("outlets.tsv"), "# lagebild-kb\tformat=2\n");
        assertTrue(assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.load(dir)).getMessage().contains("format"));
    }

    private static void assertLoadFails(Path dir, String badLine, String expected) throws IOException {
        copyBundled(dir);
        Path f = dir.resolve("people.tsv");
        Files.writeString(f, Files.readString(f) + badLine + "\n");
        int line = Files.readAllLines(f).size();
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBase.load(dir));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("people.tsv:" + line + ":"), e.getMessage());
    }

    static void copyBundled(Path dir) throws IOException {
        for (String f : KnowledgeBase.FILES) {
            try (InputStream in = KnowledgeBase.class.getResourceAsStream("/org/lagebild/entities/kb/" + f)) {
                Files.writeString(dir.resolve(f), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
