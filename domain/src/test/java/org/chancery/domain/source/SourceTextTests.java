package org.chancery.domain.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.domain.Fixtures.ARTICLE_TEXT;
import static org.chancery.domain.Fixtures.EMBASSY_QUOTE;
import static org.chancery.domain.Fixtures.RECOGNITION_QUOTE;

import org.junit.jupiter.api.Test;

class SourceTextTests {

    @Test
    void normalisingComposesCharacters() {
        assertThat(SourceText.normalise("Pe\u0301resada")).isEqualTo("P\u00e9resada");
    }

    @Test
    void normalisingCollapsesWhitespaceIncludingNoBreakSpaces() {
        assertThat(SourceText.normalise("  Sergey \t\n Lavrov\u00A0on\u2007February\u202F25 \r\n"))
                .isEqualTo("Sergey Lavrov on February 25");
    }

    @Test
    void normalisingFoldsTypographicQuotesAndApostrophesToAscii() {
        assertThat(SourceText.normalise("\u2018a\u2019 \u201Ab\u201B c\u2032 d\u02BC"))
                .isEqualTo("'a' 'b' c' d'");
        assertThat(SourceText.normalise("\u201Ca\u201D \u201Eb\u201F \u00ABc\u00BB d\u2033"))
                .isEqualTo("\"a\" \"b\" \"c\" d\"");
    }

    @Test
    void normalisingLeavesOtherTextAlone() {
        assertThat(SourceText.normalise("Луганск, «ЛНР» — 2022")).isEqualTo("Луганск, \"ЛНР\" — 2022");
    }

    @Test
    void findsWhereAQuoteStartsInTheNormalisedText() {
        assertThat(SourceText.find(ARTICLE_TEXT, RECOGNITION_QUOTE)).hasValue(18);
        assertThat(SourceText.find(ARTICLE_TEXT, "Russian President")).hasValue(0);
    }

    @Test
    void findsAQuoteWrittenWithOtherQuotesAndSpaces() {
        assertThat(SourceText.find(ARTICLE_TEXT, EMBASSY_QUOTE)).hasValue(103);
        assertThat(SourceText.find(ARTICLE_TEXT, "February 21.\n   Russia is working"))
                .hasValue(90);
    }

    @Test
    void doesNotFindWhatTheTextDoesNotSay() {
        assertThat(SourceText.find(ARTICLE_TEXT, "Putin recognized Abkhazia")).isEmpty();
    }

    @Test
    void theSha256IsOfTheExactUtf8Bytes() {
        assertThat(SourceText.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SourceText.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(SourceText.sha256("Луганская Народная Республика"))
                .isEqualTo("8ee55cdb6c462a156eb523574794613f99fc0fa29e4681f43f6a4ca0c0488f97");
        assertThat(SourceText.sha256("abc ")).isNotEqualTo(SourceText.sha256("abc"));
    }
}
