package org.lagebild.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.lagebild.extract.boilerplate.DataFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses stated dates: ISO 8601 dates and date-times ("2024-10-17", "2024-10-17T08:30:00+02:00",
 * the calendar day as written, not shifted to UTC), German numeric dates ("17.10.2024"), dates with
 * month names from {@code months.tsv} ("17. Oktober 2024", "October 17, 2024"), RFC 1123
 * ("Thu, 17 Oct 2024 08:30:00 GMT") and URL paths ("/2024/10/17/"). Stateless.
 */
final class Dates {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
    private static final Pattern GERMAN = Pattern.compile("^\\s*(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})");
    private static final Pattern URL_PATH = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})/(\\d{1,2})(?:/|$)");
    /** "/20220124-slug", "/2022-01-24-slug", "/2022-01-24/". */
    private static final Pattern URL_COMPACT = Pattern.compile(
            "/((?:19|20)\\d{2})-?(\\d{2})-?(\\d{2})(?:[-_/.]|$)");
    /** "/23-01-2022-slug", "~02-01-2022-slug": day first, as German and most European sites write it. */
    private static final Pattern URL_DAY_FIRST = Pattern.compile("[/~_-](\\d{2})-(\\d{2})-((?:19|20)\\d{2})(?:[-_/.]|$)");
    /** Unanchored forms for dates inside short texts ("Veröffentlicht am 17.10.2024, 08:30 Uhr"). */
    private static final Pattern FIND_ISO = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern FIND_GERMAN = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})(?!\\d)");
    /** "28.01.22": German numeric with a two-digit year (this century). */
    private static final Pattern FIND_GERMAN_SHORT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    private static final Pattern FIND_DMY = Pattern.compile("(?U)(?<![\\d.])(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern FIND_MDY = Pattern.compile("(?U)(?<!\\p{L})(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)");
    /** "17. Oktober 2024", "17 October 2024". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?U)^\\s*(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    /** "October 17, 2024", "Oct. 17 2024". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?U)^\\s*(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = loadMonths();
    /** "2021-11-04T23:00Z", "2021-11-04T23:00:00.000+01:00": a date-time with an explicit offset. */
    private static final Pattern ISO_INSTANT = Pattern.compile(
            "^\\s*(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})\\s*$");
    private static final Map<String, ZoneId> ZONES = loadZones();

    private Dates() {
    }

    /**
     * The publisher's zone for a page: from the host's last label ("de"), else from the page language
     * ("lang:de"), as listed in {@code time-zones.tsv}; null when neither names one zone.
     */
    static ZoneId zone(String url, String language) {
        if (url != null) {
            Matcher m = HOST.matcher(url);
            if (m.find()) {
                String host = m.group(1).toLowerCase(Locale.ROOT);
                ZoneId z = ZONES.get(host.substring(host.lastIndexOf('.') + 1));
                if (z != null) {
                    return z;
                }
            }
        }
        return language == null ? null : ZONES.get("lang:" + language.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Like {@link #parse}, but a date-time with an explicit offset is read as an instant and gives its day in
     * {@code zone} (a German page's "2021-11-04T23:00Z" was published on 5 November); zone null: as stated.
     */
    static LocalDate parse(String s, ZoneId zone) {
        if (zone != null && s != null) {
            Matcher m = ISO_INSTANT.matcher(s);
            if (m.matches()) {
                String offset = m.group(3);
                if (!offset.equals("Z") && offset.indexOf(':') < 0) {
                    offset = offset.substring(0, 3) + ":" + offset.substring(3);
                }
                try {
                    return OffsetDateTime.parse(m.group(1) + "T" + m.group(2) + offset).atZoneSameInstant(zone)
                            .toLocalDate();
                } catch (DateTimeException e) {
                    return parse(s);
                }
            }
        }
        return parse(s);
    }

    /** The calendar day stated by {@code s}, or null when it is not a date this class knows. */
    /**
     * Whether a text holds a digit (or a surrogate, which may be one): every date pattern here and RFC 1123
     * need one, so a text without any is no date, found without running the patterns (or throwing and
     * catching the RFC 1123 parse failure).
     */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 0x80 && (Character.isDigit(c) || Character.isSurrogate(c)))) {
                return true;
            }
        }
        return false;
    }

    static LocalDate parse(String s) {
        if (s == null || s.isBlank() || !hasDigit(s)) {
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
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find() && month(m.group(2)) != null) {
            return of(m.group(3), month(m.group(2)).toString(), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find() && month(m.group(1)) != null) {
            return of(m.group(3), month(m.group(1)).toString(), m.group(2));
        }
        try {
            return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The day in a URL path like "/politik/2024/10/17/slug", "/2020-02/19/", "/20220124-slug" or
     * "/23-01-2022-slug" (day first), or null.
     */
    static LocalDate fromUrlPath(String url) {
        if (url == null) {
            return null;
        }
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Matcher m = URL_PATH.matcher(path);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = URL_COMPACT.matcher(path);
        while (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        m = URL_DAY_FIRST.matcher(path);
        while (m.find()) {
            LocalDate d = of(m.group(3), m.group(2), m.group(1));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * The first date stated anywhere in a short text ("Veröffentlicht am 17. Oktober 2024", "Posted on
     * October 17, 2024 by ..."): ISO, German numeric, or with a month name from {@code months.tsv};
     * the earliest in the text wins. Null when there is none.
     */
    static LocalDate find(String s) {
        if (s == null || s.isEmpty() || !hasDigit(s)) {
            return null;
        }
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = FIND_ISO.matcher(s);
        if (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = FIND_GERMAN.matcher(s);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = of(m.group(3), m.group(2), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = FIND_GERMAN_SHORT.matcher(s);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = of("20" + m.group(3), m.group(2), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = FIND_DMY.matcher(s);
        while (m.find() && m.start() < bestAt) {
            Integer mo = month(m.group(2));
            LocalDate d = mo == null ? null : of(m.group(3), mo.toString(), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
                break;
            }
        }
        m = FIND_MDY.matcher(s);
        while (m.find() && m.start() < bestAt) {
            Integer mo = month(m.group(1));
            LocalDate d = mo == null ? null : of(m.group(3), mo.toString(), m.group(2));
            if (d != null) {
                best = d;
                break;
            }
        }
        return best;
    }

    /** "02/10/2020", "2/10/2020 05:22 pm": two numbers and a four-digit year, separated by slashes. */
    private static final Pattern FIND_SLASH = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])");
    private static final Map<String, String> SLASH_ORDER = loadSlashOrder();

    /**
     * True when a short text states a numeric slash date ("11/19/2019", "05/10/2018") that is a valid day in
     * at least one order: enough to know that a line is a date line, whichever day it names.
     */
    static boolean hasSlashDate(String s) {
        if (s == null || s.indexOf('/') < 0) {
            return false;
        }
        Matcher m = FIND_SLASH.matcher(s);
        while (m.find()) {
            if (of(m.group(3), m.group(2), m.group(1)) != null || of(m.group(3), m.group(1), m.group(2)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first numeric slash date in a short text, read in the order the page's language writes it
     * ({@code slash-dates.tsv}): "02/10/2020" is 2 October on an en-GB or German page, 10 February on an en-US
     * page; where the order is unknown only a date whose day is above 12 is read. Null when there is none.
     */
    static LocalDate findSlash(String s, String language) {
        if (s == null || s.indexOf('/') < 0) {
            return null;
        }
        Matcher m = FIND_SLASH.matcher(s);
        if (!m.find()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        String order = slashOrder(language);
        if (order.equals("unknown")) {
            if (a > 12 && b <= 12) {
                order = "day-first";
            } else if (b > 12 && a <= 12) {
                order = "month-first";
            } else {
                return null;
            }
        }
        return order.equals("day-first") ? of(m.group(3), m.group(2), m.group(1)) : of(m.group(3), m.group(1), m.group(2));
    }

    /** "day-first", "month-first" or "unknown" for a language tag; unlisted languages are day-first. */
    static String slashOrder(String language) {
        if (language == null || language.isBlank()) {
            return "unknown";
        }
        String tag = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        while (true) {
            String o = SLASH_ORDER.get(tag);
            if (o != null) {
                return o;
            }
            int dash = tag.lastIndexOf('-');
            if (dash < 0) {
                return "day-first";
            }
            tag = tag.substring(0, dash);
        }
    }

    private static Map<String, String> loadSlashOrder() {
        Map<String, String> orders = new HashMap<>();
        for (List<String> r : DataFile.load(Dates.class, "slash-dates.tsv", "tag", "order").rows()) {
            String order = r.get(1).strip();
            if (!List.of("day-first", "month-first", "unknown").contains(order)) {
                throw new IllegalStateException("slash-dates.tsv: order must be day-first, month-first or unknown: " + order);
            }
            orders.put(r.get(0).strip().toLowerCase(Locale.ROOT), order);
        }
        return Map.copyOf(orders);
    }

    private static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/@?#]*@)?([^/:?#]+)");

    private static Map<String, ZoneId> loadZones() {
        Map<String, ZoneId> zones = new HashMap<>();
        for (List<String> r : DataFile.load(Dates.class, "time-zones.tsv", "key", "zone").rows()) {
            zones.put(r.get(0).strip().toLowerCase(Locale.ROOT), ZoneId.of(r.get(1).strip()));
        }
        return Map.copyOf(zones);
    }

    private static Map<String, Integer> loadMonths() {
        Map<String, Integer> months = new HashMap<>();
        for (List<String> r : DataFile.load(Dates.class, "months.tsv", "name", "month", "language").rows()) {
            months.put(r.get(0).strip().toLowerCase(Locale.ROOT), Integer.parseInt(r.get(1).strip()));
        }
        return Map.copyOf(months);
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
