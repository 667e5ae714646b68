package org.lagebild.stories.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.model.Claim;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Quantity;
import org.lagebild.model.TimeExpression;
import org.lagebild.model.TimexType;

/**
 * What story clustering looks at in one article: its stemmed content terms with counts (title
 * terms counted {@link #TITLE_WEIGHT} times), its linked entities with mention counts (knowledge
 * base ids are language-independent, so they join German and English articles), its quantified
 * claims, the days and months its time expressions resolve to, and the incident details its headline
 * and text name ({@link IncidentDetails}: ages, streets, blocks, times of day; in the order named).
 * {@code date} is the publication day (null when unknown). Plain, immutable data; maps and sets are sorted.
 */
public record StoryFeatures(String articleId, String title, String language, LocalDate date,
                            Map<String, Integer> terms, Map<String, Integer> entities,
                            List<ClaimKey> claims, Set<String> eventDates, List<String> details) {
    /** How many times a title term counts against a body term. */
    public static final int TITLE_WEIGHT = 3;
    private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    public StoryFeatures {
        Objects.requireNonNull(articleId, "articleId");
        title = title == null ? "" : title;
        language = language == null ? "und" : language;
        // sorted, so that sums over them never depend on hash order (same result in every JVM)
        terms = sorted(terms);
        entities = sorted(entities);
        claims = List.copyOf(claims);
        eventDates = Collections.unmodifiableSortedSet(new TreeSet<>(eventDates));
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** Features without incident details. */
    public StoryFeatures(String articleId, String title, String language, LocalDate date, Map<String, Integer> terms,
                         Map<String, Integer> entities, List<ClaimKey> claims, Set<String> eventDates) {
        this(articleId, title, language, date, terms, entities, claims, eventDates, List.of());
    }

    /**
     * The features of an annotated document. {@code published} is its publication day; when null,
     * the day its publication date gives as evidence ({@link StoryDays#evidence(Document)}), else none.
     */
    public static StoryFeatures of(Document document, LocalDate published) {
        return of(document, published, false);
    }

    /**
     * The same with the incident details ({@link IncidentDetails}) that no decision reads yet: only the evaluation
     * and its tools (lagebild-stories README, "Incident details as evidence") pay for reading them.
     */
    public static StoryFeatures withDetails(Document document, LocalDate published) {
        return of(document, published, true);
    }

    private static StoryFeatures of(Document document, LocalDate published, boolean withDetails) {
        // never the reference time: that is when the text was read, and would put every undated
        // article on one day, close in time to all the others
        LocalDate date = published != null ? published : StoryDays.evidence(document);
        String lang = document.language() != null ? document.language() : document.article().language();
        Map<String, Integer> terms = new HashMap<>();
        TermExtractor te = TermExtractor.instance();
        String title = document.article().title();
        te.terms(headline(title), lang, TITLE_WEIGHT, (t, w) -> terms.merge(t, w, Integer::sum));
        String text = document.text();
        // the extractor may repeat the title as the first line of the text: count it once
        int from = text.startsWith(title) && !title.isEmpty() ? title.length() : 0;
        te.terms(from == 0 ? text : text.substring(from), lang, 1, true, (t, w) -> terms.merge(t, w, Integer::sum));

        Map<String, Integer> entities = new HashMap<>();
        for (EntityMention m : document.entities()) {
            if (m.entityId() != null && !m.entityId().isBlank()) {
                entities.merge(m.entityId(), 1, Integer::sum);
            }
        }
        List<ClaimKey> claims = new ArrayList<>();
        for (Claim c : document.claims()) {
            ClaimKey k = claimKey(c);
            if (k != null && !claims.contains(k)) {
                claims.add(k);
            }
        }
        Set<String> dates = new LinkedHashSet<>();
        for (TimeExpression t : document.times()) {
            if (t.resolved() && t.type() == TimexType.DATE && t.value() != null && DAY_OR_MONTH.matcher(t.value()).matches()) {
                dates.add(t.value());
            }
        }
        List<String> details = withDetails
                ? IncidentDetails.instance().of(headline(title), from == 0 ? text : text.substring(from), lang) : List.of();
        return new StoryFeatures(document.article().id(), title, lang, date, terms, entities, claims, dates, details);
    }

    /**
     * The headline without the outlet's name that sites append ("Man indicted in fatal shooting -
     * KLTV.com - Tyler, Longview |ETX News" gives "Man indicted in fatal shooting"): the text before
     * the first " - ", " | ", " – " or " — " when that part has at least four words; else the whole
     * title. The outlet's words would otherwise make every article of one site look alike.
     */
    public static String headline(String title) {
        Matcher m = OUTLET_SEPARATOR.matcher(title);
        if (m.find()) {
            String head = title.substring(0, m.start()).strip();
            if (head.split("\\s+").length >= 4) {
                return head;
            }
        }
        return title;
    }

    private static final Pattern OUTLET_SEPARATOR = Pattern.compile("\\s[-|\u2013\u2014]\\s|\\s?\\|");

    /** The claim's key, or null when it states no quantity or no predicate. */
    static ClaimKey claimKey(Claim c) {
        Quantity q = c.quantity();
        if (q == null || c.predicate() == null) {
            return null;
        }
        Double low = q.min() != null ? q.min() : q.value();
        Double high = q.max() != null ? q.max() : q.value();
        if (low == null && high == null) {
            return null;
        }
        double lo = low != null ? low : -Double.MAX_VALUE;
        double hi = high != null ? high : Double.MAX_VALUE;
        if (hi < lo) {
            return null;
        }
        return new ClaimKey(c.predicate(), q.unitLemma(), lo, hi);
    }

    private static final Class<?> SORTED_VIEW = Collections.unmodifiableSortedMap(new TreeMap<>()).getClass();

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> sorted(Map<String, Integer> m) {
        // already our own sorted, unmodifiable view (a copy made by withIdAndDate): share it
        if (m.getClass() == SORTED_VIEW && ((java.util.SortedMap<String, Integer>) m).comparator() == null) {
            return m;
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(m));
    }

    /** A copy with another id and date (for replaying real features in benchmarks). */
    public StoryFeatures withIdAndDate(String id, LocalDate day) {
        return new StoryFeatures(id, title, language, day, terms, entities, claims, eventDates, details);
    }

}
