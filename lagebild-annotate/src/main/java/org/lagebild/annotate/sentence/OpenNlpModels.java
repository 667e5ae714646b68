package org.lagebild.annotate.sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP UD sentence and tokenizer models (Maven artifacts opennlp-models-sentdetect-de/-en
 * and opennlp-models-tokenizer-de/-en 1.3.0), loaded from the classpath once per JVM and checked
 * for their language. Thread-safe.
 */
final class OpenNlpModels {
    static final String VERSION = "1.3-2.5.4";

    /** Sentence detector and tokenizer of one language. */
    record Pair(String language, ThreadSafeSentenceDetectorME sentences, ThreadSafeTokenizerME tokens,
                char[] eosCharacters, java.util.concurrent.ConcurrentHashMap<String, opennlp.tools.util.Span[]> chunkCache) {
        private static final int CHUNK_CACHE_LIMIT = 50_000;

        Pair(String language, ThreadSafeSentenceDetectorME sentences, ThreadSafeTokenizerME tokens, char[] eosCharacters) {
            this(language, sentences, tokens, eosCharacters, new java.util.concurrent.ConcurrentHashMap<>());
        }

        /**
         * The tokenizer's spans of one whitespace-free chunk, memoised (the model is deterministic per
         * string). The returned array is shared: callers must not modify it.
         */
        opennlp.tools.util.Span[] tokenizeChunk(String chunk) {
            opennlp.tools.util.Span[] spans = chunkCache.get(chunk);
            if (spans == null) {
                spans = tokens.tokenizePos(chunk);
                if (chunkCache.size() >= CHUNK_CACHE_LIMIT) {
                    chunkCache.clear();
                }
                chunkCache.putIfAbsent(chunk, spans);
            }
            return spans;
        }
    }

    private static final class German {
        static final Pair INSTANCE = load("de", "gsd");
    }

    private static final class English {
        static final Pair INSTANCE = load("en", "ewt");
    }

    private OpenNlpModels() {
    }

    /** English models for "en", German for everything else (including "und"). */
    static Pair forLanguage(String language) {
        return "en".equals(language) ? English.INSTANCE : German.INSTANCE;
    }

    static Pair load(String lang, String treebank) {
        String sentRes = "/opennlp-" + lang + "-ud-" + treebank + "-sentence-" + VERSION + ".bin";
        String tokRes = "/opennlp-" + lang + "-ud-" + treebank + "-tokens-" + VERSION + ".bin";
        SentenceModel sm;
        TokenizerModel tm;
        try (InputStream in = open(sentRes, "opennlp-models-sentdetect-" + lang)) {
            sm = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + sentRes, e);
        }
        try (InputStream in = open(tokRes, "opennlp-models-tokenizer-" + lang)) {
            tm = new TokenizerModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + tokRes, e);
        }
        check(sentRes, sm.getLanguage(), lang);
        check(tokRes, tm.getLanguage(), lang);
        return new Pair(lang, new ThreadSafeSentenceDetectorME(sm), new ThreadSafeTokenizerME(tm),
                sm.getEosCharacters() == null ? new char[] {'.', '!', '?'} : sm.getEosCharacters().clone());
    }

    private static InputStream open(String resource, String artifact) {
        InputStream in = OpenNlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " not on the classpath: add the Maven"
                    + " dependency org.apache.opennlp:" + artifact + ":1.3.0");
        }
        return in;
    }

    private static void check(String resource, String actual, String expected) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("OpenNLP model " + resource + " declares language '" + actual
                    + "', expected '" + expected + "'");
        }
    }
}
