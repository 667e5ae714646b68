package org.lagebild.report;

import static org.lagebild.report.Html.esc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws quantities over event time as inline SVG: one marker per figure at the middle of its time
 * span, a horizontal bar for the span when it is longer than a day (a month, a season, a year), a
 * vertical bar for the stated range (min to max), and the marker's shape for how firmly it is said.
 * The value axis is logarithmic, because situation figures run from hundreds to hundreds of
 * thousands. No script and no network: hovering shows the SVG title, and each marker links to its
 * evidence in the same page.
 */
public final class TimelineSvg {

    /** One figure on the chart. {@code value} may be null when only bounds are known. */
    public record Point(LocalDate start, LocalDate end, Double value, Double min, Double max, String modality,
                        String label, String href) {
        public Point {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(label, "label");
        }

        double shown() {
            if (value != null) {
                return value;
            }
            if (min != null && max != null) {
                return Math.sqrt(Math.max(min, 1) * Math.max(max, 1));
            }
            return min != null ? min : max != null ? max : Double.NaN;
        }
    }

    /** How a modality is drawn: its marker shape and colour. */
    enum Marker {
        FIRM("circle", "#1b7f3b", "stated, confirmed"),
        REPORTED("triangle", "#1f5fbf", "reported, estimated"),
        ALLEGED("diamond", "#b26b00", "alleged, not confirmed"),
        INTENDED("square", "#6a3fb5", "planned, announced, proposed"),
        DENIED("cross", "#b3261e", "denied");

        final String shape;
        final String colour;
        final String legend;

        Marker(String shape, String colour, String legend) {
            this.shape = shape;
            this.colour = colour;
            this.legend = legend;
        }

        static Marker of(String modality) {
            String m = modality == null ? "" : modality.toLowerCase(Locale.ROOT);
            return switch (m) {
                case "asserted", "confirmed" -> FIRM;
                case "reported", "estimated" -> REPORTED;
                case "alleged", "not_confirmed", "question" -> ALLEGED;
                case "planned", "announced", "proposed" -> INTENDED;
                case "denied" -> DENIED;
                default -> REPORTED;
            };
        }
    }

    private static final int W = 960;
    private static final int H = 340;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;

    private TimelineSvg() {
    }

    /** The chart, or a short note when no figure has both a time and a value. */
    public static String render(List<Point> points) {
        List<Point> drawn = new ArrayList<>();
        for (Point p : points) {
            double v = p.shown();
            if (!Double.isNaN(v) && v > 0 && !Double.isInfinite(v)) {
                drawn.add(p);
            }
        }
        if (drawn.isEmpty()) {
            return "<p class=\"muted\">No figure with an event time to chart.</p>";
        }
        LocalDate first = drawn.get(0).start();
        LocalDate last = drawn.get(0).end();
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Point p : drawn) {
            first = p.start().isBefore(first) ? p.start() : first;
            last = p.end().isAfter(last) ? p.end() : last;
            lo = Math.min(lo, bound(p.min(), p.shown()));
            hi = Math.max(hi, bound(p.max(), p.shown()));
        }
        first = first.withDayOfMonth(1).minusMonths(1);
        last = last.withDayOfMonth(1).plusMonths(2);
        double logLo = Math.floor(Math.log10(Math.max(lo, 1)));
        double logHi = Math.ceil(Math.log10(Math.max(hi, 10)));
        if (logHi <= logLo) {
            logHi = logLo + 1;
        }
        Scale s = new Scale(first, last, logLo, logHi);

        StringBuilder b = new StringBuilder(8192);
        b.append("<svg class=\"timeline\" role=\"img\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"Figures over event time\">");
        b.append("<title>Figures over event time (logarithmic scale)</title>");
        axes(b, s);
        for (int i = 0; i < drawn.size(); i++) {
            point(b, s, drawn.get(i), i);
        }
        b.append("</svg>");
        legend(b);
        return b.toString();
    }

    private static double bound(Double b, double fallback) {
        return b == null || b.isNaN() || b.isInfinite() || b <= 0 ? fallback : b;
    }

    private record Scale(LocalDate first, LocalDate last, double logLo, double logHi) {
        double x(LocalDate d) {
            double span = Math.max(1, ChronoUnit.DAYS.between(first, last));
            return LEFT + (W - LEFT - RIGHT) * ChronoUnit.DAYS.between(first, d) / span;
        }

        double y(double v) {
            double l = Math.log10(Math.max(v, 1));
            double f = (l - logLo) / (logHi - logLo);
            f = Math.max(0, Math.min(1, f));
            return TOP + (H - TOP - BOTTOM) * (1 - f);
        }
    }

    private static void axes(StringBuilder b, Scale s) {
        b.append("<g font-size=\"12\" fill=\"#66708a\" stroke=\"none\">");
        for (int e = (int) s.logLo(); e <= (int) s.logHi(); e++) {
            double y = s.y(Math.pow(10, e));
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"#e3e7ee\"/>");
            b.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">")
                    .append(esc(Numbers.format(Math.pow(10, e)))).append("</text>");
        }
        long months = ChronoUnit.MONTHS.between(s.first(), s.last());
        int step = months <= 14 ? 1 : months <= 36 ? 3 : months <= 96 ? 12 : 24;
        LocalDate tick = s.first().withDayOfMonth(1);
        while (step > 1 && (tick.getMonthValue() - 1) % Math.min(step, 12) != 0) {
            tick = tick.plusMonths(1);
        }
        for (; !tick.isAfter(s.last()); tick = tick.plusMonths(step)) {
            double x = s.x(tick);
            b.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#f0f2f6\"/>");
            String label = step >= 12 ? Integer.toString(tick.getYear())
                    : tick.getMonthValue() == 1 || tick.equals(s.first()) ? tick.getYear() + "-" + two(tick.getMonthValue())
                    : two(tick.getMonthValue());
            b.append("<text x=\"").append(f(x)).append("\" y=\"").append(H - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\">").append(label).append("</text>");
        }
        b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(H - BOTTOM)
                .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#9aa3b5\"/>");
        b.append("<text x=\"").append(W - RIGHT).append("\" y=\"").append(H - 6)
                .append("\" text-anchor=\"end\">event time</text>");
        b.append("</g>");
    }

    private static void point(StringBuilder b, Scale s, Point p, int i) {
        Marker m = Marker.of(p.modality());
        long days = ChronoUnit.DAYS.between(p.start(), p.end());
        LocalDate mid = p.start().plusDays(days / 2);
        double x = s.x(mid);
        double y = s.y(p.shown());
        b.append("<a href=\"").append(esc(p.href() == null ? "#" : p.href())).append("\" class=\"pt\" data-i=\"")
                .append(i).append("\"><title>").append(esc(p.label())).append("</title>");
        b.append("<g stroke=\"").append(m.colour).append("\" fill=\"").append(m.colour).append("\">");
        if (days > 1) {
            b.append("<line x1=\"").append(f(s.x(p.start()))).append("\" x2=\"").append(f(s.x(p.end())))
                    .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y))
                    .append("\" stroke-width=\"3\" stroke-opacity=\"0.35\"/>");
        }
        if (p.min() != null || p.max() != null) {
            double y1 = s.y(bound(p.min(), p.shown()));
            double y2 = s.y(bound(p.max(), p.shown()));
            if (Math.abs(y1 - y2) > 1) {
                b.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(f(y1))
                        .append("\" y2=\"").append(f(y2)).append("\" stroke-width=\"2\"/>");
            }
        }
        shape(b, m.shape, x, y);
        b.append("</g></a>");
    }

    private static void shape(StringBuilder b, String shape, double x, double y) {
        switch (shape) {
            case "circle" -> b.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"6\"/>");
            case "triangle" -> b.append("<path d=\"M").append(f(x)).append(' ').append(f(y - 7)).append(" L")
                    .append(f(x + 7)).append(' ').append(f(y + 5)).append(" L").append(f(x - 7)).append(' ')
                    .append(f(y + 5)).append(" Z\"/>");
            case "diamond" -> b.append("<path d=\"M").append(f(x)).append(' ').append(f(y - 7)).append(" L")
                    .append(f(x + 7)).append(' ').append(f(y)).append(" L").append(f(x)).append(' ').append(f(y + 7))
                    .append(" L").append(f(x - 7)).append(' ').append(f(y)).append(" Z\"/>");
            case "square" -> b.append("<rect x=\"").append(f(x - 6)).append("\" y=\"").append(f(y - 6))
                    .append("\" width=\"12\" height=\"12\"/>");
            default -> b.append("<path d=\"M").append(f(x - 6)).append(' ').append(f(y - 6)).append(" L").append(f(x + 6))
                    .append(' ').append(f(y + 6)).append(" M").append(f(x + 6)).append(' ').append(f(y - 6)).append(" L")
                    .append(f(x - 6)).append(' ').append(f(y + 6)).append("\" stroke-width=\"3\" fill=\"none\"/>");
        }
    }

    private static void legend(StringBuilder b) {
        b.append("<p class=\"legend muted\">");
        for (Marker m : Marker.values()) {
            b.append("<svg width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" aria-hidden=\"true\"><g stroke=\"")
                    .append(m.colour).append("\" fill=\"").append(m.colour).append("\">");
            shape(b, m.shape, 8, 8);
            b.append("</g></svg> ").append(esc(m.legend)).append(" &nbsp; ");
        }
        b.append("— vertical bar: the stated range; horizontal bar: the time span (month, season, year).</p>");
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
