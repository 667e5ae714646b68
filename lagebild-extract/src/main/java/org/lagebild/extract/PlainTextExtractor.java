package org.lagebild.extract;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;
import org.lagebild.model.BlockType;
import org.lagebild.model.MetaField;

/**
 * Plain-text extraction: every non-blank line is a unit (a line starting with a lowercase letter
 * continues the line before it when that one has no final punctuation), boilerplate lines are
 * removed by the phrase rules, and the rest is typed by layout ({@link PlainTextStructure}).
 * Removed positions are char offsets of the line in the input. Thread-safe.
 */
final class PlainTextExtractor {

    private final BoilerplateFilter filter;

    PlainTextExtractor(BoilerplateFilter filter) {
        this.filter = filter;
    }

    Article extract(SourceRecord rec) throws ExtractionException {
        List<Unit> units = units(rec.content());
        if (units.isEmpty()) {
            throw new ExtractionException("no text found");
        }
        BoilerplateFilter.Result r = filter.filter(units);
        List<Candidate> cands = new ArrayList<>(r.kept());
        PlainTextStructure.classify(cands);
        List<MetaField> meta = ArticleAssembler.recordMeta(rec);
        String title = rec.title() == null ? "" : Lines.fold(Lines.clean(rec.title()));
        Candidate titleBlock = cands.stream().filter(c -> c.type == BlockType.TITLE).findFirst().orElse(null);
        if (title.isEmpty() && titleBlock != null) {
            title = Lines.fold(titleBlock.text);
            meta.add(new MetaField("title", title, "text:first-line"));
        } else if (!title.isEmpty() && titleBlock == null) {
            cands.add(0, new Candidate(title, -1, false, BlockType.TITLE, false));
        }
        meta.addAll(r.meta());
        java.time.LocalDate urlDay = Dates.fromUrlPath(rec.url());
        if (urlDay != null) {
            // a text record's URL dates it as a page's does ("/2024/10/17/"); the record's own date comes first
            meta.add(new MetaField("published", urlDay.toString(), "url-path"));
        }
        String language = rec.language() == null || rec.language().isBlank() ? null : rec.language().strip();
        return ArticleAssembler.assemble(rec, rec.format() == null ? "text" : rec.format(), title, cands,
                r.removed(), meta, language);
    }

    static List<Unit> units(String content) {
        List<Unit> units = new ArrayList<>();
        int n = content.length();
        int pos = 0;
        boolean blank = true;
        while (pos <= n) {
            int end = pos;
            while (end < n && content.charAt(end) != '\n' && content.charAt(end) != '\r') {
                end++;
            }
            String raw = Lines.clean(content.substring(pos, end));
            int bl = Lines.bulletLength(raw);
            String text = Lines.strip(raw.substring(bl));
            if (text.isEmpty()) {
                blank = true;
            } else {
                Unit prev = units.isEmpty() ? null : units.get(units.size() - 1);
                if (prev != null && !blank && bl == 0 && !prev.bullet() && continues(prev.text(), text)) {
                    units.set(units.size() - 1, new Unit(prev.text() + "\n" + text, prev.position(), false, null, false));
                } else {
                    units.add(new Unit(text, pos + Math.max(0, raw.indexOf(text)), bl > 0, null, false));
                }
                blank = false;
            }
            if (end < n && content.charAt(end) == '\r' && end + 1 < n && content.charAt(end + 1) == '\n') {
                end++;
            }
            pos = end + 1;
        }
        return units;
    }

    private static boolean continues(String prev, String next) {
        char last = Lines.lastSignificant(prev);
        return Character.isLowerCase(next.codePointAt(0)) && ".!?:;…".indexOf(last) < 0 && prev.length() >= 40;
    }
}
