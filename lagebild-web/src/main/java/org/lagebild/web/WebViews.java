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
        m.putIfAbsent("quotes", quotes(d));
        m.putIfAbsent("claims", claims(d));
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

    /** One quote; {@code id} is "quote-N" with N its index in the article. */
    public static Map<String, Object> quote(Quote q, int index, Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "quote-" + index);
        m.put("article", d.article().id());
        m.put("span", Views.span(q.span()));
        m.put("text", q.text());
        m.put("speaker", argument(q.speaker()));
        m.put("cue", q.cue());
        m.put("direct", q.direct());
        m.put("provenance", Views.provenance(q.provenance()));
        return m;
    }

    public static Map<String, Object> claim(Claim c, Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("article", d.article().id());
        m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        m.put("span", Views.span(c.span()));
        m.put("text", c.span().end() <= d.text().length() ? c.span().of(d.text()) : null);
        m.put("sentence", c.sentence());
        m.put("predicate", c.predicate());
        m.put("verb", c.verb());
        m.put("subject", argument(c.subject()));
        m.put("object", argument(c.object()));
        m.put("quantity", c.quantity() == null ? null : c.quantity().text());
        m.put("location", argument(c.location()));
        m.put("time", c.time() == null ? null : c.time().text());
        List<Map<String, Object>> chain = new ArrayList<>();
        for (Source s : c.attribution()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("text", s.text());
            x.put("entity", s.entityId());
            x.put("name", s.name());
            x.put("role", s.role());
            x.put("span", s.span() == null ? null : Views.span(s.span()));
            chain.add(x);
        }
        m.put("attribution", chain);
        m.put("modality", c.modality().label());
        m.put("cues", c.cues());
        m.put("provenance", Views.provenance(c.provenance()));
        return m;
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
