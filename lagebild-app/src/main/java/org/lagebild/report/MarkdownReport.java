package org.lagebild.report;


/** Renders a {@link ReportModel} as Markdown. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(ReportModel m) {
        StringBuilder s = new StringBuilder(16_384);
        s.append("# Lagebild – Situation report\n\n");
        s.append(Numbers.count(m.articles().size(), "article", "articles")).append(" from ")
                .append(Numbers.count(m.sources().size(), "source", "sources"));
        if (!m.sources().isEmpty()) {
            s.append(" (").append(String.join(", ", m.sources())).append(")");
        }
        s.append(" · generated ").append(m.generated()).append("\n\n");
        s.append("## Articles\n\n| Published | Source | Title | Main actors |\n|---|---|---|---|\n");
        for (ReportModel.ArticleEntry a : m.articles()) {
            s.append("| ").append(cell(Dates.show(a.published()))).append(" | ").append(cell(HtmlReport.source(a))).append(" | ")
                    .append(cell(a.title())).append(" (`").append(a.id()).append("`) | ").append(cell(String.join(", ", a.actors())))
                    .append(" |\n");
        }
        s.append("\n## Main actors\n\n");
        if (m.actors().isEmpty()) {
            s.append("No entities recognised.\n");
        } else {
            s.append("| Actor | Type | Articles | Mentions | Written as |\n|---|---|---|---|---|\n");
            for (ReportModel.Actor a : m.actors().subList(0, Math.min(25, m.actors().size()))) {
                s.append("| ").append(cell(a.name())).append(" | ").append(a.type()).append(" | ").append(a.articles()).append(" | ")
                        .append(a.mentions()).append(" | ").append(cell(String.join(", ", a.forms()))).append(" |\n");
            }
        }
        s.append("\n## Figures and where they come from\n\n");
        if (m.figures().isEmpty()) {
            s.append("No figures found.\n");
        } else {
            s.append("| Figure | Who says so | How firmly | Evidence |\n|---|---|---|---|\n");
            for (ReportModel.Figure f : m.figures()) {
                s.append("| **").append(cell(Numbers.describe(f.quantity()))).append("** | ")
                        .append(cell(f.claim() != null ? f.sources() : f.publisher() == null ? "" : f.publisher()))
                        .append(" | ").append(cell(f.modality())).append(" | ").append(cell(f.sentence())).append(" (`")
                        .append(f.articleId()).append("`, ").append(cell(Dates.show(f.published()))).append(") |\n");
            }
        }
        s.append("\n## Article details\n\n");
        for (ReportModel.ArticleEntry a : m.articles()) {
            s.append("### ").append(a.title().isEmpty() ? a.id() : a.title().replace("\n", " ")).append("\n\n");
            s.append("- id `").append(a.id()).append("`, ").append(HtmlReport.source(a)).append(", ").append(Dates.show(a.published()));
            if (a.published() != null && a.published().isInferred()) {
                s.append(" (").append(a.published().explanation()).append(")");
            }
            s.append("\n- input: ").append(a.input()).append(a.url() == null ? "" : ", " + a.url()).append("\n");
            if (!a.times().isEmpty()) {
                s.append("- time expressions: ");
                s.append(String.join("; ", a.times().stream().map(t -> t.text() + " → "
                        + (t.value() == null ? "unresolved" : t.value() + (t.mod() == null ? "" : " " + t.mod()))).toList()));
                s.append("\n");
            }
            s.append("\n");
        }
        return s.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }
}
