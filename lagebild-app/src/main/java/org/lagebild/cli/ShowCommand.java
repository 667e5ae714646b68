package org.lagebild.cli;

import org.lagebild.engine.Views;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lagebild.engine.Lagebild;
import org.lagebild.report.Numbers;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.MetaField;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Quantity;
import org.lagebild.model.RemovedText;
import org.lagebild.model.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prints one clean article with its parts labelled, what was removed, and its annotations. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints the clean article with its parts labelled, the removed boilerplate and its annotations.")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "Article id (see 'lagebild articles'); a unique prefix is enough.")
    String id;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Lagebild lb = common.openForReading()) {
            Document d = Lookup.document(lb, id);
            String storyId = lb.store().derived().storyOf(d.article().id()).orElse(null);
            var copies = lb.store().derived().nearDuplicatesOf(d.article().id());
            if (common.format != Format.table) {
                var m = Views.document(d);
                m.put("story", storyId);
                m.put("nearDuplicates", copies.stream().map(c -> {
                    var cm = new java.util.LinkedHashMap<String, Object>();
                    cm.put("article", c.articleId());
                    cm.put("group", c.groupId());
                    cm.put("similarity", c.similarity());
                    return cm;
                }).toList());
                common.output(out).object(m);
                return 0;
            }
            if (storyId != null) {
                out.println("story:     " + storyId);
            }
            for (var c : copies) {
                out.println("copy:      " + c.articleId() + " repeats " + c.groupId()
                        + String.format(java.util.Locale.ROOT, " (estimated similarity %.2f)", c.similarity()));
            }
            print(d, out);
            return 0;
        }
    }

    static void print(Document d, PrintWriter out) {
        Article a = d.article();
        out.println("id:        " + a.id());
        out.println("input:     " + a.input() + (a.url() != null ? "  (" + a.url() + ")" : ""));
        out.println("publisher: " + nz(a.publisher()) + (a.byline() != null ? "  byline: " + a.byline() : ""));
        out.println("published: " + date(a.published()));
        out.println("language:  " + nz(d.language() != null ? d.language() : a.language()));
        for (MetaField f : a.meta()) {
            out.println("meta:      " + f.name() + " = " + f.value() + "  [" + f.origin() + "]");
        }
        out.println();
        for (Block b : a.blocks()) {
            out.println("[" + b.type().label() + "] " + a.text(b));
        }
        if (!a.removed().isEmpty()) {
            out.println();
            out.println("Removed (" + a.removed().size() + "):");
            for (RemovedText r : a.removed()) {
                out.println("  - " + r.reason() + ": " + oneLine(r.text()));
            }
        }
        if (!d.entities().isEmpty()) {
            out.println();
            out.println("Entities (" + d.entities().size() + "):");
            for (EntityMention e : d.entities()) {
                out.println("  " + e.span() + " " + e.type() + " " + e.text() + " -> " + nz(e.name()) + " <" + nz(e.entityId()) + ">");
            }
        }
        if (!d.times().isEmpty()) {
            out.println();
            out.println("Times (" + d.times().size() + "):");
            for (TimeExpression t : d.times()) {
                out.println("  " + t.span() + " " + t.text() + " = " + (t.resolved() ? t.value() : "unresolved")
                        + (t.mod() != null ? " (" + t.mod() + ")" : "") + "  [" + t.provenance().rule() + "]");
            }
        }
        if (!d.quantities().isEmpty()) {
            out.println();
            out.println("Quantities (" + d.quantities().size() + "):");
            for (Quantity q : d.quantities()) {
                out.println("  " + q.span() + " " + q.text() + " = " + Numbers.describe(q) + "  [" + q.provenance().rule() + "]");
            }
        }
        if (!d.quotes().isEmpty()) {
            out.println();
            out.println("Quotes (" + d.quotes().size() + "):");
            for (org.lagebild.model.Quote q : d.quotes()) {
                out.println("  " + q.span() + " " + (q.direct() ? "direct" : "indirect") + ", "
                        + (q.speaker() == null ? "speaker unknown" : ClaimsCommand.who(q.speaker()))
                        + (q.cue() == null ? "" : " (" + q.cue() + ")") + ": " + oneLine(q.text()));
            }
        }
        if (!d.claims().isEmpty()) {
            out.println();
            out.println("Claims (" + d.claims().size() + "):");
            for (org.lagebild.model.Claim c : d.claims()) {
                out.println("  " + c.id() + " " + c.predicate() + " [" + c.modality().label() + "]"
                        + (c.quantity() == null ? "" : " " + Numbers.describe(c.quantity()))
                        + "  via " + ClaimsCommand.chain(c.attribution())
                        + (c.cues().isEmpty() ? "" : "  cues: " + String.join(", ", c.cues())));
            }
        }
    }

    static String date(PublicationDate p) {
        if (!p.isKnown()) {
            return "unknown (" + p.explanation() + ")";
        }
        if (p.isInferred()) {
            return p.date() + " (inferred, window " + p.earliest() + " .. " + p.latest()
                    + ", confidence " + Math.round(p.confidence() * 100) + "%: " + p.explanation() + ")";
        }
        return p.date() + " (" + p.source().name().toLowerCase(java.util.Locale.ROOT) + ": " + p.origin() + ")";
    }

    static String nz(String s) {
        return s == null ? "-" : s;
    }

    static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 159) + "…" : t;
    }

}
