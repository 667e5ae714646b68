package org.lagebild.extract.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** TokenPattern answers as the plain regex would, alone and merged, on hint examples and variants of them. */
class TokenPatternTest {

    @Test
    void sameAnswerAsTheRegex() {
        ClassHints hints = ClassHints.load();
        List<String> patterns = new ArrayList<>();
        List<String> tokens = new ArrayList<>(List.of("a", "-", "_", "x-", "-x", "ad", "ads-top", "top-ad", "no-ad",
                "comments", "commentslist", "x_social_y", "gallery", "imagegallery", "sharebar\u2028", "nav", "navx",
                "x-nav-", "print-only", "sr-only", "content-share"));
        for (ClassHints.Hint h : hints.hints()) {
            patterns.add(h.pattern().pattern());
            for (String t : List.of(h.exampleMatch(), h.exampleNoMatch())) {
                for (String token : t.toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!token.isEmpty()) {
                        tokens.add(token);
                        tokens.add("x-" + token);
                        tokens.add(token + "_y");
                        tokens.add(token + "y");
                        tokens.add("y" + token);
                    }
                }
            }
        }
        int flags = BoilerplateRule.FLAGS;
        List<String> cores = patterns.stream().filter(TokenPattern::coreForm).toList();
        TokenPattern any = TokenPattern.anyOf(cores, flags);
        for (String token : tokens) {
            boolean anyRegex = false;
            for (String p : patterns) {
                boolean regex = Pattern.compile(p, flags).matcher(token).matches();
                assertEquals(regex, TokenPattern.of(p, flags).matches(token), p + " on " + token);
                anyRegex |= regex && TokenPattern.coreForm(p);
            }
            assertEquals(anyRegex, any.matches(token), "merged core hints on " + token);
        }
    }
}
