package org.chancery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTests {

    @Test
    void requiredGivesTheValueStripped() {
        assertThat(Texts.required("name", "  Luhansk People's Republic \n", 30)).isEqualTo("Luhansk People's Republic");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void requiredRefusesAMissingOrBlankValue(String value) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Texts.required("name", value, 30))
                .satisfies(e -> assertThat(e.field()).isEqualTo("name"))
                .withMessage("Enter a value: it must not be blank");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void optionalGivesNullForAMissingOrBlankValue(String value) {
        assertThat(Texts.optional("description", value, 30)).isNull();
    }

    @Test
    void optionalGivesTheValueStripped() {
        assertThat(Texts.optional("description", " Breakaway territory ", 30)).isEqualTo("Breakaway territory");
    }

    @Test
    void acceptsTextOfExactlyTheLimitOnceStripped() {
        assertThat(Texts.required("name", "  DPR  ", 3)).isEqualTo("DPR");
        assertThat(Texts.optional("name", "LPR", 3)).isEqualTo("LPR");
    }

    @Test
    void refusesTextLongerThanTheLimit() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Texts.required("aliases[0].name", "Lugansk", 6))
                .satisfies(e -> assertThat(e.field()).isEqualTo("aliases[0].name"))
                .withMessage("Shorten it to at most 6 characters (it has 7)");
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Texts.optional("description", "Lugansk", 6))
                .satisfies(e -> assertThat(e.field()).isEqualTo("description"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lugansk\u0000", "Lu\u0007gansk", "Lugansk\u001B[0m", "Lu\u007Fgansk", "Lu\u0085gansk"})
    void refusesControlCharacters(String value) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Texts.optional("name", value, 30))
                .satisfies(e -> assertThat(e.field()).isEqualTo("name"))
                .withMessage("Remove the control characters it contains");
    }

    @Test
    void allowsLineBreaksAndTabsInside() {
        assertThat(Texts.required("summary", "first line\r\nsecond\tline", 30)).isEqualTo("first line\r\nsecond\tline");
    }
}
