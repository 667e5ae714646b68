package org.lagebild.extract;

import java.util.List;
import org.lagebild.model.BlockType;

/**
 * Gives plain-text candidates their block types by layout: a first line of at most 250 chars without
 * a final period is the TITLE, the first paragraph before any subheading the LEAD, bullet lines before the
 * first body paragraph are HIGHLIGHTs (later ones LIST_ITEMs), short single-sentence lines without
 * final period between paragraphs are SUBHEADINGs, the rest PARAGRAPHs. Stateless.
 */
final class PlainTextStructure {
    private static final int TITLE_MAX = 250;
    private static final int SUBHEADING_MAX = 150;
    private static final int SUBHEADING_WORDS = 20;

    private PlainTextStructure() {
    }

    static void classify(List<Candidate> cands) {
        int first = -1;
        for (int i = 0; i < cands.size(); i++) {
            if (cands.get(i).type == null && !cands.get(i).bullet) {
                first = i;
                break;
            }
        }
        if (first >= 0 && titleLike(cands.get(first).text) && hasContentAfter(cands, first)) {
            cands.get(first).type = BlockType.TITLE;
        }
        boolean lead = false;
        boolean body = false;
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (c.type != null) {
                continue;
            }
            if (c.bullet) {
                c.type = body ? BlockType.LIST_ITEM : BlockType.HIGHLIGHT;
                continue;
            }
            if (!lead && !body && paragraphLike(c.text)) {
                c.type = BlockType.LEAD;
                lead = true;
            } else if (subheadingLike(c.text) && hasContentAfter(cands, i)) {
                c.type = BlockType.SUBHEADING;
                body = true;
            } else {
                c.type = BlockType.PARAGRAPH;
                body = true;
            }
        }
    }

    /** Titles may hold a question and an answer ("Ist es Magie? Experten ..."), but never end with a period. */
    static boolean titleLike(String s) {
        char last = Lines.lastSignificant(s);
        return s.length() <= TITLE_MAX && last != '.' && last != ',' && last != ';' && last != ':' && !s.contains("\n");
    }

    static boolean paragraphLike(String s) {
        char last = Lines.lastSignificant(s);
        return last == '.' || last == '!' || last == '?' || last == '…' || Lines.multiSentence(s)
                || s.length() > SUBHEADING_MAX;
    }

    static boolean subheadingLike(String s) {
        char last = Lines.lastSignificant(s);
        return s.length() <= SUBHEADING_MAX && Lines.words(s) <= SUBHEADING_WORDS && last != '.' && last != ','
                && last != ';' && last != '…' && !Lines.multiSentence(s) && !s.contains("\n");
    }

    private static boolean hasContentAfter(List<Candidate> cands, int i) {
        for (int j = i + 1; j < cands.size(); j++) {
            BlockType t = cands.get(j).type;
            if (t == null || t.isBody()) {
                return true;
            }
        }
        return false;
    }
}
