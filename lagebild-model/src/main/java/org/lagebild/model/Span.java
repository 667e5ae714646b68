package org.lagebild.model;

/**
 * A half-open range {@code [start, end)} of char offsets into an article's clean text.
 * Immutable and checked on construction: {@code 0 <= start <= end}.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** True if this span lies completely inside {@code other}. */
    public boolean within(Span other) {
        return start >= other.start && end <= other.end;
    }

    /** True if the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code text}; throws if the span does not fit the text. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException("span " + this + " beyond text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
