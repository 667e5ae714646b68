package org.lagebild.time.eval;

import java.util.List;

/**
 * Turns tokenised sentences (as in the SpkAtt 2023 JSON files) back into running text, the same way
 * every time: tokens are separated by one space, except that no space goes before {@code , . ; : !
 * ? ) ]} and closing quotes, and none after {@code ( [} and opening quotes. German quotes „…“ and
 * ‚…‘, chevrons »…«, English “…” and straight {@code "…"} or {@code ''…''} pairs are told apart by
 * their shape or, for the ambiguous ones, by whether a quote of that kind is open (the state runs
 * across sentences, as quotes do). Sentences are joined by one space. A lone apostrophe ({@code '})
 * and every other token is a word. Example: {@code [Er, sagte, „, Nein, “, (, 2005, ), .]} becomes
 * {@code Er sagte „Nein“ (2005).} Stateless and thread-safe; the quote state lives in one call.
 */
public final class Detokenizer {

    private Detokenizer() {
    }

    /** The text of the sentences in order, joined by one space. */
    public static String text(List<List<String>> sentences) {
        StringBuilder out = new StringBuilder();
        State state = new State();
        for (List<String> sentence : sentences) {
            for (String token : sentence) {
                append(out, token, state);
            }
        }
        return out.toString();
    }

    /** The text of one sentence. */
    public static String sentence(List<String> tokens) {
        return text(List.of(tokens));
    }

    /** Which quotes are open, and whether the next token sticks to the previous one. */
    private static final class State {
        boolean straightOpen;
        boolean doubleApostropheOpen;
        boolean germanDoubleOpen;
        boolean germanSingleOpen;
        boolean englishDoubleOpen;
        boolean glueNext;
    }

    private static void append(StringBuilder out, String token, State state) {
        if (token.isEmpty()) {
            return;
        }
        Role role = role(token, state);
        boolean space = out.length() > 0 && !state.glueNext && role != Role.CLOSING;
        if (space) {
            out.append(' ');
        }
        out.append(token);
        state.glueNext = role == Role.OPENING;
    }

    private enum Role { OPENING, CLOSING, WORD }

    private static Role role(String t, State s) {
        switch (t) {
            case ",", ".", ";", ":", "!", "?", ")", "]", "):", ").", "),", "«", "”", "’" -> {
                if (t.equals("”")) {
                    s.englishDoubleOpen = false;
                }
                return Role.CLOSING;
            }
            case "(", "[", "„", "»", "‚" -> {
                if (t.equals("„")) {
                    s.germanDoubleOpen = true;
                } else if (t.equals("‚")) {
                    s.germanSingleOpen = true;
                }
                return Role.OPENING;
            }
            case "“" -> {
                if (s.germanDoubleOpen) {
                    s.germanDoubleOpen = false;
                    return Role.CLOSING;
                }
                s.englishDoubleOpen = true;
                return Role.OPENING;
            }
            case "‘" -> {
                if (s.germanSingleOpen) {
                    s.germanSingleOpen = false;
                    return Role.CLOSING;
                }
                return Role.OPENING;
            }
            case "\"" -> {
                s.straightOpen = !s.straightOpen;
                return s.straightOpen ? Role.OPENING : Role.CLOSING;
            }
            case "''" -> {
                s.doubleApostropheOpen = !s.doubleApostropheOpen;
                return s.doubleApostropheOpen ? Role.OPENING : Role.CLOSING;
            }
            default -> {
                return Role.WORD;
            }
        }
    }
}
