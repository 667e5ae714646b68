package org.lagebild.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lagebild.engine.Views;
import org.lagebild.model.Argument;
import org.lagebild.model.Claim;
import org.lagebild.model.Document;
import org.lagebild.model.Quote;
import org.lagebild.model.Sentence;
import org.lagebild.model.Source;

/**
 * The web API's JSON objects: {@link Views} for everything the CLI also prints, plus what the
 * article page needs on top (sentence spans, quotes and claims with their provenance). Fields that
 * {@link Views} already provides are never overwritten, so the CLI and the API agree. Stateless.
 */
public final class WebViews {
    private WebViews() {
    }

    /** {@link Views#document} plus {@code sentenceSpans}, {@code quotes} and {@code claims}. */
    public static Map<String, Object> document(Document d) {
        Map<String, Object> m = Views.document(d);
        List<List<Integer>> sentences = new ArrayList<>(d.sentences().size());
        for (Sentence s : d.sentences()) {
            sentences.add(Views.span(s.span()));
        }
        m.putIfAbsent("sentenceSpans", sentences);
        return m;
    }

    public static List<Map<String, Object>> quotes(Document d) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < d.quotes().size(); i++) {
            out.add(quote(d.quotes().get(i), i, d));
        }
        return out;
    }

    public static List<Map<String, Object>> claims(Document d) {
        return d.claims().stream().map(c -> claim(c, d)).toList();
    }

    /** One quote, as {@link Views#quote}. */
    public static Map<String, Object> quote(Quote q, int index, Document d) {
        return Views.quote(q, index, d);
    }

    /** One claim, as {@link Views#claim}. */
    public static Map<String, Object> claim(Claim c, Document d) {
        return Views.claim(c, d);
    }

    static Map<String, Object> argument(Argument a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("span", Views.span(a.span()));
        m.put("entity", a.entityId());
        m.put("name", a.name());
        return m;
    }
}
