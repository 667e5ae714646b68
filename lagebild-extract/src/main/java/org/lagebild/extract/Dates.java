package org.lagebild.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses stated dates: ISO 8601 dates and date-times ("2024-10-17", "2024-10-17T08:30:00+02:00",
 * the calendar day as written, not shifted to UTC), German numeric dates ("17.10.2024"), RFC 1123
 * ("Thu, 17 Oct 2024 08:30:00 GMT") and URL paths ("/2024/10/17/"). Stateless.
 */
final class Dates {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
    private static final Pattern GERMAN = Pattern.compile("^\\s*(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})");
    private static final Pattern URL_PATH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");

    private Dates() {
    }

    /** The calendar day stated by {@code s}, or null when it is not a date this class knows. */
    static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = ISO_COMPACT.matcher(s);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = GERMAN.matcher(s);
        if (m.find()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        try {
            return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day in a URL path like "/politik/2024/10/17/slug", or null. */
    static LocalDate fromUrlPath(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_PATH.matcher(url);
        return m.find() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate of(String y, String mo, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            return date.getYear() >= 1900 && date.getYear() <= 2200 ? date : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
