package org.lagebild.entities.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Readers for annotated NER corpora: GermEval 2014 TSV (outer-level labels, column 3) and the
 * SmartData corpus JSON (its PERSON, ORGANIZATION… and LOCATION… labels mapped to PER/ORG/LOC, the rest O).
 * Stateless.
 */
public final class NerCorpora {
    private NerCorpora() {
    }

    /** Reads a GermEval 2014 file: "#" lines start a sentence, then "n TAB token TAB outer TAB inner". */
    public static List<NerSentence> germEval(Path file) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> labs = new ArrayList<>();
        int no = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            no++;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!toks.isEmpty()) {
                    out.add(new NerSentence(toks, labs));
                    toks = new ArrayList<>();
                    labs = new ArrayList<>();
                }
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3) {
                throw new IOException(file + ":" + no + ": expected at least 3 tab-separated columns");
            }
            toks.add(f[1]);
            labs.add(f[2]);
        }
        if (!toks.isEmpty()) {
            out.add(new NerSentence(toks, labs));
        }
        return out;
    }

    private static final Pattern TEXT = Pattern.compile("\"text\" : \\{\\s*\"string\" : \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("\"span\" : \\{\\s*\"start\" : (\\d+),\\s*\"end\" : (\\d+)"
            + "[\\s\\S]*?\"ner\" : \\{\\s*\"string\" : \"([^\"]*)\"");

    /** Reads a SmartData v3 file ({@code dev.json.gz}: concatenated pretty-printed JSON documents). */
    public static List<NerSentence> smartData(Path file) throws IOException {
        String all;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<NerSentence> out = new ArrayList<>();
        for (String doc : all.split("(?m)^\\{\\s*$")) {
            Matcher tm = TEXT.matcher(doc);
            if (!tm.find()) {
                continue;
            }
            String text = unescape(tm.group(1));
            int a = doc.indexOf("\"tokens\" : {");
            int b = doc.indexOf("\"sentences\" :", Math.max(a, 0));
            if (a < 0) {
                continue;
            }
            Matcher m = TOKEN.matcher(doc.substring(a, b < 0 ? doc.length() : b));
            List<String> toks = new ArrayList<>();
            List<String> labs = new ArrayList<>();
            int prevEnd = -1;
            while (m.find()) {
                int s = Integer.parseInt(m.group(1));
                int e = Integer.parseInt(m.group(2));
                if (e > text.length() || s >= e) {
                    continue;
                }
                if (prevEnd >= 0 && text.substring(prevEnd, s).contains("\n") && !toks.isEmpty()) {
                    out.add(new NerSentence(toks, labs));
                    toks = new ArrayList<>();
                    labs = new ArrayList<>();
                }
                String tok = text.substring(s, e);
                toks.add(tok);
                labs.add(mapSmartData(m.group(3)));
                prevEnd = e;
                if (tok.equals(".") || tok.equals("!") || tok.equals("?")) {
                    out.add(new NerSentence(toks, labs));
                    toks = new ArrayList<>();
                    labs = new ArrayList<>();
                }
            }
            if (!toks.isEmpty()) {
                out.add(new NerSentence(toks, labs));
            }
        }
        return out;
    }

    static String mapSmartData(String label) {
        if (label.equals("O") || label.length() < 3) {
            return "O";
        }
        String bio = label.substring(0, 2);
        String t = label.substring(2);
        if (t.equals("PERSON")) {
            return bio + "PER";
        }
        if (t.startsWith("ORGANIZATION")) {
            return bio + "ORG";
        }
        if (t.startsWith("LOCATION")) {
            return bio + "LOC";
        }
        return "O";
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }
}
