package org.lagebild.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lagebild.model.Argument;
import org.lagebild.model.Claim;
import org.lagebild.model.Document;
import org.lagebild.model.Quantity;
import org.lagebild.model.Quote;
import org.lagebild.model.Source;
import org.lagebild.model.TimeExpression;

/**
 * The JSON form of claims and quotes (the schema of {@code lagebild claims --format jsonl}): ordered maps of strings,
 * numbers, booleans, lists and nulls, and a minimal writer for them. Stateless and thread-safe.
 */
public final class ClaimJson {
    private ClaimJson() {
    }

    /** One claim as a JSON object; {@code input} is the path or URL the article was ingested from. */
    public static Map<String, Object> claim(Claim c, Document d, String input) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("article", d.article().id());
        m.put("input", input);
        m.put("sentence", c.sentence());
        m.put("span", List.of(c.span().start(), c.span().end()));
        m.put("text", c.span().end() <= d.text().length() ? c.span().of(d.text()) : null);
        m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        m.put("predicate", c.predicate());
        m.put("verb", c.verb());
        m.put("subject", argument(c.subject()));
        m.put("object", argument(c.object()));
        m.put("quantity", quantity(c.quantity()));
        m.put("location", argument(c.location()));
        m.put("time", time(c.time()));
        List<Object> chain = new ArrayList<>();
        for (Source s : c.attribution()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("text", s.text());
            x.put("entity", s.entityId());
            x.put("name", s.name());
            x.put("role", s.role());
            x.put("span", s.span() == null ? null : List.of(s.span().start(), s.span().end()));
            chain.add(x);
        }
        m.put("attribution", chain);
        m.put("modality", c.modality().label());
        m.put("cues", List.copyOf(c.cues()));
        m.put("quote", quote(c.quote()));
        m.put("rule", c.provenance().rule());
        return m;
    }

    /** All claims of a document, in order. */
    public static List<Map<String, Object>> toJsonl(Document d) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Claim c : d.claims()) {
            out.add(claim(c, d, d.article().input()));
        }
        return out;
    }

    /** One quote as a JSON object. */
    public static Map<String, Object> quote(Quote q, Document d, String input) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", d.article().id());
        m.put("input", input);
        m.put("sentence", q.provenance().sentence());
        m.put("span", List.of(q.span().start(), q.span().end()));
        m.putAll(quote(q));
        m.put("cue", q.cue());
        m.put("rule", q.provenance().rule());
        return m;
    }

    private static Map<String, Object> quote(Quote q) {
        if (q == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", q.text());
        m.put("speaker", argument(q.speaker()));
        m.put("direct", q.direct());
        return m;
    }

    private static Map<String, Object> argument(Argument a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("entity", a.entityId());
        m.put("name", a.name());
        return m;
    }

    private static Map<String, Object> quantity(Quantity q) {
        if (q == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", q.text());
        m.put("value", q.value());
        m.put("min", q.min());
        m.put("max", q.max());
        m.put("approximate", q.approximate());
        m.put("unit", q.unit());
        m.put("unitLemma", q.unitLemma());
        return m;
    }

    private static Map<String, Object> time(TimeExpression t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", t.text());
        m.put("value", t.value());
        return m;
    }

    /** Writes a value built of maps, lists, strings, numbers, booleans and nulls as compact JSON. */
    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b);
        return b.toString();
    }

    private static void write(Object v, StringBuilder b) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(s, b);
        } else if (v instanceof Double x) {
            if (x.isNaN() || x.isInfinite()) {
                b.append("null");
            } else if (x == Math.rint(x) && Math.abs(x) < 1e15) {
                b.append(x.longValue());
            } else {
                b.append(x);
            }
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), b);
                b.append(':');
                write(e.getValue(), b);
            }
            b.append('}');
        } else if (v instanceof Iterable<?> l) {
            b.append('[');
            boolean first = true;
            for (Object o : l) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                write(o, b);
            }
            b.append(']');
        } else {
            string(v.toString(), b);
        }
    }

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
