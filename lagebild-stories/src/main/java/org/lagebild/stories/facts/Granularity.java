package org.lagebild.stories.facts;

/** How precisely an event time is known, coarsest last: a day, a week, a month, a season, a quarter, a year, a decade, or only a window of days. */
public enum Granularity {
    DAY, WEEK, MONTH, SEASON, QUARTER, YEAR, DECADE, WINDOW;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
