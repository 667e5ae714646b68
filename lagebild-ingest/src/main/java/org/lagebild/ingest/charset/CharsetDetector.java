package org.lagebild.ingest.charset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.ingest.InputException;

/**
 * Decodes the bytes of one document to text. Order: byte order mark; a declared charset (e.g. from an
 * HTTP header); for HTML a {@code <meta charset>} or {@code http-equiv} declaration (or XML declaration)
 * in the first 4 KB; then a heuristic: valid UTF-8 is UTF-8; bytes that are not UTF-8 but look like
 * Windows-1252 text are decoded as windows-1252 with a notice; bytes that are mostly UTF-8 with broken
 * sequences fail with {@code "invalid UTF-8 at byte N"}, unless the stray bytes are few (at most 5% of the
 * multi-byte sequences), as on real pages with mixed encodings: then each stray byte decodes as its
 * Windows-1252 letter (or U+FFFD when it looks like a cut UTF-8 sequence), with a notice; NUL bytes early on or many control characters fail with
 * {@code "binary file, not text"}. A declared single-byte charset is overruled when the bytes are valid
 * UTF-8 with multi-byte sequences, so {@code ö} never turns into {@code Ã¶}. ISO-8859-1 and US-ASCII
 * declarations decode as windows-1252, as browsers do. Stateless and thread-safe.
 */
public final class CharsetDetector {

    /** The name reported for Windows-1252. */
    public static final String WINDOWS_1252 = "windows-1252";

    private static final Charset CP1252 = Charset.forName(WINDOWS_1252);
    private static final int META_WINDOW = 4096;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_0X20 = 0x2020202020202020L;
    private static final long LOW_0X01 = 0x0101010101010101L;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_:.+-]+)[\"']", Pattern.CASE_INSENSITIVE);

    private CharsetDetector() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param declared a charset name declared by the transport (HTTP {@code Content-Type}), or null
     * @param html whether to look for an HTML/XML charset declaration in the first 4 KB
     * @throws InputException with a one-line reason when the bytes are binary or undecodable
     */
    public static Decoded decode(byte[] bytes, String declared, boolean html) throws InputException {
        Decoded bom = decodeBom(bytes);
        if (bom != null) {
            return bom;
        }
        checkNotBinary(bytes);
        String declaration = declared;
        String declaredBy = "HTTP header";
        if (isBlank(declaration) && html) {
            declaration = sniffDeclaration(bytes);
            declaredBy = "document";
        }
        Charset charset = isBlank(declaration) ? null : lookup(declaration);
        if (charset != null) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                Utf8Text utf8 = Utf8Text.of(bytes);
                if (utf8.valid()) {
                    return new Decoded(utf8.text(), "UTF-8", null);
                }
                // A wrong UTF-8 declaration is common on old sites: fall through to the heuristic.
                return heuristic(bytes, utf8);
            }
            if (isSingleByteWestern(charset)) {
                Utf8Text utf8 = Utf8Text.of(bytes);
                if (utf8.valid() && utf8.multiByte()) {
                    return new Decoded(utf8.text(), "UTF-8",
                            "decoded as UTF-8 although the " + declaredBy + " declares " + declaration
                                    + " (bytes are valid UTF-8)");
                }
            }
            Charset effective = isLatin1OrAscii(charset) ? CP1252 : charset;
            return new Decoded(decodeLeniently(bytes, effective), effective.name(), null);
        }
        return heuristic(bytes, Utf8Text.of(bytes));
    }

    private static Decoded heuristic(byte[] bytes, Utf8Text utf8) throws InputException {
        if (utf8.valid()) {
            return new Decoded(utf8.text(), "UTF-8", null);
        }
        Utf8Scan scan = utf8.scan();
        if (scan.multiByte() > 0 && scan.invalid() * 20L <= scan.multiByte()) {
            // Real pages mix encodings: UTF-8 text with a few Windows-1252 bytes from an old template or ad,
            // or a UTF-8 sequence cut by a teaser's "...".
            return new Decoded(decodeMixed(bytes), "UTF-8", "mixed encoding: " + scan.invalid()
                    + " bytes that are not UTF-8 decoded as windows-1252 or U+FFFD (first at byte "
                    + scan.firstInvalid() + ")");
        }
        if (scan.multiByte() > 0 && scan.multiByte() >= scan.invalid()) {
            throw new InputException("invalid UTF-8 at byte " + scan.firstInvalid());
        }
        if (looksLikeWindows1252(bytes)) {
            return new Decoded(new String(bytes, CP1252), WINDOWS_1252, "decoded as windows-1252 (not valid UTF-8)");
        }
        throw new InputException("invalid UTF-8 at byte " + scan.firstInvalid() + " (and not windows-1252 text)");
    }

    /**
     * UTF-8 where valid; each other byte as its Windows-1252 letter or sign, except Â, Ã (far more often the
     * start of a cut UTF-8 sequence) and bytes Windows-1252 leaves undefined, which become U+FFFD.
     */
    private static String decodeMixed(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int n = Utf8Scan.sequenceLength(b, i);
            if (n > 0) {
                sb.append(new String(b, i, n, StandardCharsets.UTF_8));
                i += n;
            } else {
                boolean letter = c != 0xC2 && c != 0xC3 && isPlausibleWindows1252(c);
                sb.append(letter ? new String(b, i, 1, CP1252) : "\uFFFD");
                i++;
            }
        }
        return sb.toString();
    }

    private static Decoded decodeBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(decodeLeniently(b, 3, StandardCharsets.UTF_8), "UTF-8", null);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(decodeLeniently(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(decodeLeniently(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
        }
        return null;
    }

    /**
     * Binary: a NUL byte in the first 8 KB, NUL bytes making up more than 1% of the whole, or more than 5%
     * control characters (other than tab, line feed, form feed, carriage return, escape) in the first 64 KB.
     * Stray NULs further in occur in real HTML pages and are kept.
     */
    private static void checkNotBinary(byte[] b) throws InputException {
        int window = Math.min(b.length, 64 * 1024);
        int controls = 0;
        long nuls = 0;
        int i = 0;
        // Eight bytes at a time: most words hold no byte below 0x20 and need no closer look.
        for (; i + 8 <= window; i += 8) {
            if (hasByteBelow((long) LONGS.get(b, i), LOW_0X20)) {
                for (int k = i; k < i + 8; k++) {
                    int c = b[k] & 0xFF;
                    if (c == 0) {
                        if (k < 8 * 1024) {
                            throw new InputException("binary file, not text");
                        }
                        nuls++;
                    }
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                        controls++;
                    }
                }
            }
        }
        for (; i < window; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                if (i < 8 * 1024) {
                    throw new InputException("binary file, not text");
                }
                nuls++;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        for (; i + 8 <= b.length; i += 8) {
            if (hasByteBelow((long) LONGS.get(b, i), LOW_0X01)) {
                for (int k = i; k < i + 8; k++) {
                    if (b[k] == 0) {
                        nuls++;
                    }
                }
            }
        }
        for (; i < b.length; i++) {
            if (b[i] == 0) {
                nuls++;
            }
        }
        if (window > 0 && controls * 20L > window || nuls * 100 > b.length) {
            throw new InputException("binary file, not text");
        }
    }

    /**
     * Whether one of the eight bytes of {@code word} is below {@code n} (1..128), given {@code low} = n in
     * every byte: the classic test {@code (x - low) & ~x & 0x80..80}, exact for "some byte is below n".
     */
    private static boolean hasByteBelow(long word, long low) {
        return ((word - low) & ~word & HIGH_BITS) != 0;
    }

    private static String sniffDeclaration(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isLatin1OrAscii(Charset c) {
        return c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII);
    }

    private static boolean isSingleByteWestern(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return isLatin1OrAscii(c) || n.equals(WINDOWS_1252) || n.startsWith("iso-8859-");
    }

    private static String decodeLeniently(byte[] b, Charset c) {
        return decodeLeniently(b, 0, c);
    }

    private static String decodeLeniently(byte[] b, int offset, Charset c) {
        CharsetDecoder d = c.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("lenient decoder reported an error", e);
        }
    }

    /**
     * Windows-1252 text: no byte that Windows-1252 leaves undefined, and most high bytes are letters
     * (À..ÿ, Š, Œ, Ž, š, œ, ž, Ÿ) or typographic punctuation („ “ ” – — … € and the Latin-1 symbols).
     */
    static boolean looksLikeWindows1252(byte[] b) {
        int high = 0;
        int plausible = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c < 0x80) {
                continue;
            }
            high++;
            if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
                return false;
            }
            if (isPlausibleWindows1252(c)) {
                plausible++;
            }
        }
        return high > 0 && plausible * 10L >= high * 9L;
    }

    /** A Windows-1252 letter (À..ÿ, Š, Œ, Ž, š, œ, ž, Ÿ), typographic sign („ “ ” – — … € ‹ ›) or Latin-1 symbol. */
    private static boolean isPlausibleWindows1252(int c) {
        return switch (c) {
            case 0x80, 0x82, 0x84, 0x85, 0x8A, 0x8B, 0x8C, 0x8E, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96,
                    0x97, 0x99, 0x9A, 0x9B, 0x9C, 0x9E, 0x9F -> true;
            default -> c >= 0xA0 && c <= 0xFF;
        };
    }

    /**
     * The bytes decoded as UTF-8 and whether they were valid, in one pass that validates while it decodes
     * (runs of ASCII copied in a tight loop); only when a malformed sequence turns up is the byte-level
     * scan run for the heuristic's counts.
     *
     * @param text the decoded text when the bytes are valid, else null
     * @param multiByte whether the bytes hold a multi-byte sequence
     * @param scan the byte-level scan when the bytes are not valid UTF-8, else null
     */
    record Utf8Text(String text, boolean valid, boolean multiByte, Utf8Scan scan) {

        static Utf8Text of(byte[] b) {
            int n = b.length;
            char[] out = new char[n]; // valid UTF-8 never holds more UTF-16 units than bytes
            int i = 0;
            int j = 0;
            boolean multi = false;
            while (i < n) {
                int c;
                while (i < n && (c = b[i]) >= 0) {
                    out[j++] = (char) c;
                    i++;
                }
                if (i == n) {
                    break;
                }
                int len = Utf8Scan.sequenceLength(b, i);
                if (len == 0) {
                    Utf8Scan scan = Utf8Scan.of(b);
                    return new Utf8Text(null, false, scan.multiByte() > 0, scan);
                }
                multi = true;
                int c0 = b[i] & 0xFF;
                if (len == 2) {
                    out[j++] = (char) (((c0 & 0x1F) << 6) | (b[i + 1] & 0x3F));
                } else if (len == 3) {
                    out[j++] = (char) (((c0 & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F));
                } else {
                    int cp = ((c0 & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6)
                            | (b[i + 3] & 0x3F);
                    out[j++] = Character.highSurrogate(cp);
                    out[j++] = Character.lowSurrogate(cp);
                }
                i += len;
            }
            return new Utf8Text(new String(out, 0, j), true, multi, null);
        }
    }

    /** Result of validating bytes as UTF-8. */
    record Utf8Scan(int multiByte, int invalid, long firstInvalid) {

        boolean valid() {
            return invalid == 0;
        }

        static Utf8Scan of(byte[] b) {
            int multi = 0;
            int invalid = 0;
            long first = -1;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int n = sequenceLength(b, i);
                if (n > 0) {
                    multi++;
                    i += n;
                } else {
                    if (first < 0) {
                        first = i;
                    }
                    invalid++;
                    i++;
                }
            }
            return new Utf8Scan(multi, invalid, first);
        }

        /** Length of the valid UTF-8 sequence at {@code i}, or 0 when it is invalid (RFC 3629 table). */
        static int sequenceLength(byte[] b, int i) {
            int c = b[i] & 0xFF;
            int n;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 3;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 4;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return 0;
            }
            if (i + n > b.length) {
                return 0;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return 0;
            }
            for (int k = 2; k < n; k++) {
                int cont = b[i + k] & 0xFF;
                if (cont < 0x80 || cont > 0xBF) {
                    return 0;
                }
            }
            return n;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
