package org.chancery.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidTimeTests {

    @ParameterizedTest(name = "from {0} until {1}, during {2}: {3}")
    @CsvSource(nullValues = "open", textBlock = """
            # a day on the starting side
            2022-02-21,    open,          2022-05-06,     CERTAIN
            2022-02-21,    open,          2022-02-21,     CERTAIN
            2022-02-21,    open,          2022-02-20,     NONE
            2022-02-21,    open,          2022-02,        POSSIBLE
            2022-02-21,    open,          2022,           POSSIBLE
            2022-02-21,    open,          2021,           NONE
            2022-02-21,    open,          2022-03,        CERTAIN
            # a month on the starting side
            2013-05,       open,          2013-05-10,     POSSIBLE
            2013-05,       open,          2013-05-01,     POSSIBLE
            2013-05,       open,          2013-05-31,     CERTAIN
            2013-05,       open,          2013-06,        CERTAIN
            2013-05,       open,          2013-04-30,     NONE
            # a day on the ending side: the last day on which it held
            open,          2022-02-21,    2022-02-21,     CERTAIN
            open,          2022-02-21,    2022-02-22,     NONE
            open,          2022-02-21,    2022-02,        POSSIBLE
            # a month on the ending side
            open,          2013-05,       2013-05-10,     POSSIBLE
            open,          2013-05,       2013-05-31,     POSSIBLE
            open,          2013-05,       2013-05-01,     CERTAIN
            open,          2013-05,       2013-04,        CERTAIN
            open,          2013-05,       2013-06-01,     NONE
            # years on both sides
            2014,          2022,          2018,           CERTAIN
            2014,          2022,          2014,           POSSIBLE
            2014,          2022,          2022-06,        POSSIBLE
            2014,          2022,          [2015..2021],   CERTAIN
            2014,          2022,          2013,           NONE
            2014,          2022,          2023-01-01,     NONE
            2014,          2022,          [2010..2030],   POSSIBLE
            # bounded spans on both sides
            [..2014-05-01], [2022-02-24..], 2010,         POSSIBLE
            [..2014-05-01], [2022-02-24..], 2015,         CERTAIN
            [..2014-05-01], [2022-02-24..], 2022-02-24,   CERTAIN
            [..2014-05-01], [2022-02-24..], 2030,         POSSIBLE
            [2014-04..2014-05], open,       2014-04-15,   POSSIBLE
            [2014-04..2014-05], open,       2014-06,      CERTAIN
            [2014-04..2014-05], open,       2014-03-31,   NONE
            open,          [2020..2021-06], 2019-12,      CERTAIN
            open,          [2020..2021-06], 2020-12,      POSSIBLE
            open,          [2020..2021-06], 2021-03,      POSSIBLE
            open,          [2020..2021-06], 2021-07,      NONE
            # open dates asked about
            2014,          open,          [..2013-12-31], NONE
            2014,          open,          [..2014-06],    POSSIBLE
            2014,          open,          [2015..],       CERTAIN
            2014,          2020,          [2015..],       POSSIBLE
            2014,          2020,          [2021..],       NONE
            # no bounds at all
            open,          open,          2022-02-21,     CERTAIN
            open,          open,          [..2022],       CERTAIN
            open,          open,          [2022..],       CERTAIN
            """)
    void tellsHowSurelyTheFactHeldDuringADate(
            @Nullable String from, @Nullable String until, String date, String expected) {
        ValidTime valid = new ValidTime(parse(from), parse(until));

        Optional<Certainty> certainty = valid.during(EdtfDate.parse(date));

        assertThat(certainty.map(Certainty::name).orElse("NONE")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "from {0} until {1}: {2}")
    @CsvSource(nullValues = "open", textBlock = """
            2014,       2022,       true
            2022,       2022,       true
            2022-05,    2022-05-01, true
            2022-05-31, 2022-05,    true
            2022-05-02, 2022-05-01, false
            2022,       2021,       false
            [2022..],   2021,       false
            [..2023],   2021,       true
            2022,       open,       true
            open,       2022,       true
            open,       open,       true
            """)
    void isConsistentWhenItMayStartNoLaterThanItEnds(
            @Nullable String from, @Nullable String until, boolean consistent) {
        assertThat(new ValidTime(parse(from), parse(until)).isConsistent()).isEqualTo(consistent);
    }

    @Test
    void alwaysHasNoBounds() {
        assertThat(ValidTime.ALWAYS.from()).isNull();
        assertThat(ValidTime.ALWAYS.until()).isNull();
    }

    private static @Nullable EdtfDate parse(@Nullable String text) {
        return text == null ? null : EdtfDate.parse(text);
    }
}
