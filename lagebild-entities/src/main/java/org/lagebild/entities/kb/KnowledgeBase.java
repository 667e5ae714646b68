package org.lagebild.entities.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lagebild.model.EntityType;

/**
 * The entity knowledge base: countries, places, people, organisations and news outlets read from
 * versioned UTF-8 TSV files ({@code countries.tsv, places.tsv, people.tsv, organisations.tsv,
 * outlets.tsv}). Each file starts with a format line {@code # lagebild-kb<TAB>format=1…} and a
 * header naming the columns; list cells are {@code |}-separated. A malformed line fails the load
 * with a {@link KnowledgeBaseException} naming file and line. Immutable and thread-safe.
 */
public final class KnowledgeBase {

    /** The files of a knowledge base, in load order (order matters: earlier entries win ties). */
    public static final List<String> FILES = List.of("countries.tsv", "places.tsv", "people.tsv",
            "organisations.tsv", "outlets.tsv");
    /** The format version this reader understands. */
    public static final int FORMAT = 1;
    static final List<String> COLUMNS = List.of("id", "type", "name_de", "name_en", "aliases", "derived",
            "titles", "wikidata", "role", "country", "metonym_of");
    private static final Pattern ID = Pattern.compile("lb:[a-z]+:[a-z0-9][a-z0-9.-]*");
    private static final Pattern WIKIDATA = Pattern.compile("Q[0-9]+");
    private static volatile KnowledgeBase bundled;

    private final List<Entity> entities;
    private final Map<String, Entity> byId;

    private KnowledgeBase(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        Map<String, Entity> m = new LinkedHashMap<>();
        for (Entity e : entities) {
            m.put(e.id(), e);
        }
        this.byId = Collections.unmodifiableMap(m);
    }

    /** The knowledge base bundled on the classpath; loaded once and shared. */
    public static KnowledgeBase load() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = bundled;
                if (kb == null) {
                    List<Source> sources = new ArrayList<>();
                    for (String f : FILES) {
                        String res = "/org/lagebild/entities/kb/" + f;
                        InputStream in = KnowledgeBase.class.getResourceAsStream(res);
                        if (in == null) {
                            throw new KnowledgeBaseException(res, 0, "knowledge-base resource missing from the classpath");
                        }
                        sources.add(new Source(f, new InputStreamReader(in, StandardCharsets.UTF_8)));
                    }
                    kb = read(sources);
                    bundled = kb;
                }
            }
        }
        return kb;
    }

    /** Loads the knowledge-base files ({@link #FILES}) from a directory; all must exist. */
    public static KnowledgeBase load(Path dir) {
        List<Source> sources = new ArrayList<>();
        for (String f : FILES) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                throw new KnowledgeBaseException(p.toString(), 0, "knowledge-base file missing");
            }
            try {
                sources.add(new Source(p.toString(), Files.newBufferedReader(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new KnowledgeBaseException(p.toString(), "cannot read", e);
            }
        }
        return read(sources);
    }

    /** Reads knowledge-base files given as (name, reader) pairs; closes the readers. */
    public static KnowledgeBase read(List<Source> sources) {
        List<Entity> all = new ArrayList<>();
        Map<String, Entity> seen = new LinkedHashMap<>();
        for (Source s : sources) {
            try (BufferedReader r = new BufferedReader(s.reader())) {
                parse(s.name(), r, all, seen);
            } catch (IOException e) {
                throw new KnowledgeBaseException(s.name(), "cannot read", e);
            }
        }
        for (Entity e : all) {
            for (String ref : List.of(e.country(), e.metonymOf())) {
                if (!ref.isEmpty() && !seen.containsKey(ref)) {
                    String[] src = e.source().split(":(?=[0-9]+$)");
                    throw new KnowledgeBaseException(src[0], Integer.parseInt(src[1]),
                            "reference to unknown entity '" + ref + "' from " + e.id());
                }
            }
        }
        return new KnowledgeBase(all);
    }

    private static void parse(String file, BufferedReader r, List<Entity> out, Map<String, Entity> seen) throws IOException {
        String line = r.readLine();
        int no = 1;
        if (line == null || !line.startsWith("# lagebild-kb\t")) {
            throw new KnowledgeBaseException(file, no, "first line must be '# lagebild-kb<TAB>format=" + FORMAT + "…'");
        }
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (!Arrays.asList(line.split("\t")).contains("format=" + FORMAT)) {
            throw new KnowledgeBaseException(file, no, "unsupported format (this reader knows format=" + FORMAT + "): " + line);
        }
        line = r.readLine();
        no++;
        if (line == null || !Arrays.asList(line.split("\t", -1)).equals(COLUMNS)) {
            throw new KnowledgeBaseException(file, no, "header must be the columns " + String.join(",", COLUMNS));
        }
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != COLUMNS.size()) {
                throw new KnowledgeBaseException(file, no, "expected " + COLUMNS.size() + " tab-separated columns, found " + f.length);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            if (!ID.matcher(f[0]).matches()) {
                throw new KnowledgeBaseException(file, no, "malformed id '" + f[0] + "' (expected lb:<kind>:<slug>)");
            }
            if (seen.containsKey(f[0])) {
                throw new KnowledgeBaseException(file, no, "duplicate id " + f[0] + " (first at " + seen.get(f[0]).source() + ")");
            }
            EntityType type;
            try {
                type = EntityType.valueOf(f[1]);
            } catch (IllegalArgumentException e) {
                throw new KnowledgeBaseException(file, no, "unknown type '" + f[1] + "'");
            }
            if (f[2].isEmpty() && f[3].isEmpty()) {
                throw new KnowledgeBaseException(file, no, "entry without a name");
            }
            if (!f[7].isEmpty() && !WIKIDATA.matcher(f[7]).matches()) {
                throw new KnowledgeBaseException(file, no, "malformed wikidata id '" + f[7] + "'");
            }
            Entity e = new Entity(f[0], type, f[2], f[3], list(f[4]), list(f[5]), list(f[6]), f[7], f[8], f[9], f[10],
                    file + ":" + no);
            seen.put(e.id(), e);
            out.add(e);
        }
    }

    private static List<String> list(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** All entries in file order. */
    public List<Entity> entities() {
        return entities;
    }

    public int size() {
        return entities.size();
    }

    /** The entry with that id, if any. */
    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry with that id; throws {@link IllegalArgumentException} naming it when absent. */
    public Entity expect(String id) {
        Entity e = byId.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no knowledge-base entry " + id);
        }
        return e;
    }

    /** A named reader of one knowledge-base file. */
    public record Source(String name, Reader reader) {
    }
}
