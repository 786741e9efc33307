package org.chancery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.bench.MixedWorkload.Result;
import org.chancery.bench.ReadBenchmark.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The news site's day in the report: medians of each contender, and ratios to PostGraphile per round, with
 * decimal points where the default locale writes commas.
 */
@ExtendWith(DecimalCommas.class)
class MixedWorkloadTests {

    @Test
    void eachContenderHasItsMediansAndTheCorrectionsMadeMeanwhile() {
        Map<String, Result> day = new LinkedHashMap<>();
        day.put(
                MixedWorkload.NAME,
                new Result(List.of(run(900, 4, 40, 2), run(700, 5, 60, 3), run(800, 3, 50, 1)), 36, 1));

        String report = MixedWorkload.markdown(day, 12, 4);

        assertThat(report)
                .contains("at 4 connections for 12 s a run")
                .contains("3 rounds, medians")
                .contains("| news site's day | 800 | 4.00 | 50.00 | 2.00 | 36 (1) | 0 |")
                .doesNotContain("Against PostGraphile");
    }

    @Test
    void chanceryIsComparedWithPostGraphileRoundByRound() {
        Map<String, Result> day = new LinkedHashMap<>();
        day.put(MixedWorkload.NAME, new Result(List.of(run(900, 4, 40, 2), run(600, 5, 60, 3)), 24, 0));
        day.put(
                ReadReport.POSTGRAPHILE + MixedWorkload.NAME,
                new Result(List.of(run(100, 30, 80, 20), run(200, 20, 60, 15)), 24, 0));

        String report = MixedWorkload.markdown(day, 12, 4);

        // throughput 9 and 3, p99 2 and 1, CPU 10 and 5: medians of two are their means
        assertThat(report)
                .contains("throughput 6.00 [3.00–9.00], p99 1.50 [1.00–2.00], CPU per request 7.50 [5.00–10.00]");
    }

    @Test
    void aRunLastsLongEnoughForADozenCorrections() {
        assertThat(MixedWorkload.seconds(2)).isEqualTo(12);
        assertThat(MixedWorkload.seconds(10)).isEqualTo(30);
    }

    private static Run run(double perSecond, double p50, double p99, double cpu) {
        return new Run(perSecond, p50, p99, (long) perSecond * 12, 0, cpu);
    }
}
