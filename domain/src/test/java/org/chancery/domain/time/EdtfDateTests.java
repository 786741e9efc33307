package org.chancery.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfDateTests {

    @Test
    void aDayIsThatDayAlone() {
        EdtfDate date = EdtfDate.parse("2022-02-21");

        assertThat(date.earliest()).isEqualTo("2022-02-21");
        assertThat(date.latest()).isEqualTo("2022-02-21");
        assertThat(date.precision()).isEqualTo(Precision.DAY);
        assertThat(date.form()).isEqualTo("2022-02-21");
    }

    @Test
    void aMonthSpansItsDays() {
        EdtfDate date = EdtfDate.parse("2013-05");

        assertThat(date.earliest()).isEqualTo("2013-05-01");
        assertThat(date.latest()).isEqualTo("2013-05-31");
        assertThat(date.precision()).isEqualTo(Precision.MONTH);
        assertThat(EdtfDate.parse("2013-04").latest()).isEqualTo("2013-04-30");
    }

    @Test
    void februaryOfALeapYearEndsOnThe29th() {
        assertThat(EdtfDate.parse("2024-02").latest()).isEqualTo("2024-02-29");
        assertThat(EdtfDate.parse("2023-02").latest()).isEqualTo("2023-02-28");
    }

    @Test
    void aYearSpansItsDays() {
        EdtfDate date = EdtfDate.parse("2013");

        assertThat(date.earliest()).isEqualTo("2013-01-01");
        assertThat(date.latest()).isEqualTo("2013-12-31");
        assertThat(date.precision()).isEqualTo(Precision.YEAR);
    }

    @Test
    void onOrBeforeIsOpenTowardsThePast() {
        EdtfDate date = EdtfDate.parse("[..2022-05-06]");

        assertThat(date.earliest()).isNull();
        assertThat(date.latest()).isEqualTo("2022-05-06");
        assertThat(date.precision()).isEqualTo(Precision.RANGE);
        assertThat(date.form()).isEqualTo("[..2022-05-06]");
    }

    @Test
    void onOrAfterIsOpenTowardsTheFuture() {
        EdtfDate date = EdtfDate.parse("[2022-02-24..]");

        assertThat(date.earliest()).isEqualTo("2022-02-24");
        assertThat(date.latest()).isNull();
        assertThat(date.precision()).isEqualTo(Precision.RANGE);
        assertThat(date.form()).isEqualTo("[2022-02-24..]");
    }

    @Test
    void aClosedRangeRunsFromTheFirstDayOfItsStartToTheLastDayOfItsEnd() {
        EdtfDate date = EdtfDate.parse("[2013..2014-05]");

        assertThat(date.earliest()).isEqualTo("2013-01-01");
        assertThat(date.latest()).isEqualTo("2014-05-31");
        assertThat(date.precision()).isEqualTo(Precision.RANGE);
    }

    @Test
    void acceptsThe29thOfFebruaryInALeapYearOnly() {
        assertThat(EdtfDate.parse("2024-02-29").earliest()).isEqualTo("2024-02-29");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EdtfDate.parse("2023-02-29"))
                .withMessage("'2023-02-29' is not a day of the calendar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-13", "2022-00", "2022-04-31", "2022-01-00", "2022-01-32"})
    void refusesDaysAndMonthsTheCalendarLacks(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EdtfDate.parse(text))
                .withMessage("'%s' is not a day of the calendar", text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "yesterday",
                "22-02-21",
                "2022-2-21",
                "2022/02/21",
                "21.02.2022",
                "2022-02-21T10:00",
                "-2022",
                "20222",
                "[2022-02-21]",
                "[2022...]",
                "[2022..2023..2024]",
                "[ 2022..]",
                "2022-02-21..2022-02-22",
                "[[..2022]..]"
            })
    void refusesWhatIsNotAnEdtfForm(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> EdtfDate.parse(text));
    }

    @Test
    void saysWhichFormsItUnderstands() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EdtfDate.parse("in May"))
                .withMessage(
                        "'in May' is not a date: write 2022-02-21, 2013-05, 2013, [..2022-05-06] or [2022-02-24..]");
    }

    @Test
    void aRangeNeedsAnEnd() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EdtfDate.parse("[..]"))
                .withMessageContaining("a range needs at least one end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[2022..2021]", "[2022-05..2022-04-30]", "[2022-05-02..2022-05-01]"})
    void refusesARangeThatEndsBeforeItStarts(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EdtfDate.parse(text))
                .withMessage("'%s' ends before it starts", text);
    }

    @Test
    void aRangeMayStartAndEndOnTheSameDay() {
        EdtfDate date = EdtfDate.parse("[2022-05..2022-05-01]");

        assertThat(date.earliest()).isEqualTo(date.latest()).isEqualTo("2022-05-01");
    }

    @Test
    void refusesSpansEndingBeforeTheyStartHoweverMade() {
        LocalDate may = LocalDate.parse("2022-05-01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EdtfDate("x", may, may.minusDays(1), Precision.RANGE))
                .withMessage("'x' ends before it starts");
        assertThat(new EdtfDate("x", may, may, Precision.RANGE).latest()).isEqualTo(may);
    }

    @Test
    void theEndsOfARangeAreNotRanges() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EdtfDate.range(EdtfDate.parse("[2013..]"), null))
                .withMessage("the ends of a range are days, months or years, not ranges");
        assertThatIllegalArgumentException().isThrownBy(() -> EdtfDate.range(null, EdtfDate.parse("[..2013]")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EdtfDate.range(EdtfDate.parse("2012"), EdtfDate.parse("[..2013]")));
    }

    @Test
    void buildsARangeFromItsEnds() {
        EdtfDate range = EdtfDate.range(EdtfDate.parse("2013-05"), EdtfDate.of(LocalDate.parse("2014-01-02")));

        assertThat(range).isEqualTo(EdtfDate.parse("[2013-05..2014-01-02]"));
        assertThat(range.form()).isEqualTo("[2013-05..2014-01-02]");
    }

    @Test
    void writesItsCanonicalForm() {
        assertThat(EdtfDate.parse("  2013-05 \n")).hasToString("2013-05").isEqualTo(EdtfDate.parse("2013-05"));
        assertThat(EdtfDate.of(LocalDate.parse("2022-02-21"))).hasToString("2022-02-21");
        assertThat(EdtfDate.parse("[2013..2014-05]")).hasToString("[2013..2014-05]");
        assertThat(EdtfDate.parse(EdtfDate.parse(" [..2022-05-06] ").form()))
                .isEqualTo(EdtfDate.parse("[..2022-05-06]"));
    }

    @Test
    void anOpenEndReachesTheFirstOrLastDayThereIs() {
        assertThat(EdtfDate.parse("[..2022-05-06]").earliestOrMin()).isEqualTo(LocalDate.MIN);
        assertThat(EdtfDate.parse("[..2022-05-06]").latestOrMax()).isEqualTo("2022-05-06");
        assertThat(EdtfDate.parse("[2022-02-24..]").earliestOrMin()).isEqualTo("2022-02-24");
        assertThat(EdtfDate.parse("[2022-02-24..]").latestOrMax()).isEqualTo(LocalDate.MAX);
    }

    @Test
    void ordersByEarliestDayThenByLatestDay() {
        assertThat(Stream.of("2013-05", "[2013..]", "2014", "2013", "[2012..2015]", "2012-12-31", "[..2013]")
                        .map(EdtfDate::parse)
                        .sorted()
                        .map(EdtfDate::form))
                .containsExactly("[..2013]", "[2012..2015]", "2012-12-31", "2013", "[2013..]", "2013-05", "2014");
    }

    @Test
    void spansOfTheSameDaysRankEqual() {
        assertThat(EdtfDate.parse("2013")).isEqualByComparingTo(EdtfDate.parse("[2013-01..2013-12]"));
        assertThat(EdtfDate.parse("2013").compareTo(EdtfDate.parse("2013-05"))).isNegative();
        assertThat(EdtfDate.parse("2013-05").compareTo(EdtfDate.parse("2013"))).isPositive();
    }
}
