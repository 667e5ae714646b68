package org.lagebild.report;

import static org.lagebild.report.Html.esc;

import org.lagebild.model.Quantity;

/** Renders a {@link ReportModel} as one self-contained HTML page (inline CSS, no scripts, no network). */
public final class HtmlReport {
    private HtmlReport() {
    }

    private static final String CSS = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
            header{background:#1d2a44;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;color:#c9d3e6}
            main{max-width:1100px;margin:0 auto;padding:16px 28px 48px}
            section{background:#fff;border:1px solid #dde2ea;border-radius:8px;padding:12px 18px;margin:16px 0}
            h2{font-size:18px;margin:6px 0 10px}h3{font-size:16px;margin:14px 0 4px}
            table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid #eceff4}
            th{background:#f0f3f8;font-weight:600}.num{font-weight:600;width:24%}
            .inferred{color:#8a5a00;background:#fff4d6;border-radius:4px;padding:0 4px;white-space:nowrap}
            .muted{color:#66708a;font-size:13px}.tag{display:inline-block;background:#eef1f7;border-radius:4px;padding:0 5px;margin:1px 2px;font-size:13px}
            mark{background:#ffe58f;padding:0 1px}blockquote{margin:4px 0;padding:2px 10px;border-left:3px solid #c3cbe0;color:#333}
            a{color:#1f5fbf;text-decoration:none}a:hover{text-decoration:underline}
            @media (max-width:700px){main{padding:8px}td,th{padding:4px}}
            """;

    public static String render(ReportModel m) {
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<title>Lagebild – Situation report</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<header><h1>Lagebild – Situation report</h1><p>")
                .append(Numbers.count(m.articles().size(), "article", "articles")).append(" from ")
                .append(Numbers.count(m.sources().size(), "source", "sources"))
                .append(m.sources().isEmpty() ? "" : " (" + esc(String.join(", ", m.sources())) + ")")
                .append(" · generated ").append(m.generated()).append("</p></header>\n<main>\n");

        h.append("<section id=\"articles\"><h2>Articles</h2><table><thead><tr><th>Published</th><th>Source</th><th>Title</th><th>Main actors</th></tr></thead><tbody>\n");
        for (ReportModel.ArticleEntry a : m.articles()) {
            h.append("<tr><td>").append(date(a)).append("</td><td>").append(esc(source(a))).append("</td><td><a href=\"#a-")
                    .append(esc(a.id())).append("\">").append(esc(a.title())).append("</a><div class=\"muted\">")
                    .append(esc(a.input())).append(" · ").append(esc(a.language())).append(" · ").append(a.removed())
                    .append(" boilerplate items removed</div></td><td>");
            for (String actor : a.actors()) {
                h.append("<span class=\"tag\">").append(esc(actor)).append("</span>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");

        h.append("<section id=\"actors\"><h2>Main actors</h2>");
        if (m.actors().isEmpty()) {
            h.append("<p class=\"muted\">No entities recognised.</p>");
        } else {
            h.append("<table><thead><tr><th>Actor</th><th>Type</th><th>Articles</th><th>Mentions</th><th>Written as</th></tr></thead><tbody>\n");
            for (ReportModel.Actor a : m.actors().subList(0, Math.min(25, m.actors().size()))) {
                h.append("<tr><td>").append(esc(a.name())).append(a.entityId() == null ? "" : "<div class=\"muted\">" + esc(a.entityId()) + "</div>")
                        .append("</td><td>").append(esc(a.type())).append("</td><td>").append(a.articles()).append("</td><td>")
                        .append(a.mentions()).append("</td><td class=\"muted\">").append(esc(String.join(", ", a.forms()))).append("</td></tr>\n");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>\n");

        h.append("<section id=\"figures\"><h2>Figures and where they come from</h2>");
        if (m.figures().isEmpty()) {
            h.append("<p class=\"muted\">No figures found.</p>");
        } else {
            h.append("<table><thead><tr><th>Figure</th><th>Who says so</th><th>How firmly</th><th>Evidence</th></tr></thead><tbody>\n");
            for (ReportModel.Figure f : m.figures()) {
                h.append("<tr><td class=\"num\">").append(esc(Numbers.describe(f.quantity()))).append("</td><td>")
                        .append(esc(f.claim() != null ? f.sources() : f.publisher() == null ? "" : f.publisher()))
                        .append("</td><td>").append(esc(f.modality())).append("<div class=\"muted\">")
                        .append(esc(Dates.show(f.published()))).append("</div></td><td><blockquote>")
                        .append(highlight(f.sentence(), f.quantity())).append("</blockquote><a class=\"muted\" href=\"#a-")
                        .append(esc(f.articleId())).append("\">").append(esc(f.articleTitle())).append("</a></td></tr>\n");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>\n");

        h.append("<section id=\"details\"><h2>Article details</h2>\n");
        for (ReportModel.ArticleEntry a : m.articles()) {
            h.append("<h3 id=\"a-").append(esc(a.id())).append("\">").append(esc(a.title())).append("</h3><p class=\"muted\">")
                    .append("id ").append(esc(a.id())).append(" · ").append(esc(source(a))).append(" · ").append(date(a));
            if (a.published() != null && a.published().isInferred()) {
                h.append(" · ").append(esc(a.published().explanation()));
            }
            if (a.url() != null) {
                h.append(" · <a href=\"").append(esc(safeUrl(a.url()))).append("\">").append(esc(a.url())).append("</a>");
            }
            h.append("</p>");
            if (!a.times().isEmpty()) {
                h.append("<p>Time expressions: ");
                for (ReportModel.TimeEntry t : a.times()) {
                    h.append("<span class=\"tag\">").append(esc(t.text())).append(" → ")
                            .append(esc(t.value() == null ? "unresolved" : t.value() + (t.mod() == null ? "" : " " + t.mod()))).append("</span>");
                }
                h.append("</p>");
            }
        }
        h.append("</section>\n</main></body></html>\n");
        return h.toString();
    }

    static String source(ReportModel.ArticleEntry a) {
        String p = a.publisher() == null ? "unknown source" : a.publisher();
        return a.agency() == null ? p : p + " (" + a.agency() + ")";
    }

    private static String date(ReportModel.ArticleEntry a) {
        String s = esc(Dates.show(a.published()));
        return a.published() != null && a.published().isInferred() ? "<span class=\"inferred\" title=\"inferred from the content\">" + s + "</span>" : s;
    }

    private static String safeUrl(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") ? url : "#";
    }

    /** The sentence with the quantity's text marked, when the quantity lies inside it. */
    private static String highlight(String sentence, Quantity q) {
        int i = sentence.indexOf(q.text());
        if (i < 0) {
            return esc(sentence);
        }
        return esc(sentence.substring(0, i)) + "<mark>" + esc(q.text()) + "</mark>" + esc(sentence.substring(i + q.text().length()));
    }
}
