package org.lagebild.entities.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void foldsCaseHyphensAndDiacritics() {
        assertEquals("kim jong un", NameKeys.fold("Kim Jong-un"));
        assertEquals("kim jong un", NameKeys.fold("Kim Jong Un"));
        assertEquals("kim jong un", NameKeys.fold("KIM JONG-UN"));
        assertEquals("pjongjang", NameKeys.fold("Pjöngjang"));
        assertEquals("grossbritannien", NameKeys.fold("Großbritannien"));
        assertEquals("erdogan", NameKeys.fold("Erdoğan"));
        assertEquals("istanbul", NameKeys.fold("ISTANBUL"), "root locale, not Turkish dotted i");
        assertEquals("", NameKeys.fold("  --- "));
    }

    @Test
    void transliterationVariantsShareAKey() {
        String[][] same = {
            {"Korotchenko", "Korotschenko"}, {"Schoigu", "Shoigu"}, {"Medwedew", "Medvedev"}, {"Lawrow", "Lavrov"},
            {"Selenskyj", "Zelensky"}, {"Chamenei", "Khamenei"}, {"Charkiw", "Kharkiv"}, {"Prigoschin", "Prigozhin"},
            {"Kachura", "Katschura"}, {"Peskow", "Peskov"}, {"Kim Jong-un", "Kim Jong Un"},
        };
        for (String[] p : same) {
            assertEquals(NameKeys.transliterationKey(p[0]), NameKeys.transliterationKey(p[1]), p[0] + " / " + p[1]);
        }
        assertNotEquals(NameKeys.transliterationKey("Putin"), NameKeys.transliterationKey("Putina"));
    }

    @Test
    void autoIdsAreStableAndIdFriendly() {
        assertEquals("lb:auto:per:igor-korocenko", NameKeys.autoId("per", "Igor Korotchenko"));
        assertEquals(NameKeys.autoId("per", "Igor Korotchenko"), NameKeys.autoId("per", "Igor Korotschenko"));
    }

    @Test
    void surnameKeyGroupsSurnameOnlyIds() {
        assertEquals(NameKeys.surnameKey(NameKeys.autoId("per", "Igor Korotchenko")), NameKeys.surnameKey(NameKeys.autoId("per", "Korotschenko")));
        assertEquals(null, NameKeys.surnameKey("lb:per:wladimir-putin"));
    }
}
