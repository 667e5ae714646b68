package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Argument;
import org.lagebild.model.Source;
import org.lagebild.model.Span;

/** How claims, quotes and show print a source or speaker that names no one. */
class SourceDisplayTest {
    @Test
    void anUnresolvedSourceIsNoName() {
        List<Source> chain = List.of(new Source(null, "ntv.de", null, "ntv.de", "publisher"),
                new Source(new Span(0, 2), "er", null, null, "unresolved"));
        assertEquals("ntv.de → unidentified (\"er\")", ClaimsCommand.chain(chain));
    }

    @Test
    void aSpeakerIsShownByNameAndAPronounNoOneWasFoundForIsNot() {
        assertEquals("Sergei Schoigu", ClaimsCommand.who(new Argument(new Span(0, 2), "er", "lb:per:sergei-shoigu", "Sergei Schoigu")));
        assertEquals("unidentified (\"er\")", ClaimsCommand.who(new Argument(new Span(0, 2), "er", null, null)));
        assertEquals("Korotchenko", ClaimsCommand.who(new Argument(new Span(0, 11), "Korotchenko", null, null)));
    }
}
