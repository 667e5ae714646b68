package org.lagebild.eval.extraction;

import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.RemovedText;

/** Explains, for the worst-pages dump, where a missed snippet went and which block a leaked one sits in. */
final class Diagnosis {

    private Diagnosis() {
    }

    static String missedCause(String snippet, Article article, String decodedHtml) {
        if (article == null) {
            return "extraction failed";
        }
        String s = SnippetScoring.normalise(snippet);
        for (Block b : article.blocks()) {
            if (SnippetScoring.normalise(article.text(b)).contains(s)) {
                return "kept as " + b.type().label() + " (outside the scored view)";
            }
        }
        for (RemovedText r : article.removed()) {
            if (SnippetScoring.normalise(r.text()).contains(s)) {
                return "removed: " + r.reason() + " (" + r.rule() + ")";
            }
        }
        String head = s.length() > 24 ? s.substring(0, 24) : s;
        for (RemovedText r : article.removed()) {
            if (r.text().endsWith("…") && SnippetScoring.normalise(r.text()).contains(head)) {
                return "removed (by start): " + r.reason() + " (" + r.rule() + ")";
            }
        }
        if (decodedHtml == null) {
            return "lost";
        }
        int at = find(decodedHtml, head);
        if (at < 0) {
            return "not verbatim in decoded input (markup inside, entity, charset or gold spelling)";
        }
        RemovedText enclosing = null;
        for (RemovedText r : article.removed()) {
            if (r.position() >= 0 && r.position() <= at && (enclosing == null || r.position() > enclosing.position())) {
                enclosing = r;
            }
        }
        return enclosing == null ? "lost (no removal before it)"
                : "likely removed with: " + enclosing.reason() + " (" + enclosing.rule() + ", nearest removal before it)";
    }

    /** Offset of {@code head} in the raw input, allowing any white space between its words. */
    private static int find(String raw, String head) {
        StringBuilder re = new StringBuilder();
        for (String w : head.split(" ")) {
            if (!w.isEmpty()) {
                re.append(re.length() == 0 ? "" : "\\s+").append(java.util.regex.Pattern.quote(w));
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(re.toString()).matcher(raw);
        return m.find() ? m.start() : -1;
    }

    static String leakedBlock(String snippet, Article article) {
        String s = SnippetScoring.normalise(snippet);
        for (Block b : article.blocks()) {
            if (SnippetScoring.normalise(article.text(b)).contains(s)) {
                return b.type().label();
            }
        }
        return "across blocks";
    }
}
