package org.lagebild.report;

import static org.lagebild.report.Html.esc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lagebild.model.Article;
import org.lagebild.model.Document;
import org.lagebild.model.Source;
import org.lagebild.store.DerivedTables.StoryEntity;
import org.lagebild.stories.facts.Conflict;
import org.lagebild.stories.facts.Evidence;
import org.lagebild.stories.facts.Fact;
import org.lagebild.stories.facts.StatusStep;

/**
 * Renders a {@link StoryReportModel} as one self-contained HTML page: inline CSS, the timeline as inline
 * SVG, no scripts and no network (the page's Content-Security-Policy forbids both). Every figure, event,
 * note and contradiction links to its evidence: the quoted sentence with its article, outlet and date.
 */
public final class StoryHtmlReport {
    private StoryHtmlReport() {
    }

    private static final String CSS = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
            header{background:#1d2a44;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;color:#c9d3e6}
            main{max-width:1100px;margin:0 auto;padding:16px 28px 48px}
            section{background:#fff;border:1px solid #dde2ea;border-radius:8px;padding:12px 18px;margin:16px 0}
            h2{font-size:18px;margin:6px 0 10px}h3{font-size:15px;margin:12px 0 4px}
            table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid #eceff4}
            th{background:#f0f3f8;font-weight:600}
            .muted{color:#66708a;font-size:13px}.tag{display:inline-block;background:#eef1f7;border-radius:4px;padding:0 5px;margin:1px 2px;font-size:13px}
            .st{display:inline-block;border-radius:4px;padding:0 5px;font-size:13px;background:#eef1f7}
            .st-confirmed,.st-asserted{background:#dcf3e3}.st-denied{background:#fbe0de}.st-alleged,.st-not_confirmed{background:#fff1d6}
            .inferred{color:#8a5a00;background:#fff4d6;border-radius:4px;padding:0 4px;white-space:nowrap}
            .timeline{width:100%;height:auto;background:#fff}.legend svg{vertical-align:middle}
            blockquote{margin:4px 0;padding:2px 10px;border-left:3px solid #c3cbe0;color:#333}
            ol.chrono{padding-left:0;list-style:none}ol.chrono li{margin:6px 0;display:grid;grid-template-columns:190px 1fr;gap:10px}
            ol.chrono .when{font-weight:600}ol.chrono .when .muted{display:block;font-weight:400}
            .ev:target{background:#fff7c2}a{color:#1f5fbf;text-decoration:none}a:hover{text-decoration:underline}
            .warn{color:#8a2a1e}
            @media (max-width:700px){main{padding:8px}td,th{padding:4px}ol.chrono li{display:block}}
            """;

    public static String render(StoryReportModel m) {
        StringBuilder h = new StringBuilder(65_536);
        var s = m.story();
        h.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<title>Lagebild – ").append(esc(s.title())).append("</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<header><h1>Lagebild: ").append(esc(s.title())).append("</h1><p>Story ").append(esc(s.id())).append(" · ")
                .append(Numbers.count(s.articleCount(), "article", "articles")).append(" from ")
                .append(Numbers.count(s.sourceCount(), "outlet", "outlets")).append(" (")
                .append(esc(String.join(", ", s.sources()))).append(") · ").append(span(s.firstDay(), s.lastDay()))
                .append(" · generated ").append(m.generated()).append("</p></header>\n<main>\n");

        h.append("<section id=\"summary\"><h2>Summary</h2><p>").append(esc(m.summary())).append("</p></section>\n");

        h.append("<section id=\"figures\"><h2>Key figures</h2>");
        List<Fact> key = m.keyFigures();
        if (key.isEmpty()) {
            h.append("<p class=\"muted\">No figures in this story.</p>");
        } else {
            h.append("<table><thead><tr><th>Fact</th><th>When</th><th>Range stated</th><th>Conservative</th>")
                    .append("<th>Independent sources</th><th>Status</th><th>Evidence</th></tr></thead><tbody>\n");
            for (Fact f : key) {
                h.append("<tr id=\"").append(esc(f.id())).append("\"><td>").append(esc(f.label()));
                if (!f.conflicts().isEmpty()) {
                    h.append(" <span class=\"warn\" title=\"sources disagree\">⚠ contradicted</span>");
                }
                h.append("</td><td>").append(esc(f.time() == null ? "" : f.time().value()))
                        .append(f.time() != null && f.time().fromPublication() ? "<div class=\"muted\">publication window</div>" : "")
                        .append("</td><td>").append(esc(Numbers.stated(f.min(), f.max(), f.figure()))).append(' ').append(esc(nz(f.countedOrUnit())))
                        .append("</td><td>").append(esc(f.conservative() == null ? "" : Numbers.format(f.conservative())))
                        .append("</td><td>").append(f.independentSources()).append("<div class=\"muted\">")
                        .append(esc(String.join("; ", f.sources()))).append("</div></td><td>").append(status(f.status()))
                        .append("</td><td>").append(evidenceLinks(f.evidence())).append("</td></tr>\n");
            }
            h.append("</tbody></table>");
            if (m.otherFigures() > 0) {
                h.append("<p class=\"muted\">").append(m.otherFigures()).append(m.otherFigures() == 1 ? " other figure" : " other figures")
                        .append(" of fewer sources: <code>lagebild facts ").append(esc(s.id())).append("</code>.</p>");
            }
        }
        h.append("</section>\n");

        h.append("<section id=\"chart\"><h2>Figures over time</h2>").append(TimelineSvg.render(points(m))).append("</section>\n");

        h.append("<section id=\"chronology\"><h2>Chronology</h2>");
        if (m.chronology().isEmpty()) {
            h.append("<p class=\"muted\">No dated events.</p>");
        } else {
            h.append("<ol class=\"chrono\">");
            for (StoryReportModel.Event e : m.chronology()) {
                h.append("<li><span class=\"when\">").append(esc(when(e))).append("<span class=\"muted\">")
                        .append(esc(e.granularity())).append("</span></span><span>").append(esc(e.label()));
                if (e.modality() != null) {
                    h.append(" <span class=\"st st-").append(esc(e.modality())).append("\">").append(esc(e.modality())).append("</span>");
                }
                h.append(" ").append(evidenceLinks(e.evidence())).append("</span></li>\n");
            }
            h.append("</ol>");
        }
        h.append("</section>\n");

        h.append("<section id=\"actors\"><h2>Actors</h2>");
        if (s.entities().isEmpty()) {
            h.append("<p class=\"muted\">No entities recognised.</p>");
        } else {
            h.append("<table><thead><tr><th>Actor</th><th>Type</th><th>Articles</th></tr></thead><tbody>");
            for (StoryEntity e : s.entities()) {
                h.append("<tr><td>").append(esc(e.name())).append(e.id() == null ? "" : " <span class=\"muted\">" + esc(e.id()) + "</span>")
                        .append("</td><td>").append(esc(e.type())).append("</td><td>").append(e.articles()).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>\n");

        h.append("<section id=\"notes\"><h2>Source notes</h2>");
        if (m.keyNotes().isEmpty()) {
            h.append("<p class=\"muted\">No remarks on the sources.</p>");
        } else {
            h.append("<ul>");
            for (StoryReportModel.Note n : m.keyNotes()) {
                h.append("<li>").append(esc(n.text())).append(' ').append(evidenceLinks(n.evidence())).append("</li>");
            }
            h.append("</ul>");
        }
        h.append("</section>\n");

        h.append("<section id=\"contradictions\"><h2>Open contradictions</h2>");
        List<Conflict> open = m.openConflicts();
        if (open.isEmpty()) {
            h.append("<p class=\"muted\">None open").append(m.facts().conflicts().isEmpty() ? "." : " (settled: "
                    + m.facts().conflicts().size() + ", see the status history in the key figures).").append("</p>");
        } else {
            h.append("<ul>");
            for (Conflict c : open) {
                h.append("<li>").append(esc(c.reason())).append("<div class=\"muted\">one side: ").append(evidenceLinks(c.sideA()))
                        .append(" · other side: ").append(evidenceLinks(c.sideB())).append("</div></li>");
            }
            h.append("</ul>");
        }
        h.append("</section>\n");

        h.append("<section id=\"evidence\"><h2>Evidence</h2>");
        for (Evidence e : m.allEvidence()) {
            h.append("<div class=\"ev\" id=\"").append(StoryReportModel.anchor(e)).append("\"><blockquote>")
                    .append(esc(e.sentence())).append("</blockquote><p class=\"muted\">")
                    .append(esc(chain(e.attribution()))).append(" · ").append(esc(e.modality().label()))
                    .append(e.cues().isEmpty() ? "" : " (" + esc(String.join(", ", e.cues())) + ")")
                    .append(" · <a href=\"#").append(StoryReportModel.articleAnchor(e.articleId())).append("\">")
                    .append(esc(title(m.document(e.articleId())))).append("</a>, ").append(esc(Dates.show(e.published())))
                    .append("</p></div>\n");
        }
        h.append("</section>\n");

        h.append("<section id=\"articles\"><h2>Articles</h2><table><thead><tr><th>Published</th><th>Outlet</th><th>Title</th></tr></thead><tbody>");
        for (Document d : m.documents()) {
            Article a = d.article();
            String date = esc(Dates.show(a.published()));
            h.append("<tr id=\"").append(StoryReportModel.articleAnchor(a.id())).append("\"><td>")
                    .append(a.published().isInferred() ? "<span class=\"inferred\">" + date + "</span>" : date)
                    .append("</td><td>").append(esc(a.publisher() == null ? "unknown" : a.publisher())).append("</td><td>")
                    .append(esc(title(d))).append("<div class=\"muted\">id ").append(esc(a.id())).append(" · ")
                    .append(esc(a.input()));
            if (a.published().isInferred()) {
                h.append(" · ").append(esc(a.published().explanation()));
            }
            h.append("</div></td></tr>");
        }
        h.append("</tbody></table></section>\n</main></body></html>\n");
        return h.toString();
    }

    /** The chart points: one per key figure at its event time (or publication window). */
    static List<TimelineSvg.Point> points(StoryReportModel m) {
        List<TimelineSvg.Point> out = new ArrayList<>();
        for (Fact f : m.keyFigures()) {
            if (f.time() == null || f.evidence().isEmpty()) {
                continue;
            }
            Evidence first = f.evidence().get(0);
            Double value = f.min() != null && f.min().equals(f.max()) ? f.min() : null;
            out.add(new TimelineSvg.Point(f.time().start(), f.time().end(), value, f.min(), f.max(),
                    f.currentStatus().label(), f.label() + " — " + String.join("; ", f.sources()),
                    "#" + StoryReportModel.anchor(first)));
        }
        return out;
    }

    /** An event's time as shown: its value, or for a publication window "2024-11 – 2025-10". */
    static String when(StoryReportModel.Event e) {
        if (!e.time().contains("/") || e.start() == null || e.end() == null) {
            return e.time();
        }
        String a = e.start().toString().substring(0, 7);
        String b = e.end().toString().substring(0, 7);
        return a.equals(b) ? a : a + " – " + b;
    }

    static String title(Document d) {
        if (d == null) {
            return "";
        }
        return Article.headline(d.article().title(), d.text());
    }

    static String chain(List<Source> attribution) {
        return attribution.isEmpty() ? "unattributed" : org.lagebild.stories.facts.Sources.chain(attribution);
    }

    private static String status(List<StatusStep> steps) {
        StringBuilder b = new StringBuilder();
        for (StatusStep st : steps) {
            if (b.length() > 0) {
                b.append(" → ");
            }
            String mod = st.modality().label();
            b.append("<span class=\"st st-").append(esc(mod)).append("\">").append(esc(mod)).append("</span>");
            if (st.from() != null) {
                b.append("<span class=\"muted\"> ").append(esc(st.from().value())).append("</span>");
            }
        }
        return b.toString();
    }

    private static String evidenceLinks(List<Evidence> evidence) {
        StringBuilder b = new StringBuilder();
        int i = 1;
        for (Evidence e : evidence) {
            b.append("<a class=\"tag\" href=\"#").append(StoryReportModel.anchor(e)).append("\" title=\"")
                    .append(esc(e.sentence())).append("\">").append(esc(e.publisher() == null ? "[" + i + "]" : e.publisher()))
                    .append("</a>");
            i++;
        }
        return b.toString();
    }

    static String span(LocalDate a, LocalDate b) {
        return (a == null ? "?" : a.toString()) + " – " + (b == null ? "?" : b.toString());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
