package org.lagebild.stories.cluster;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;

/**
 * Turns text into content terms for TF-IDF: letters and digits in runs, lower case
 * ({@link Locale#ROOT}), stop words out (Lucene's German and English sets plus
 * {@code stopwords.tsv} beside this class), then the Lucene light stemmer of the language
 * ("de": {@link GermanLightStemmer}, "en": {@link EnglishMinimalStemmer}). Spanish, French, Italian, Portuguese
 * and Dutch get Lucene's stop set of their language besides both of those, and their light stemmer (Dutch none):
 * without them the function words of a Spanish text ("de", "la", "que") made unrelated Spanish articles look alike,
 * and twelve of them one story. Other languages are not stemmed and get the German and English stop sets. Tokens of
 * one character and pure numbers of one or two digits
 * are dropped. Immutable and thread-safe; the word lists load once.
 */
public final class TermExtractor {
    private static final CharArraySet GERMAN_STOP = GermanAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    /** Stop sets of the other languages news often comes in (besides the German and English ones). */
    private static final Map<String, CharArraySet> OTHER_STOP = Map.of("es", SpanishAnalyzer.getDefaultStopSet(),
            "fr", FrenchAnalyzer.getDefaultStopSet(), "it", ItalianAnalyzer.getDefaultStopSet(),
            "pt", PortugueseAnalyzer.getDefaultStopSet(), "nl", DutchAnalyzer.getDefaultStopSet());
    private static final String RESOURCE = "stopwords.tsv";
    private static final TermExtractor DEFAULT = new TermExtractor(loadExtra());

    private final Set<String> extraDe;
    private final Set<String> extraEn;

    private TermExtractor(Map<String, Set<String>> extra) {
        this.extraDe = Set.copyOf(extra.get("de"));
        this.extraEn = Set.copyOf(extra.get("en"));
    }

    /** The shared instance with the bundled word lists. */
    public static TermExtractor instance() {
        return DEFAULT;
    }

    /** Marks the name twin of a term: {@code "^berrien"} beside {@code "berrien"}. */
    public static final String NAME_MARK = "^";

    /** Calls {@code sink} with each content term of {@code text} in order, with the given weight. */
    public void terms(String text, String language, int weight, BiConsumer<String, Integer> sink) {
        terms(text, language, weight, false, sink);
    }

    /**
     * Like {@link #terms(String, String, int, BiConsumer)}; with {@code names} (English running text
     * only: German capitalises every noun) a capitalised word that does not start a sentence
     * ("Berrien", "Bailey") also gives its name twin {@link #NAME_MARK} + term, so names and places,
     * which tell one local incident from another, weigh twice in a term vector.
     */
    public void terms(String text, String language, int weight, boolean names, BiConsumer<String, Integer> sink) {
        boolean markNames = names && "en".equals(language);
        boolean de = "de".equals(language);
        boolean en = "en".equals(language);
        CharArraySet otherStop = de || en || language == null ? null : OTHER_STOP.get(language);
        char[] buf = new char[64];
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean digitsOnly = true;
            while (i < n) {
                int c = text.codePointAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                digitsOnly &= Character.isDigit(c);
                i += Character.charCount(c);
            }
            int len = i - start;
            if (len < 2 || len > buf.length || (digitsOnly && len < 3)) {
                continue;
            }
            String lower = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (isStop(lower, de, en) || (otherStop != null && otherStop.contains(lower))) {
                continue;
            }
            lower.getChars(0, lower.length(), buf, 0);
            int stemmed = lower.length();
            if (!digitsOnly) {
                if (de) {
                    stemmed = GERMAN.stem(buf, stemmed);
                } else if (en) {
                    stemmed = ENGLISH.stem(buf, stemmed);
                } else if (otherStop != null) {
                    stemmed = stemOther(language, buf, stemmed);
                }
            }
            if (stemmed >= 2) {
                String term = new String(buf, 0, stemmed);
                sink.accept(term, weight);
                if (markNames && !digitsOnly && isName(text, start, i)) {
                    sink.accept(NAME_MARK + term, weight);
                }
            }
        }
    }

    /** Title case ("Berrien", not "FBI" or "police") and not the first word of a sentence or line. */
    private static boolean isName(String text, int start, int end) {
        if (end - start < 2 || !Character.isUpperCase(text.charAt(start)) || !Character.isLowerCase(text.charAt(start + 1))) {
            return false;
        }
        for (int j = start - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return false;
            }
            if (!Character.isWhitespace(c)) {
                return ".!?:;\"'\u201C\u201D\u201E\u2018\u2019([-\u2013\u2014|".indexOf(c) < 0;
            }
        }
        return false;
    }

    private boolean isStop(String w, boolean de, boolean en) {
        if (de) {
            return GERMAN_STOP.contains(w) || extraDe.contains(w);
        }
        if (en) {
            return ENGLISH_STOP.contains(w) || extraEn.contains(w);
        }
        return GERMAN_STOP.contains(w) || ENGLISH_STOP.contains(w) || extraDe.contains(w) || extraEn.contains(w);
    }

    // the stemmers are stateless: they only rewrite the buffer they are given
    private static final GermanLightStemmer GERMAN = new GermanLightStemmer();
    private static final EnglishMinimalStemmer ENGLISH = new EnglishMinimalStemmer();
    private static final SpanishLightStemmer SPANISH = new SpanishLightStemmer();
    private static final FrenchLightStemmer FRENCH = new FrenchLightStemmer();
    private static final ItalianLightStemmer ITALIAN = new ItalianLightStemmer();
    private static final PortugueseLightStemmer PORTUGUESE = new PortugueseLightStemmer();

    private static int stemOther(String language, char[] buf, int len) {
        return switch (language) {
            case "es" -> SPANISH.stem(buf, len);
            case "fr" -> FRENCH.stem(buf, len);
            case "it" -> ITALIAN.stem(buf, len);
            case "pt" -> PORTUGUESE.stem(buf, len);
            default -> len;
        };
    }

    private static Map<String, Set<String>> loadExtra() {
        return DataLines.languageWords(TermExtractor.class, RESOURCE, (lang, word) -> Set.of(word.toLowerCase(Locale.ROOT)));
    }
}
