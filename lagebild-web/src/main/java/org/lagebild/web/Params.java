package org.lagebild.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads and checks query parameters; anything malformed becomes a 400 {@link ApiException} naming the parameter. */
final class Params {
    static final int MAX_LIMIT = 500;
    static final int MAX_OFFSET = 100_000;
    private static final int MAX_TEXT = 1000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_.:@-][\\p{L}\\p{N}_.:@ '-]{0,199}");

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameter, stripped, or null when absent or blank. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
        }
        return v.strip();
    }

    int integer(String name, int dflt, int min, int max) {
        String v = text(name);
        if (v == null) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not '" + clip(v) + "'");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    int limit(int dflt) {
        return integer("limit", dflt, 1, MAX_LIMIT);
    }

    int offset() {
        return integer("offset", 0, 0, MAX_OFFSET);
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date yyyy-MM-dd, not '" + clip(v) + "'");
        }
    }

    String language(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        String l = v.toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(l).matches()) {
            throw ApiException.badRequest(name + " must be an ISO 639 language code such as 'de', not '" + clip(v) + "'");
        }
        return l;
    }

    /** A path parameter naming an article or entity; ids that cannot exist are simply not found. */
    static String id(Context ctx, String name, String what) {
        String v = ctx.pathParam(name);
        if (v == null || !ID.matcher(v).matches()) {
            throw ApiException.notFound("no " + what + " '" + clip(v == null ? "" : v) + "'");
        }
        return v;
    }

    static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
