package org.lagebild.stories.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.model.PublicationDate;

/**
 * When something happened, as a TIMEX3-style {@code value} ("2024", "2024-FA", "2024-06", "2024-08-06",
 * or "2024-08-06/2025-08-06" for a publication window) with its {@link Granularity} and the days it spans
 * ({@code start}..{@code end}, both inclusive). {@code fromPublication} is true when the text gave no event
 * time and the publication window stands in for it.
 */
public record EventTime(String value, Granularity granularity, LocalDate start, LocalDate end, boolean fromPublication) {

    /**
     * Chronological order: by the last day the time can be (a year-level event after the months of that year,
     * since it is only known to lie somewhere in it), then by the first day, then by value.
     */
    public static final Comparator<EventTime> ORDER = Comparator.comparing(EventTime::end)
            .thenComparing(EventTime::start).thenComparing(EventTime::value);

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");

    public EventTime {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
    }

    /** The event time of a TIMEX3 value, or null when the value names no calendar period (PAST_REF, P5M, null). */
    public static EventTime ofTimex(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new EventTime(d.toString(), Granularity.DAY, d, d, false);
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate s = LocalDate.of(num(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(java.time.DayOfWeek.MONDAY);
                return new EventTime(value, Granularity.WEEK, s, s.plusDays(6), false);
            }
            if ((m = MONTH.matcher(value)).matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return new EventTime(value, Granularity.MONTH, ym.atDay(1), ym.atEndOfMonth(), false);
            }
            if ((m = SEASON.matcher(value)).matches()) {
                int y = num(m, 1);
                LocalDate s = switch (m.group(2)) {
                    case "SP" -> LocalDate.of(y, 3, 1);
                    case "SU" -> LocalDate.of(y, 6, 1);
                    case "FA" -> LocalDate.of(y, 9, 1);
                    default -> LocalDate.of(y, 12, 1);
                };
                return new EventTime(value, Granularity.SEASON, s, s.plusMonths(3).minusDays(1), false);
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                LocalDate s = LocalDate.of(num(m, 1), 3 * (num(m, 2) - 1) + 1, 1);
                return new EventTime(value, Granularity.QUARTER, s, s.plusMonths(3).minusDays(1), false);
            }
            if ((m = HALF.matcher(value)).matches()) {
                LocalDate s = LocalDate.of(num(m, 1), num(m, 2) == 1 ? 1 : 7, 1);
                return new EventTime(value, Granularity.QUARTER, s, s.plusMonths(6).minusDays(1), false);
            }
            if ((m = YEAR.matcher(value)).matches()) {
                int y = num(m, 1);
                return new EventTime(value, Granularity.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), false);
            }
            if ((m = DECADE.matcher(value)).matches()) {
                int y = num(m, 1) * 10;
                return new EventTime(m.group(1) + "X", Granularity.DECADE, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), false);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * The publication window standing in for an event time: the month when the window lies within one month,
     * the year when within one year, else the window itself. Null when the date is unknown.
     */
    public static EventTime ofPublication(PublicationDate p) {
        if (p == null) {
            return null;
        }
        LocalDate s = p.earliest() != null ? p.earliest() : p.date();
        LocalDate e = p.latest() != null ? p.latest() : p.date();
        if (s == null || e == null) {
            return null;
        }
        if (s.getYear() == e.getYear() && s.getMonth() == e.getMonth()) {
            YearMonth ym = YearMonth.from(s);
            return new EventTime(ym.toString(), Granularity.MONTH, ym.atDay(1), ym.atEndOfMonth(), true);
        }
        if (s.getYear() == e.getYear()) {
            return new EventTime(Integer.toString(s.getYear()), Granularity.YEAR, s.with(TemporalAdjusters.firstDayOfYear()),
                    s.with(TemporalAdjusters.lastDayOfYear()), true);
        }
        return new EventTime(s + "/" + e, Granularity.WINDOW, s, e, true);
    }

    /** True when this time lies completely within {@code other}. */
    public boolean within(EventTime other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end);
    }

    /** True when one of the two lies within the other: they can name the same time bucket. */
    public boolean nests(EventTime other) {
        return within(other) || other.within(this);
    }

    public boolean overlaps(EventTime other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    /** The same time, marked as standing in from the publication window (or not). */
    public EventTime withFromPublication(boolean b) {
        return new EventTime(value, granularity, start, end, b);
    }

    private static int num(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }
}
