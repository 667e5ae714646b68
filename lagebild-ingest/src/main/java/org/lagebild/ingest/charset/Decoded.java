package org.lagebild.ingest.charset;

/**
 * Text decoded by {@link CharsetDetector}. Immutable.
 *
 * @param text the decoded text, without byte order mark
 * @param charset the canonical name of the charset used, e.g. {@code "UTF-8"} or {@code "windows-1252"}
 * @param notice a one-line note when the charset was guessed or a declaration was overruled, else null
 */
public record Decoded(String text, String charset, String notice) {
}
