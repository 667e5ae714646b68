package org.lagebild.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.lagebild.model.Quantity;

/** Human-readable forms of quantities with their bounds. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(Double v) {
        if (v == null) {
            return "?";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    /** A count with its noun in the right number: "1 outlet", "6 articles". */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A stated range: "3,000", "1,000–9,999", "?–3,000"; "" when neither bound is known. */
    public static String range(Double min, Double max) {
        if (min == null && max == null) {
            return "";
        }
        if (min != null && min.equals(max)) {
            return format(min);
        }
        return (min == null ? "?" : format(min)) + "–" + (max == null ? "?" : format(max));
    }

    /**
     * The figures as the sources state them: a fact's {@code figure} ("more than 10,000", "up to 3,000", "Tausende (at
     * least 2,000)") when all its sources give one figure, else the range of their figures ("3,000–5,000").
     */
    public static String stated(Double min, Double max, String figure) {
        return min != null && min.equals(max) && figure != null && !figure.isBlank() ? figure : range(min, max);
    }

    /** For example "≥ 10,000 (exclusive) Soldat", "≤ 3,000 Mann", "≈ 2,000 Soldat", "1,000–9,999". */
    public static String describe(Quantity q) {
        StringBuilder sb = new StringBuilder();
        if (q.min() != null && q.max() != null && !q.min().equals(q.max())) {
            sb.append(format(q.min())).append("–").append(format(q.max()));
        } else if (q.min() != null && q.max() == null) {
            sb.append(q.minExclusive() ? "> " : "≥ ").append(format(q.min()));
        } else if (q.max() != null && q.min() == null) {
            sb.append(q.maxExclusive() ? "< " : "≤ ").append(format(q.max()));
        } else {
            sb.append(q.approximate() ? "≈ " : "").append(format(q.value()));
        }
        if (q.approximate() && sb.charAt(0) != '≈') {
            sb.append(" (approx.)");
        }
        String unit = q.unitLemma() != null ? q.unitLemma() : q.unit();
        if (unit != null) {
            sb.append(' ').append(unit);
        }
        if (q.counts() != null) {
            sb.append(" [").append(q.counts()).append(']');
        }
        return sb.toString();
    }
}
