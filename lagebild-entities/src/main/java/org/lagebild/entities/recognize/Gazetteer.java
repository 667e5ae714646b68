package org.lagebild.entities.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.entities.kb.Entity;
import org.lagebild.entities.kb.KnowledgeBase;
import org.lagebild.model.EntityType;

/**
 * A trie over folded token sequences of every name, alias, title form and derived form in a
 * {@link KnowledgeBase}. {@link #longest} finds the longest entry starting at a token, allowing
 * German inflection endings on any token ("Schoigus", "russischen", "Nordkoreanern"). Each step is
 * a hash lookup, so matching is linear in the number of tokens. Immutable and thread-safe.
 */
public final class Gazetteer {

    /** How an entry names its entity. */
    public enum Kind {
        /** A full name or alias. */
        NAME,
        /** A derived form: adjective or demonym ("nordkoreanisch", "Ukrainer"). */
        DERIV,
        /** A title form that stands for one person ("Kremlchef"). */
        TITLE,
        /** A one-word alias of a person (surname, "Kim"): resolved against the article. */
        SHORT,
        /** A generic name ("Verteidigungsministerium"): one terminal per country, resolved by the sentence. */
        GENERIC
    }

    /**
     * One entry ending at a trie node.
     *
     * @param needsCap  the written form starts upper case, so the text must too
     * @param capsMask  bit k set: token k of the written form is all capitals (an acronym), so the text's must be
     * @param order     position of the entity in the knowledge base (earlier wins ties)
     */
    public record Terminal(Entity entity, Kind kind, boolean needsCap, long capsMask, int order) {
    }

    /** A match of tokens {@code [start, end)}; {@code inflections} counts tokens matched after removing an ending. */
    public record Match(int start, int end, List<Terminal> terminals, int inflections) {
    }

    static final int MAX_TOKENS = 10;
    private static final String[] ENDINGS = {"innen", "ern", "ens", "en", "er", "es", "em", "in", "ns", "e", "n", "s"};

    /** Endings a name token may take: genitive only; also weak-noun -n/-en (titles); any (adjectives, demonyms). */
    private static final int STRICT = 0;
    private static final int TITLE_ENDINGS = 1;
    private static final int ANY = 2;

    private static final class Node {
        Map<String, Node> next;
        List<Terminal> terms;
        /** The most permissive ending class of the entries whose written form passes through this node. */
        int endings;
    }

    private static boolean allowed(String ending, int endings, String stem) {
        if (ending.equals("n") && stem.endsWith("e")) {
            // dative plural of nouns in -e ("den Streitkräften")
            return true;
        }
        switch (endings) {
            case ANY:
                return true;
            case TITLE_ENDINGS:
                return ending.equals("s") || ending.equals("es") || ending.equals("n") || ending.equals("en");
            default:
                return ending.equals("s") || ending.equals("es");
        }
    }

    private final Node root = new Node();
    private int entries;

    private Gazetteer() {
    }

    /** Builds the trie of a knowledge base. */
    public static Gazetteer build(KnowledgeBase kb) {
        Gazetteer g = new Gazetteer();
        int order = 0;
        for (Entity e : kb.entities()) {
            for (String name : e.names()) {
                TextTokens t = TextTokens.of(name);
                Kind k = e.type() == EntityType.PER && t.size() == 1 ? Kind.SHORT : Kind.NAME;
                g.add(name, e, k, order);
            }
            for (String d : e.derived()) {
                g.add(d, e, Kind.DERIV, order);
            }
            for (String d : e.titles()) {
                g.add(d, e, Kind.TITLE, order);
            }
            order++;
        }
        for (String[] row : Cues.rows("generic-names.tsv", List.of("phrase", "entity_id"))) {
            Entity e = kb.byId(row[1]).orElseThrow(() -> new org.lagebild.entities.kb.KnowledgeBaseException(
                    "generic-names.tsv", Integer.parseInt(row[2]), "unknown entity " + row[1]));
            g.add(row[0], e, Kind.GENERIC, order++);
        }
        return g;
    }

    private void add(String written, Entity e, Kind kind, int order) {
        TextTokens t = TextTokens.of(written);
        if (t.size() == 0 || t.size() > MAX_TOKENS) {
            return;
        }
        Node n = root;
        long mask = 0;
        for (int i = 0; i < t.size(); i++) {
            String raw = t.norm(i);
            String w = stem(raw);
            if (i + 1 < t.size() && w.length() >= 5) {
                // an inner word of a name is often an adjective ("russischer nationaler Sicherheitsrat"):
                // store its stem so every inflected form matches
                w = adjectiveStem(w);
            }
            int endings = kind == Kind.DERIV || kind == Kind.GENERIC || !w.equals(raw) ? ANY
                    : kind == Kind.TITLE ? TITLE_ENDINGS : STRICT;
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(w, x -> new Node());
            n.endings = Math.max(n.endings, endings);
            if (t.allCaps(i) && i < 64) {
                mask |= 1L << i;
            }
        }
        if (n.terms == null) {
            n.terms = new ArrayList<>(1);
        }
        for (Terminal x : n.terms) {
            if (x.entity().id().equals(e.id()) && x.kind() == kind) {
                return;
            }
        }
        n.terms.add(new Terminal(e, kind, t.upper(0), mask, order));
        entries++;
    }

    /** Inflected adjectives in written forms are stored by their stem ("russischer" as "russisch"). */
    private static String stem(String w) {
        for (String end : new String[] {"ische", "ischen", "ischer", "isches", "ischem"}) {
            if (w.endsWith(end) && w.length() > end.length() + 1) {
                return w.substring(0, w.length() - end.length() + 4);
            }
        }
        return w;
    }

    private static String adjectiveStem(String w) {
        for (String end : new String[] {"er", "en", "es", "em", "e"}) {
            if (w.endsWith(end) && w.length() - end.length() >= 4) {
                return w.substring(0, w.length() - end.length());
            }
        }
        return w;
    }

    /** Number of (written form, entity, kind) entries. */
    public int entries() {
        return entries;
    }

    /** The longest entry starting at token {@code i} whose case constraints the text meets, or null. */
    public Match longest(TextTokens t, int i) {
        Match[] best = new Match[1];
        walk(root, t, i, i, 0, best);
        return best[0];
    }

    private void walk(Node node, TextTokens t, int i, int j, int infl, Match[] best) {
        if (j > i && node.terms != null) {
            Match b = best[0];
            if (b == null || j > b.end() || (j == b.end() && infl < b.inflections())) {
                List<Terminal> ok = admissible(node.terms, t, i, j);
                if (!ok.isEmpty()) {
                    best[0] = new Match(i, j, ok, infl);
                }
            }
        }
        if (node.next == null || j >= t.size() || j - i >= MAX_TOKENS || (j > i && !t.joinable(j - 1))) {
            return;
        }
        String w = t.norm(j);
        Node c = node.next.get(w);
        if (c != null) {
            walk(c, t, i, j + 1, infl, best);
        }
        for (String end : ENDINGS) {
            int rest = w.length() - end.length();
            if (rest >= (end.length() == 1 && end.charAt(0) == 's' ? 2 : 3) && w.endsWith(end)) {
                c = node.next.get(w.substring(0, rest));
                if (c != null && allowed(end, c.endings, w.substring(0, rest))) {
                    walk(c, t, i, j + 1, infl + 1, best);
                }
            }
        }
    }

    /**
     * The entries of a node whose case constraints tokens [i, j) meet. A form in capitals ("IS", "US") needs capitals
     * in the text, and not amid words in capitals (two on each side, three at the text's edge): in a caption transcript in capitals ("THIS
     * INVESTIGATION IS ONLY EIGHT HOURS OLD") a word cannot be told from an abbreviation ("UN, US and EU" keeps it).
     */
    /** True if the words around tokens [i, j), two on each side (three at the text's edge), are all in capitals. */
    private static boolean amidCapitals(TextTokens t, int i, int j) {
        int around = 0;
        for (int k = i - 2; k <= j + 1; k = k == i - 1 ? j : k + 1) {
            if (k >= 0 && k < t.size()) {
                if (!t.allCaps(k)) {
                    return false;
                }
                around++;
            }
        }
        return around >= 3;
    }

    private static List<Terminal> admissible(List<Terminal> terms, TextTokens t, int i, int j) {
        List<Terminal> ok = null;
        for (Terminal x : terms) {
            boolean good = !x.needsCap() || t.upper(i);
            long m = x.capsMask();
            if (m != 0 && amidCapitals(t, i, j)) {
                good = false;
            }
            for (int k = 0; good && m != 0 && k < 64; k++, m >>>= 1) {
                if ((m & 1) != 0 && !t.allCaps(i + k)) {
                    good = false;
                }
            }
            if (good) {
                if (ok == null) {
                    ok = new ArrayList<>(terms.size());
                }
                ok.add(x);
            }
        }
        return ok == null ? List.of() : ok;
    }
}
