package org.lagebild.extract.boilerplate;

import java.util.Locale;

/** How a {@link BoilerplateRule} applies to a line; the data file spells these in lower case with dashes. */
public enum RuleKind {
    /** The whole line equals the literal pattern (white space folded, case ignored). */
    EXACT,
    /** The line starts with the literal pattern; the whole line is removed. */
    PREFIX,
    /** The regex matches the whole line. */
    LINE_REGEX,
    /** Whole-line regex, only applied before the first kept line (a section label above the title). */
    SECTION_LABEL,
    /** Whole-line regex introducing teasers; group "rest" holds an inline teaser. */
    TEASER_HEADER,
    /** Whole-line regex; group "codes" lists agency and publisher codes. */
    AGENCY_CODE,
    /** Whole-line regex with groups "author" and "date"; removed when both are empty. */
    DATELINE,
    /** Whole-line regex with group "author": an author line. */
    BYLINE,
    /** Found at the end of a line; group "credit" is a photo credit, the text before it a caption. */
    CREDIT,
    /** Found at the end of a line; removed, and the rest of the line is a caption. */
    CAPTION_MARKER;

    /** Parses the data-file spelling ("line-regex"). */
    public static RuleKind parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
