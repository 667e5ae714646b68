package org.lagebild.report;

import java.util.List;
import org.lagebild.model.Document;
import org.lagebild.store.DerivedTables.StoryEntity;
import org.lagebild.stories.facts.Conflict;
import org.lagebild.stories.facts.Evidence;
import org.lagebild.stories.facts.Fact;
import org.lagebild.stories.facts.StatusStep;

/** Renders a {@link StoryReportModel} as Markdown: the same sections as the HTML, evidence as footnote-style links. */
public final class StoryMarkdownReport {
    private StoryMarkdownReport() {
    }

    public static String render(StoryReportModel m) {
        StringBuilder b = new StringBuilder(32_768);
        var s = m.story();
        b.append("# Lagebild: ").append(md(s.title())).append("\n\n");
        b.append("Story `").append(s.id()).append("` · ").append(Numbers.count(s.articleCount(), "article", "articles"))
                .append(" from ").append(Numbers.count(s.sourceCount(), "outlet", "outlets")).append(" (").append(md(String.join(", ", s.sources()))).append(") · ")
                .append(StoryHtmlReport.span(s.firstDay(), s.lastDay())).append(" · generated ").append(m.generated()).append("\n\n");
        b.append("## Summary\n\n").append(md(m.summary())).append("\n\n");

        b.append("## Key figures\n\n");
        if (m.keyFigures().isEmpty()) {
            b.append("No figures in this story.\n\n");
        } else {
            b.append("| Fact | When | Range stated | Conservative | Independent sources | Status | Evidence |\n|---|---|---|---|---|---|---|\n");
            for (Fact f : m.keyFigures()) {
                b.append("| ").append(md(f.label())).append(f.conflicts().isEmpty() ? "" : " ⚠ contradicted")
                        .append(" | ").append(f.time() == null ? "" : md(f.time().value()))
                        .append(" | ").append(Numbers.stated(f.min(), f.max(), f.figure())).append(f.countedOrUnit() == null ? "" : " " + md(f.countedOrUnit()))
                        .append(" | ").append(f.conservative() == null ? "" : Numbers.format(f.conservative()))
                        .append(" | ").append(f.independentSources()).append(": ").append(md(String.join("; ", f.sources())))
                        .append(" | ").append(status(f.status()))
                        .append(" | ").append(links(f.evidence())).append(" |\n");
            }
            b.append('\n');
            if (m.otherFigures() > 0) {
                b.append(m.otherFigures()).append(m.otherFigures() == 1 ? " other figure" : " other figures")
                        .append(" of fewer sources: `lagebild facts ").append(s.id()).append("`.\n\n");
            }
        }

        b.append("## Chronology\n\n");
        if (m.chronology().isEmpty()) {
            b.append("No dated events.\n\n");
        } else {
            for (StoryReportModel.Event e : m.chronology()) {
                b.append("- **").append(md(e.time())).append("** (").append(md(e.granularity())).append(") ")
                        .append(md(e.label())).append(e.modality() == null ? "" : " — " + md(e.modality()))
                        .append(' ').append(links(e.evidence())).append('\n');
            }
            b.append('\n');
        }

        b.append("## Actors\n\n");
        for (StoryEntity e : s.entities()) {
            b.append("- ").append(md(e.name())).append(" (").append(md(e.type())).append(", ")
                    .append(Numbers.count(e.articles(), "article", "articles")).append(")\n");
        }
        b.append('\n');

        b.append("## Source notes\n\n");
        if (m.keyNotes().isEmpty()) {
            b.append("No remarks on the sources.\n\n");
        } else {
            for (StoryReportModel.Note n : m.keyNotes()) {
                b.append("- ").append(md(n.text())).append(' ').append(links(n.evidence())).append('\n');
            }
            b.append('\n');
        }

        b.append("## Open contradictions\n\n");
        List<Conflict> open = m.openConflicts();
        if (open.isEmpty()) {
            b.append("None open.\n\n");
        } else {
            for (Conflict c : open) {
                b.append("- ").append(md(c.reason())).append(" — one side ").append(links(c.sideA()))
                        .append(", other side ").append(links(c.sideB())).append('\n');
            }
            b.append('\n');
        }

        b.append("## Evidence\n\n");
        int i = 1;
        for (Evidence e : m.allEvidence()) {
            b.append("<a id=\"").append(StoryReportModel.anchor(e)).append("\"></a>").append(i++).append(". > ")
                    .append(md(e.sentence())).append("\n   — ").append(md(StoryHtmlReport.chain(e.attribution())))
                    .append(", ").append(e.modality().label()).append(e.cues().isEmpty() ? "" : " (" + md(String.join(", ", e.cues())) + ")")
                    .append("; ").append(md(StoryHtmlReport.title(m.document(e.articleId())))).append(", ")
                    .append(md(Dates.show(e.published()))).append("\n");
        }
        b.append("\n## Articles\n\n");
        for (Document d : m.documents()) {
            b.append("- ").append(md(Dates.show(d.article().published()))).append(" · ")
                    .append(md(d.article().publisher() == null ? "unknown" : d.article().publisher())).append(" · ")
                    .append(md(StoryHtmlReport.title(d))).append(" (`").append(d.article().id()).append("`)\n");
        }
        return b.toString();
    }

    private static String status(List<StatusStep> steps) {
        StringBuilder b = new StringBuilder();
        for (StatusStep st : steps) {
            if (b.length() > 0) {
                b.append(" → ");
            }
            b.append(st.modality().label()).append(st.from() == null ? "" : " " + md(st.from().value()));
        }
        return b.toString();
    }

    private static String links(List<Evidence> evidence) {
        StringBuilder b = new StringBuilder();
        for (Evidence e : evidence) {
            b.append("[").append(md(e.publisher() == null ? "source" : e.publisher())).append("](#")
                    .append(StoryReportModel.anchor(e)).append(") ");
        }
        return b.toString().strip();
    }

    /** Escapes what Markdown (and tables) would interpret; keeps the text readable. */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '|', '*', '_', '`', '[', ']', '<', '>', '#', '\\' -> b.append('\\').append(c);
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
