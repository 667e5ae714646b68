package org.lagebild.annotate;

import org.lagebild.annotate.lang.LanguageIdentifier;
import org.lagebild.annotate.sentence.SentenceSplitter;

/** Ready-made pipelines. Each call builds new stages; the OpenNLP models behind them are shared. */
public final class Pipelines {
    private Pipelines() {
    }

    /** Language identification, then sentences and tokens: provides LANGUAGE, SENTENCES, TOKENS. */
    public static Pipeline basic() {
        return Pipeline.builder().add(new LanguageIdentifier()).add(new SentenceSplitter()).build();
    }
}
