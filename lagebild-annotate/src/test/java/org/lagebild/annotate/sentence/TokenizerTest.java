package org.lagebild.annotate.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lagebild.model.Span;

class TokenizerTest {
    static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** Tokens separated by " | " in the expected column. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
        de	Nordkorea schickt 1.000 Soldaten.	Nordkorea | schickt | 1.000 | Soldaten | .
        de	Er nannte z.B. Kursk, u.a. am 6. August.	Er | nannte | z.B. | Kursk | , | u.a. | am | 6. | August | .
        de	Die „Armee“ (Nordkoreas) kämpft.	Die | „ | Armee | “ | ( | Nordkoreas | ) | kämpft | .
        de	"Wird verheerend sein": Experte	" | Wird | verheerend | sein | " | : | Experte
        de	Position (...) zu	Position | ( | ... | ) | zu
        de	Es waren 80.	Es | waren | 80 | .
        en	They didn't agree, Mr. Smith said.	They | didn't | agree | , | Mr. | Smith | said | .
        """)
    void tokens(String lang, String text, String expected) {
        List<String> actual = SPLITTER.tokens(text, new Span(0, text.length()), lang).stream().map(s -> s.of(text)).toList();
        assertEquals(List.of(expected.split(" \\| ")), actual);
    }
}
