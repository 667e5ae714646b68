package org.lagebild.ingest;

/**
 * A problem with one input or one record of it; the batch goes on. Immutable.
 *
 * @param input the input as in {@link SourceRecord#input()}, e.g. {@code "bad.jsonl:3"} or {@code "crawl.warc.gz#7"}
 * @param reason one line, e.g. {@code "malformed JSON: Unexpected character ('}' ...)"}
 */
public record InputProblem(String input, String reason) {

    public InputProblem {
        if (input == null || reason == null) {
            throw new NullPointerException("input and reason must not be null");
        }
        reason = oneLine(reason);
    }

    /** Collapses line breaks and runs of white space, and caps the length, so a reason fits one log line. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 297) + "...";
    }

    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
