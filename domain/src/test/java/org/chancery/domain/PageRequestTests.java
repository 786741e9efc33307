package org.chancery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTests {

    @Test
    void theFirstPageStartsAfterNothing() {
        assertThat(PageRequest.first(20)).isEqualTo(new PageRequest(20, 0));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100})
    void aPageHoldsUpTo100Items(int size) {
        assertThat(PageRequest.first(size).size()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(ints = {101, -1})
    void aPageOfMoreThan100ItemsIsRefusedNotCut(int size) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> PageRequest.first(size))
                .satisfies(e -> assertThat(e.field()).isEqualTo("size"))
                .withMessage("Ask for at most 100 items a page (asked for %d)", size);
    }

    @Test
    void aCursorIsNotNegative() {
        assertThat(new PageRequest(20, 17).after()).isEqualTo(17);
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> new PageRequest(20, -1))
                .satisfies(e -> assertThat(e.field()).isEqualTo("after"));
    }
}
