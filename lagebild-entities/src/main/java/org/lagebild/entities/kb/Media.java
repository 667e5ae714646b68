package org.lagebild.entities.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lagebild.model.EntityType;

/**
 * Which organisations are media (news agencies, outlets, platforms), by the rows of {@code media.tsv}
 * beside the knowledge base: a knowledge-base organisation by its role or id, an organisation the
 * knowledge base does not know by the end of its name. A story's main actors leave media out; they
 * stay sources and entities. Loaded once; immutable and thread-safe.
 */
public final class Media {
    private static final String RESOURCE = "/org/lagebild/entities/kb/media.tsv";
    private static volatile Media bundled;

    /** What kind of medium an organisation is. */
    public enum Kind {
        /** A news or photo agency ("Associated Press", "dpa", "picture alliance"). */
        AGENCY,
        /** A newspaper, magazine, broadcaster or news portal. */
        OUTLET,
        /** A social network, video or messenger service where things are posted. */
        PLATFORM
    }

    private record Rule(Kind kind, String match, String value) {
    }

    private final KnowledgeBase kb;
    private final List<Rule> rules;
    private final Map<String, Kind> byId;

    private Media(KnowledgeBase kb, List<Rule> rules) {
        this.kb = kb;
        this.rules = List.copyOf(rules);
        Map<String, Kind> m = new LinkedHashMap<>();
        for (Entity e : kb.entities()) {
            kindOfEntity(e).ifPresent(k -> m.put(e.id(), k));
        }
        this.byId = Map.copyOf(m);
    }

    /** The rules bundled on the classpath, over the bundled knowledge base. */
    public static Media load() {
        Media m = bundled;
        if (m == null) {
            synchronized (Media.class) {
                m = bundled;
                if (m == null) {
                    try (InputStream in = Media.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new KnowledgeBaseException(RESOURCE, 0, "media rules missing from the classpath");
                        }
                        m = read(KnowledgeBase.load(), new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                                RESOURCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    bundled = m;
                }
            }
        }
        return m;
    }

    /** Reads media rules ({@code kind<TAB>match<TAB>value} lines) over a knowledge base. */
    public static Media read(KnowledgeBase kb, BufferedReader r, String source) throws IOException {
        List<Rule> rules = new ArrayList<>();
        int no = 0;
        for (String line; (line = r.readLine()) != null; ) {
            no++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3 || !List.of("role", "id", "name").contains(f[1].strip())) {
                throw new KnowledgeBaseException(source, no, "expected kind<TAB>role|id|name<TAB>value: " + line);
            }
            Kind kind;
            try {
                kind = Kind.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new KnowledgeBaseException(source, no, "unknown kind " + f[0] + " (agency, outlet, platform)");
            }
            String value = f[2].strip();
            if (f[1].strip().equals("id") && kb.byId(value).isEmpty()) {
                throw new KnowledgeBaseException(source, no, "no knowledge-base entity " + value);
            }
            rules.add(new Rule(kind, f[1].strip(), f[1].strip().equals("id") ? value : value.toLowerCase(Locale.ROOT)));
        }
        return new Media(kb, rules);
    }

    /**
     * The kind of medium of a mentioned entity: by knowledge-base id when the knowledge base knows
     * {@code entityId}, else, for an organisation ({@code type} "ORG"), by the end of {@code name}.
     */
    public Optional<Kind> kindOf(String entityId, String name, String type) {
        if (entityId != null && kb.byId(entityId).isPresent()) {
            return Optional.ofNullable(byId.get(entityId));
        }
        if (!EntityType.ORG.name().equals(type) || name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (rule.match().equals("name") && endsWithWord(n, rule.value())) {
                return Optional.of(rule.kind());
            }
        }
        return Optional.empty();
    }

    /** Whether {@link #kindOf} gives a kind. */
    public boolean isMedium(String entityId, String name, String type) {
        return kindOf(entityId, name, type).isPresent();
    }

    /** The knowledge-base entities that are media, with their kind, in knowledge-base order. */
    public Map<String, Kind> knownMedia() {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (Entity e : kb.entities()) {
            if (byId.containsKey(e.id())) {
                m.put(e.id(), byId.get(e.id()));
            }
        }
        return m;
    }

    private Optional<Kind> kindOfEntity(Entity e) {
        for (Rule rule : rules) {
            switch (rule.match()) {
                case "id" -> {
                    if (rule.value().equals(e.id())) {
                        return Optional.of(rule.kind());
                    }
                }
                case "role" -> {
                    if (e.type() == EntityType.ORG && roleWordEndsWith(e.role(), rule.value())) {
                        return Optional.of(rule.kind());
                    }
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    private static boolean roleWordEndsWith(String role, String ending) {
        for (String w : role.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithWord(String name, String ending) {
        if (!name.endsWith(ending)) {
            return false;
        }
        int before = name.length() - ending.length() - 1;
        return before < 0 || name.charAt(before) == ' ' || name.charAt(before) == '-';
    }
}
