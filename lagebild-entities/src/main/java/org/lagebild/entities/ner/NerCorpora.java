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
                    out.add(new NerSentence(toks, labs, THREE_TYPES));
                    toks = new ArrayList<>();
                    labs = new ArrayList<>();
                }
                String tok = text.substring(s, e);
                toks.add(tok);
                labs.add(mapSmartData(m.group(3)));
                prevEnd = e;
                if (tok.equals(".") || tok.equals("!") || tok.equals("?")) {
                    out.add(new NerSentence(toks, labs, THREE_TYPES));
                    toks = new ArrayList<>();
                    labs = new ArrayList<>();
                }
            }
            if (!toks.isEmpty()) {
                out.add(new NerSentence(toks, labs, THREE_TYPES));
            }
        }
        return out;
    }

    /** What SmartData and LER annotate once mapped: no OTH and no deriv/part forms. */
    static final java.util.Set<String> THREE_TYPES = java.util.Set.of("PER", "LOC", "ORG");

    /**
     * Reads a LER (German legal NER) CoNLL file, plain or gzipped: "token SPACE tag" lines, blank
     * lines between sentences; fine-grained tags mapped to PER/LOC/ORG by {@link #mapLer}. Only
     * sentences with at least one PER, LOC or ORG chunk and no legal-norm chunk are kept: a law or
     * court decision mapped to O would teach the tagger that names like "BGB" are not names.
     */
    public static List<NerSentence> ler(Path file) throws IOException {
        List<String> lines;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
        List<NerSentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> labs = new ArrayList<>();
        boolean named = false;
        boolean norm = false;
        int no = 0;
        for (String line : lines) {
            no++;
            if (line.isBlank()) {
                if (!toks.isEmpty() && named && !norm) {
                    out.add(new NerSentence(toks, labs, THREE_TYPES));
                }
                toks = new ArrayList<>();
                labs = new ArrayList<>();
                named = false;
                norm = false;
                continue;
            }
            int sp = line.lastIndexOf(' ');
            if (sp <= 0) {
                throw new IOException(file + ":" + no + ": expected \"token tag\"");
            }
            String tag = line.substring(sp + 1).trim();
            String mapped = mapLer(tag);
            named |= !mapped.equals("O");
            norm |= mapped.equals("O") && !tag.equals("O");
            toks.add(line.substring(0, sp));
            labs.add(mapped);
        }
        if (!toks.isEmpty() && named && !norm) {
            out.add(new NerSentence(toks, labs, THREE_TYPES));
        }
        return out;
    }

    /** LER's coarse mapping: PER+RR+AN to PER; LD+ST+STR+LDS to LOC; ORG+UN+INN+GRT+MRK to ORG; norms to O. */
    static String mapLer(String label) {
        if (label.length() < 3) {
            return "O";
        }
        String bio = label.substring(0, 2);
        return switch (label.substring(2)) {
            case "PER", "RR", "AN" -> bio + "PER";
            case "LD", "ST", "STR", "LDS" -> bio + "LOC";
            case "ORG", "UN", "INN", "GRT", "MRK" -> bio + "ORG";
            default -> "O";
        };
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
