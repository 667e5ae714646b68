package org.lagebild.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.extract.boilerplate.BoilerplateRule;
import org.lagebild.extract.boilerplate.BoilerplateRules;
import org.lagebild.extract.boilerplate.RuleKind;
import org.lagebild.extract.boilerplate.StartChars;
import org.lagebild.extract.boilerplate.WordSkip;
import org.lagebild.model.BlockType;
import org.lagebild.model.MetaField;
import org.lagebild.model.RemovedText;

/**
 * Applies the boilerplate phrase rules to a sequence of units and keeps the rest as candidates.
 * Also removes lines repeated verbatim (white space folded, case ignored), keeping the first copy;
 * a non-bullet line that repeats a bullet line is kept (news sites list their subheadings as
 * highlights under the title). Stateless apart from its rules; thread-safe.
 */
final class BoilerplateFilter {

    static final String REPEATED_RULE = "extract.repeated-line";
    static final String REPEATED_REASON = "repeated line";
    /** Reason for a dateline without author: its date is kept as metadata. */
    static final String DATE_LINE_REASON = "date line";
    private static final int HEADLINE_MAX = 160;
    private static final int CAPTION_MAX = 250;
    /** Captions are shorter than this; several sentences this long are slide-show text. */
    static final int SLIDE_TEXT = 150;
    /** Boilerplate lines are short; longer ones skip the rules (which also bounds regex work). */
    private static final int LONG_LINE = 500;
    private static final int SHORT_LINE = 200;

    /** What filtering kept and removed, and the metadata found in removed lines. */
    record Result(List<Candidate> kept, List<RemovedText> removed, List<MetaField> meta) {
    }

    private final BoilerplateRules rules;
    private final List<BoilerplateRule> simple;
    private final List<BoilerplateRule> sectionLabels;
    private final List<BoilerplateRule> teasers;
    private final List<BoilerplateRule> agencyCodes;
    private final List<BoilerplateRule> datelines;
    private final List<BoilerplateRule> bylines;
    private final List<BoilerplateRule> credits;
    private final List<BoilerplateRule> captionMarkers;
    /**
     * Per rule list, one regex with all its patterns as alternatives (named groups made plain): a line that
     * none of them can start with (or, for credits, contain) skips the list in one run instead of one per rule.
     */
    private final Map<List<BoilerplateRule>, Pattern> any = new java.util.IdentityHashMap<>();
    /**
     * The search lists (credits, caption markers) whose every pattern can only start at the line start, at or
     * after white space, or at "(" (see {@link Guarded}): their prefilter tries each pattern at those positions only.
     */
    private final Map<List<BoilerplateRule>, Guarded> guarded = new java.util.IdentityHashMap<>();
    /** Per whole-line list: its rules grouped by the first character of the line (see {@link Openers}). */
    private final Map<List<BoilerplateRule>, Openers> openers = new java.util.IdentityHashMap<>();

    BoilerplateFilter(BoilerplateRules rules) {
        this.rules = rules;
        this.simple = rules.rules().stream()
                .filter(r -> r.kind() == RuleKind.EXACT || r.kind() == RuleKind.PREFIX || r.kind() == RuleKind.LINE_REGEX)
                .toList();
        this.sectionLabels = rules.rules(RuleKind.SECTION_LABEL);
        this.teasers = rules.rules(RuleKind.TEASER_HEADER);
        this.agencyCodes = rules.rules(RuleKind.AGENCY_CODE);
        this.datelines = rules.rules(RuleKind.DATELINE);
        this.bylines = rules.rules(RuleKind.BYLINE);
        this.credits = rules.rules(RuleKind.CREDIT);
        this.captionMarkers = rules.rules(RuleKind.CAPTION_MARKER);
        for (List<BoilerplateRule> l : List.of(simple, sectionLabels, teasers, agencyCodes, datelines, bylines, credits,
                captionMarkers)) {
            any.put(l, anyOf(l));
            openers.put(l, new Openers(l));
            Guarded g = Guarded.of(l);
            if (g != null) {
                guarded.put(l, g);
            }
        }
    }

    /**
     * A search list split by where its patterns can start, from how each pattern opens: {@code ^} (line start
     * only), {@code (?:^|\s)} (line start or at white space), {@code (?:^|(?<=\s))} (line start or just after
     * white space), {@code \s*\(} (at white space or at the "("). Each group's merged pattern is tried only at
     * its own positions, which is most of the cost of searching every kept line for credits; the answer is the
     * same as a find of the whole list (a superset of the white space {@code \s} matches is used, so no
     * position is missed). Where the patterns cannot look behind their position, the character there and the next one
     * must be able to open a match ({@link StartChars#possible(char, char)}): most spaces are followed by a word no
     * credit opens with.
     */
    private record Guarded(Pattern atStart, Pattern atSpace, Pattern afterSpace, Pattern atSpaceOrParen,
                           StartChars startFirst, StartChars afterBlank, StartChars followingBlank, StartChars parenFirst) {

        private static final String AT_SPACE = "(?:^|\\s)";
        private static final List<String> AFTER_SPACE = List.of("(?:^|(?<=\\s))", "(?-i)(?:^|(?<=\\s))");

        static Guarded of(List<BoilerplateRule> list) {
            List<List<BoilerplateRule>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            // whether the rest of a pattern after its opening guard may look further back than the guard
            boolean[] looksBack = new boolean[4];
            for (BoilerplateRule r : list) {
                String p = r.pattern().pattern();
                if (p.startsWith("^")) {
                    groups.get(0).add(r);
                } else if (p.startsWith(AT_SPACE)) {
                    groups.get(1).add(r);
                    looksBack[1] |= StartChars.looksBehind(p.substring(AT_SPACE.length()));
                } else if (p.startsWith(AFTER_SPACE.get(0)) || p.startsWith(AFTER_SPACE.get(1))) {
                    groups.get(2).add(r);
                    String guard = p.startsWith(AFTER_SPACE.get(0)) ? AFTER_SPACE.get(0) : AFTER_SPACE.get(1);
                    looksBack[2] |= StartChars.looksBehind(p.substring(guard.length()));
                } else if (p.startsWith("\\s*\\(")) {
                    groups.get(3).add(r);
                    looksBack[3] |= StartChars.looksBehind(p);
                } else {
                    return null; // a pattern that may start anywhere: the list is searched as a whole
                }
            }
            if (list.isEmpty()) {
                return null;
            }
            Pattern atStart = merged(groups.get(0));
            Pattern atSpace = merged(groups.get(1));
            Pattern afterSpace = merged(groups.get(2));
            Pattern paren = merged(groups.get(3));
            return new Guarded(atStart, atSpace, afterSpace, paren,
                    atStart == null ? null : StartChars.lookingAt(atStart),
                    atSpace == null || looksBack[1] ? null : StartChars.lookingAtAfter(atSpace, " ", true),
                    afterSpace == null || looksBack[2] ? null : StartChars.lookingAtAfter(afterSpace, " ", false),
                    paren == null || looksBack[3] ? null : StartChars.lookingAtAfter(paren, "", true));
        }

        private static Pattern merged(List<BoilerplateRule> group) {
            return group.isEmpty() ? null : anyOf(group);
        }

        boolean find(String line, Reuse reuse) {
            int n = line.length();
            Matcher start = matcher(atStart, line, reuse);
            if (start != null && (n == 0 || possible(startFirst, line, 0)) && start.lookingAt()) {
                return true;
            }
            Matcher at = matcher(atSpace, line, reuse);
            Matcher after = matcher(afterSpace, line, reuse);
            Matcher paren = matcher(atSpaceOrParen, line, reuse);
            for (int i = 0; i <= n; i++) {
                char c = i < n ? line.charAt(i) : 0;
                boolean spaceHere = i < n && space(c);
                // a plain space followed by a character no pattern can open with is passed without a regex run
                if (at != null && (i == 0 || spaceHere)
                        && (i == 0 || c != ' ' || i + 1 == n || afterBlank == null || possible(afterBlank, line, i + 1))
                        && at.region(i, n).lookingAt()) {
                    return true;
                }
                if (after != null && (i == 0 || space(line.charAt(i - 1)))
                        && (i == 0 || i == n || line.charAt(i - 1) != ' ' || followingBlank == null || possible(followingBlank, line, i))
                        && after.region(i, n).lookingAt()) {
                    return true;
                }
                if (paren != null && (spaceHere || (i < n && c == '('))
                        && (parenFirst == null || possible(parenFirst, line, i)) && paren.region(i, n).lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a match can open at line[i] (i < length), judged by that character and the next one when there is one. */
        private static boolean possible(StartChars chars, String line, int i) {
            return i + 1 < line.length() ? chars.possible(line.charAt(i), line.charAt(i + 1)) : chars.possible(line.charAt(i));
        }

        private static Matcher matcher(Pattern p, String line, Reuse reuse) {
            return p == null ? null : reuse.transparent(p, line);
        }
    }

    /** Every character regex {@code \s} matches in Unicode mode, and a few more. */
    private static boolean space(char c) {
        if (c > ' ' && c < '\u0080') {
            return false; // printable ASCII: the common case, decided without the Unicode tables
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    Result filter(List<Unit> units) {
        Run run = new Run(repeatsAreStructure(units));
        for (int i = 0; i < units.size(); i++) {
            i = run.step(units, i);
        }
        return new Result(run.kept, run.removed, run.meta);
    }

    /**
     * One regex per rule list, all its patterns as alternatives (named groups made plain): a line that
     * none of them can start with skips the list in one regex run instead of one per rule.
     */
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private static Pattern anyOf(List<BoilerplateRule> list) {
        StringBuilder sb = new StringBuilder();
        for (BoilerplateRule r : list) {
            sb.append(sb.length() == 0 ? "" : "|").append("(?:")
                    .append(NAMED_GROUP.matcher(r.pattern().pattern()).replaceAll("(?:")).append(')');
        }
        return Pattern.compile(sb.length() == 0 ? "(?!)" : sb.toString(), list.isEmpty() ? 0 : list.get(0).pattern().flags());
    }

    /**
     * Matchers of the merged prefilter regexes, kept over the lines of one filtering run (one thread) and reset
     * to each line instead of made anew: merged regexes have many groups, and a matcher allocates for each.
     */
    private static final class Reuse {
        private final Map<Pattern, Matcher> plain = new java.util.IdentityHashMap<>();
        private final Map<Pattern, Matcher> transparent = new java.util.IdentityHashMap<>();

        Matcher plain(Pattern p, String line) {
            Matcher m = plain.get(p);
            if (m == null) {
                m = p.matcher(line);
                plain.put(p, m);
                return m;
            }
            return m.reset(line);
        }

        /** With transparent, non-anchoring bounds (reset keeps them). */
        Matcher transparent(Pattern p, String line) {
            Matcher m = transparent.get(p);
            if (m == null) {
                m = p.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
                transparent.put(p, m);
                return m;
            }
            return m.reset(line);
        }
    }

    private Matcher first(List<BoilerplateRule> list, String line, BoilerplateRule[] which, Reuse reuse) {
        if (list.isEmpty()) {
            return null;
        }
        RuleKind k = list.get(0).kind();
        boolean search = k == RuleKind.CREDIT || k == RuleKind.CAPTION_MARKER;
        if (!search && !line.isEmpty()) {
            return first(openers.get(list).of(line), line, which, reuse);
        }
        Matcher pre = reuse.plain(any.get(list), line);
        boolean possible = !search ? pre.lookingAt() : guarded.containsKey(list) ? guarded.get(list).find(line, reuse) : pre.find();
        if (!possible) {
            return null;
        }
        for (BoilerplateRule r : list) {
            Matcher m = r.match(line);
            if (m != null) {
                which[0] = r;
                return m;
            }
        }
        return null;
    }

    /** The whole-line rules that can open with the line's first character, tried in list order after their merged regex. */
    private static Matcher first(Openers.Bucket bucket, String line, BoilerplateRule[] which, Reuse reuse) {
        if (bucket == null) {
            return null;
        }
        boolean plain = bucket.merged() != null && reuse.plain(bucket.merged(), line).lookingAt();
        for (int i = 0; i < bucket.rules().size(); i++) {
            WordSkip skip = bucket.skips().get(i);
            if (skip == null ? !plain : !skip.possible(line)) {
                continue;
            }
            BoilerplateRule r = bucket.rules().get(i);
            Matcher m = r.match(line);
            if (m != null) {
                which[0] = r;
                return m;
            }
        }
        return null;
    }

    /**
     * A whole-line rule list split by the line's first two characters (by the first alone when the line has one
     * or either is from U+0100 on): for each, the rules (in list order) that can open with them ({@link StartChars}
     * of each rule's own pattern, an exact "no") and one merged regex of them. A line then meets only the rules that can match it (a rule that opens with a wildcard is in every
     * group), not the alternatives of the whole list; the first rule that matches is the same. Rules that open by
     * skipping a few words are left out of the merged regex and asked through their {@link WordSkip} instead,
     * which rules out most lines without a regex run. Groups are made on
     * first use and shared by openings with the same rules; threads may race to make the same group, which is
     * harmless. Thread-safe.
     */
    private static final class Openers {
        /** The rules in list order, the word-skip prefilter of each (or null), the merged regex of the others (or null). */
        record Bucket(List<BoilerplateRule> rules, List<WordSkip> skips, Pattern merged) {
        }

        private final List<BoilerplateRule> rules;
        private final List<StartChars> starts;
        private final Map<BoilerplateRule, WordSkip> skips = new HashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<Character, java.util.Optional<Bucket>> byChar =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<List<BoilerplateRule>, Bucket> bySet =
                new java.util.concurrent.ConcurrentHashMap<>();
        /** Buckets by the first two characters (both below U+0100), in pages by the first; an empty bucket when none can open. */
        private final Bucket[][] byPair = new Bucket[256][];

        Openers(List<BoilerplateRule> rules) {
            this.rules = rules;
            this.starts = rules.stream().map(r -> StartChars.lookingAt(r.pattern())).toList();
            for (BoilerplateRule r : rules) {
                WordSkip skip = WordSkip.of(r.pattern());
                if (skip != null) {
                    skips.put(r, skip);
                }
            }
        }

        /**
         * The rules that can open the line, by its first two characters when both are below U+0100
         * ({@link StartChars#possible(char, char)}: "Die" meets the rules that can open with "di", not every
         * rule that opens with a d), else by its first; null or no rules when none can.
         */
        Bucket of(String line) {
            char c = line.charAt(0);
            if (line.length() == 1 || c > 0xFF || line.charAt(1) > 0xFF) {
                return of(c);
            }
            char next = line.charAt(1);
            Bucket[] page = byPair[c];
            if (page == null) {
                page = new Bucket[256];
                byPair[c] = page;
            }
            Bucket b = page[next];
            if (b == null) {
                b = make(c, next);
                page[next] = b;
            }
            return b;
        }

        /** The rules that can open with c and their merged regex, or null when none can. */
        Bucket of(char c) {
            java.util.Optional<Bucket> b = byChar.get(c);
            if (b == null) {
                b = java.util.Optional.ofNullable(make(c));
                byChar.put(c, b);
            }
            return b.orElse(null);
        }

        private Bucket make(char c) {
            List<BoilerplateRule> open = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                if (starts.get(i).possible(c)) {
                    open.add(rules.get(i));
                }
            }
            return open.isEmpty() ? null : bySet.computeIfAbsent(List.copyOf(open), this::bucket);
        }

        private Bucket make(char c, char next) {
            List<BoilerplateRule> open = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                if (starts.get(i).possible(c, next)) {
                    open.add(rules.get(i));
                }
            }
            return bySet.computeIfAbsent(List.copyOf(open), this::bucket);
        }

        private Bucket bucket(List<BoilerplateRule> open) {
            List<WordSkip> skip = new ArrayList<>();
            List<BoilerplateRule> plain = new ArrayList<>();
            for (BoilerplateRule r : open) {
                skip.add(skips.get(r));
                if (!skips.containsKey(r)) {
                    plain.add(r);
                }
            }
            return new Bucket(open, java.util.Collections.unmodifiableList(skip), plain.isEmpty() ? null : anyOf(plain));
        }
    }

    private static String group(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null ? "" : g.strip();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * The text before a picture credit is its caption, unless it is several long sentences: then it is
     * the text of a slide show or picture story, typed as the unit says (a paragraph when it says nothing).
     * A unit the page marks as a caption stays one: the HTML reader has already told slide text apart.
     */
    static BlockType captionType(String caption, Unit u) {
        if (u.hint() == BlockType.CAPTION) {
            return BlockType.CAPTION;
        }
        if (caption.length() >= SLIDE_TEXT && Lines.multiSentence(caption)) {
            return u.hint() == null ? BlockType.PARAGRAPH : u.hint();
        }
        return BlockType.CAPTION;
    }

    /**
     * True when a credit rule of the language files finds a picture credit at the text's end ("... (AP
     * Photo/Jane Doe)", "... Name / AFP", "... Photo: X") or knows the text as a caption by its wording.
     */
    boolean endsWithCredit(String text) {
        for (BoilerplateRule r : credits) {
            if (r.match(text) != null) {
                return true;
            }
        }
        return false;
    }

    static boolean headlineLike(String text) {
        char last = Lines.lastSignificant(text);
        return text.length() <= HEADLINE_MAX && last != '.' && last != ':' && last != ',' && last != ';'
                && !Lines.multiSentence(text);
    }

    /**
     * Whether the page is built of repeated sections (a menu for each day, a schedule, a table of plans):
     * {@value #STRUCTURAL_REPEATS} or more different short lines (at most {@value #STRUCTURE_LINE} chars) occur more
     * than once. Then a short repeated line is structure and stays; on other pages, and for longer lines anywhere, a
     * repeat (a teaser, a caption or a donation appeal shown again) loses its copy. Highlights listed as bullets
     * under the title and repeated as subheadings in the body do not count (they stay anyway).
     */
    static boolean repeatsAreStructure(List<Unit> units) {
        Map<String, Integer> counts = new HashMap<>();
        int repeated = 0;
        for (Unit u : units) {
            String t = u.text();
            if (!t.isEmpty() && t.length() <= STRUCTURE_LINE
                    && counts.merge((u.bullet() ? "• " : "") + Lines.key(t), 1, Integer::sum) == 2
                    && ++repeated >= STRUCTURAL_REPEATS) {
                return true;
            }
        }
        return false;
    }

    /** Different repeated short lines that make a page's repeats its structure ({@link #repeatsAreStructure}). */
    static final int STRUCTURAL_REPEATS = 3;

    /**
     * The longest repeated line that stays on a page of repeated sections: headings, labels and short lines
     * ("Pre-Workout Meal", "Eat every 2–3 hours", "Pros:"); a longer one is a paragraph shown twice (a donation
     * appeal, a teaser list printed for two screen sizes) and loses its copy.
     */
    static final int STRUCTURE_LINE = 80;

    /** The mutable state of one filtering run. */
    private final class Run {
        /** Short repeated lines are this page's structure and stay ({@link BoilerplateFilter#repeatsAreStructure(List)}). */
        final boolean repeatsAreStructure;
        final List<Candidate> kept = new ArrayList<>();
        final List<RemovedText> removed = new ArrayList<>();
        final List<MetaField> meta = new ArrayList<>();
        final Map<String, Candidate> seen = new HashMap<>();
        final Reuse reuse = new Reuse();

        Run(boolean repeatsAreStructure) {
            this.repeatsAreStructure = repeatsAreStructure;
        }

        void remove(Unit u, BoilerplateRule r) {
            removed.add(new RemovedText(u.text(), r.reason(), r.id(), u.position()));
        }

        /** Handles unit i and returns the index of the last unit it consumed. */
        int step(List<Unit> units, int i) {
            Unit u = units.get(i);
            String line = u.text();
            BoilerplateRule[] rule = new BoilerplateRule[1];
            Matcher m;
            if (line.length() > LONG_LINE) {
                Candidate c = new Candidate(line, u.position(), u.bullet(), u.hint(), u.leadHint());
                c.note = u.note();
                add(c);
                return i;
            }
            // section labels, agency codes, datelines and bylines are short: a paragraph skips their regexes
            boolean shortLine = line.length() <= SHORT_LINE;
            if (kept.isEmpty() && i + 1 < units.size() && shortLine && first(sectionLabels, line, rule, reuse) != null) {
                remove(u, rule[0]);
                return i;
            }
            if ((m = first(teasers, line, rule, reuse)) != null) {
                remove(u, rule[0]);
                if (!group(m, "rest").isEmpty()) {
                    return i;
                }
                int j = i + 1;
                boolean any = false;
                while (j < units.size() && units.get(j).bullet()) {
                    remove(units.get(j), rule[0]);
                    any = true;
                    j++;
                }
                if (!any && j < units.size() && units.get(j).hint() != BlockType.SUBHEADING
                        && headlineLike(units.get(j).text()) && !matchesAny(units.get(j).text())) {
                    remove(units.get(j), rule[0]);
                    j++;
                }
                return j - 1;
            }
            // agency codes first: "Quelle: ntv.de, mpe" keeps its publisher and agency, other "Quelle: ..." lines are phrases
            if (shortLine && (m = first(agencyCodes, line, rule, reuse)) != null && agencyCode(u, group(m, "codes"), rule[0])) {
                return i;
            }
            if ((m = first(simple, line, rule, reuse)) != null) {
                remove(u, rule[0]);
                String publisher = group(m, "publisher");
                if (!publisher.isEmpty()) {
                    meta.add(new MetaField("publisher", publisher.toLowerCase(Locale.ROOT), "promo-line"));
                }
                return i;
            }
            if (shortLine && (m = first(datelines, line, rule, reuse)) != null) {
                String author = group(m, "author").replaceAll("^[-–\\s]+|[-–,\\s]+$", "");
                String date = group(m, "date");
                if (!date.isEmpty()) {
                    meta.add(new MetaField("published", date, "dateline"));
                }
                if (author.isEmpty()) {
                    removed.add(new RemovedText(u.text(), date.isEmpty() ? rule[0].reason() : DATE_LINE_REASON,
                            rule[0].id(), u.position()));
                } else {
                    meta.add(new MetaField("author", author, "dateline"));
                    add(new Candidate(line, u.position(), false, BlockType.BYLINE, false));
                }
                return i;
            }
            if (shortLine && (m = first(bylines, line, rule, reuse)) != null && u.hint() != BlockType.SUBHEADING) {
                meta.add(new MetaField("author", group(m, "author"), "byline-line"));
                add(new Candidate(line, u.position(), false, BlockType.BYLINE, false));
                return i;
            }
            if ((m = first(captionMarkers, line, rule, reuse)) != null && m.start() > 0) {
                String marker = Lines.strip(m.group());
                removed.add(new RemovedText(marker, rule[0].reason(), rule[0].id(),
                        u.position() + Math.max(m.start(), line.indexOf(marker, m.start()))));
                String caption = Lines.strip(line.substring(0, m.start()));
                add(new Candidate(caption, u.position(), false, captionType(caption, u), false));
                return i;
            }
            if ((m = first(credits, line, rule, reuse)) != null) {
                int cs = m.start("credit");
                String caption = Lines.strip(line.substring(0, cs));
                String credit = Lines.strip(m.group("credit"));
                if (!caption.isEmpty()) {
                    // a rule with an empty credit marks a caption by its wording ("In this file photo ...")
                    add(new Candidate(caption, u.position(), false,
                            credit.isEmpty() ? BlockType.CAPTION : captionType(caption, u), false));
                } else {
                    captionBefore();
                }
                add(new Candidate(credit, u.position() + cs, false, BlockType.CREDIT, false));
                return i;
            }
            Candidate c = new Candidate(line, u.position(), u.bullet(), u.hint(), u.leadHint());
            c.note = u.note();
            add(c);
            return i;
        }

        private boolean matchesAny(String line) {
            BoilerplateRule[] r = new BoilerplateRule[1];
            return first(simple, line, r, reuse) != null || first(teasers, line, r, reuse) != null;
        }

        /** A credit line on its own: the short line just before it is the picture's caption. */
        private void captionBefore() {
            if (kept.isEmpty()) {
                return;
            }
            Candidate prev = kept.get(kept.size() - 1);
            if ((prev.type == null || prev.type == BlockType.PARAGRAPH) && !prev.bullet
                    && prev.text.length() <= CAPTION_MAX && !Lines.multiSentence(prev.text)) {
                prev.type = BlockType.CAPTION;
            }
        }

        private boolean agencyCode(Unit u, String codes, BoilerplateRule rule) {
            String[] tokens = codes.split("\\s*[/,]\\s*");
            String publisher = null;
            List<String> agencies = new ArrayList<>();
            int known = 0;
            for (String t : tokens) {
                if (t.isEmpty()) {
                    continue;
                }
                if (t.matches("(?U)[\\w-]+(\\.[\\w-]+)*\\.\\p{L}{2,6}")) {
                    if (publisher == null) {
                        publisher = t.toLowerCase(Locale.ROOT);
                    }
                    known++;
                } else if (rules.agency(t) != null) {
                    agencies.add(rules.agency(t));
                    known++;
                } else if (!t.matches("(?U)\\p{L}{1,5}")) {
                    return false;
                }
            }
            if (known == 0) {
                return false;
            }
            remove(u, rule);
            if (publisher != null) {
                meta.add(new MetaField("publisher", publisher, "agency-code"));
            }
            for (String a : agencies) {
                meta.add(new MetaField("agency", a, "agency-code"));
            }
            return true;
        }

        void add(Candidate c) {
            if (c.text.isEmpty()) {
                return;
            }
            String key = Lines.key(c.text);
            Candidate prev = seen.get(key);
            if (prev != null && !(prev.bullet && !c.bullet)
                    && !(repeatsAreStructure && c.text.length() <= STRUCTURE_LINE)) {
                removed.add(new RemovedText(c.text, REPEATED_REASON, REPEATED_RULE, c.position));
                return;
            }
            seen.put(key, c);
            kept.add(c);
        }
    }
}
