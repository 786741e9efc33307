package org.chancery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The median of a round's figures, and how a spread of them is quoted. */
class RatiosTests {

    @Test
    void theMedianOfAnOddNumberOfFiguresIsTheMiddleOne() {
        assertThat(Ratios.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Ratios.median(List.of(7.0))).isEqualTo(7.0);
    }

    @Test
    void theMedianOfAnEvenNumberOfFiguresIsTheMeanOfTheMiddleTwo() {
        assertThat(Ratios.median(List.of(4.0, 1.0, 10.0, 2.0))).isEqualTo(3.0);
        assertThat(Ratios.median(List.of(0.5, 0.25))).isEqualTo(0.375);
    }

    @Test
    void aSpreadIsTheMedianThenTheSmallestAndTheLargest() {
        assertThat(Ratios.spread(List.of(0.58, 0.5, 0.54))).isEqualTo("0.54 [0.50–0.58]");
        assertThat(Ratios.spread(List.of(2.0, 1.0, 4.0, 8.0))).isEqualTo("3.00 [1.00–8.00]");
    }
}
