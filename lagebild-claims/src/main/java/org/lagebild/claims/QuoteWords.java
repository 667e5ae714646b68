package org.lagebild.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The quote extractor's own word lists, read once from {@code quote-words.tsv}: words in -e that are no Konjunktiv I
 * ({@code not-subj1}), auxiliaries that join a cue ({@code auxiliary}), the lemmas of verbs whose whole sentence is
 * reported speech ({@code reported}), nouns that make "nach …" a source ({@code source-noun}, also as the end of a
 * compound: "Polizeiangaben"), adverbs that are cue and source at once ({@code self-source}: "Demnach"), and the
 * English words around a speaker after a quote ({@code speaker-opener}, {@code speaker-title}, {@code speaker-role},
 * {@code speaker-end}, {@code not-speaker}) and the English verb forms that attribute a quote only right beside it
 * ({@code quote-verb}: "…," Carr added.). Immutable and thread-safe; a missing or malformed file is a hard error.
 */
final class QuoteWords {
    /** One row with its example sentence, for the test that runs every example. */
    record Example(String word, String kind, String sentence) {
    }

    /** True if the lower-cased word is a source noun or a compound ending in one ("polizeiangaben"). */
    boolean sourceNoun(String lower) {
        for (String n : sourceNouns) {
            if (lower.endsWith(n)) {
                return true;
            }
        }
        return false;
    }

    private static volatile QuoteWords bundled;

    final Set<String> notSubj1;
    final Set<String> auxiliaries;
    final Set<String> reportedVerbs;
    final List<String> sourceNouns;
    final Set<String> selfSources;
    /** English: words that open a speaker's description after the verb ("said the friend", "said one witness"). */
    final Set<String> speakerOpeners;
    /** English: abbreviated titles whose full stop does not end the speaker's name ("said Lt. Dave Okada"). */
    final Set<String> speakerTitles;
    /** Lower-case particles inside a person's name ("van Hout", "da Silva"; kind {@code name-particle}). */
    final Set<String> nameParticles;
    /** English: lower-case nouns that name a speaker on their own ("…," police said.). */
    final Set<String> speakerRoles;
    /** English: words that end a speaker's description ("said a neighbor who …"). */
    final Set<String> speakerEnds;
    /** English: capitalised words after a speech verb that are no speaker ("said Thursday"). */
    final Set<String> notSpeakers;
    /** English: verb forms that attribute a direct quote right after it ("…," Carr added.), not a claim's source. */
    final Set<String> quoteVerbs;
    /** English: adverbs between a speaker and the verb after a quote ("…," Scott later told WSB-TV.). */
    final Set<String> quoteAdverbs;
    /** English: lower-case words inside a title before a person's name ("said Agent in Charge Ed Reinhold"). */
    final Set<String> speakerGlue;
    final List<Example> examples;

    private QuoteWords() {
        Set<String> ns = new HashSet<>();
        Set<String> aux = new HashSet<>();
        Set<String> rep = new HashSet<>();
        List<String> sn = new ArrayList<>();
        Set<String> self = new HashSet<>();
        Set<String> openers = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Set<String> roles = new HashSet<>();
        Set<String> ends = new HashSet<>();
        Set<String> notSp = new HashSet<>();
        Set<String> qv = new HashSet<>();
        Set<String> qa = new HashSet<>();
        Set<String> glue = new HashSet<>();
        Set<String> particles = new HashSet<>();
        List<Example> ex = new ArrayList<>();
        for (Map<String, String> r : Tsv.read("quote-words.tsv", "word", "kind", "example")) {
            String w = r.get("word").toLowerCase(Locale.ROOT);
            switch (r.get("kind")) {
                case "not-subj1" -> ns.add(w);
                case "auxiliary" -> aux.add(w);
                case "reported" -> rep.add(w);
                case "source-noun" -> sn.add(w);
                case "self-source" -> self.add(w);
                case "speaker-opener" -> openers.add(w);
                case "speaker-title" -> titles.add(w);
                case "speaker-role" -> roles.add(w);
                case "speaker-end" -> ends.add(w);
                case "not-speaker" -> notSp.add(w);
                case "quote-verb" -> qv.add(w);
                case "quote-adverb" -> qa.add(w);
                case "speaker-glue" -> glue.add(w);
                case "name-particle" -> particles.add(w);
                default -> throw new IllegalStateException("quote-words.tsv:" + r.get("#line") + ": unknown kind " + r.get("kind"));
            }
            ex.add(new Example(w, r.get("kind"), r.get("example")));
        }
        notSubj1 = Set.copyOf(ns);
        auxiliaries = Set.copyOf(aux);
        reportedVerbs = Set.copyOf(rep);
        sourceNouns = List.copyOf(sn);
        selfSources = Set.copyOf(self);
        speakerOpeners = Set.copyOf(openers);
        speakerTitles = Set.copyOf(titles);
        speakerRoles = Set.copyOf(roles);
        speakerEnds = Set.copyOf(ends);
        notSpeakers = Set.copyOf(notSp);
        quoteVerbs = Set.copyOf(qv);
        speakerGlue = Set.copyOf(glue);
        nameParticles = Set.copyOf(particles);
        quoteAdverbs = Set.copyOf(qa);
        examples = List.copyOf(ex);
    }

    static QuoteWords load() {
        QuoteWords q = bundled;
        if (q == null) {
            synchronized (QuoteWords.class) {
                q = bundled;
                if (q == null) {
                    q = new QuoteWords();
                    bundled = q;
                }
            }
        }
        return q;
    }
}
