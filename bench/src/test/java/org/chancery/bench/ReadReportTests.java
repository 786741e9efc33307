package org.chancery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.bench.ReadBenchmark.FixedRate;
import org.chancery.bench.ReadBenchmark.Measured;
import org.chancery.bench.ReadBenchmark.Run;
import org.chancery.bench.ReadReport.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The read benchmark's report: medians of the rounds, ratios to the hand-written page taken round by
 * round, and the header that says how the configuration ran. The tests run where the default locale writes
 * decimal commas (German), as a curator's machine may: the report must write figures alike everywhere.
 */
@ExtendWith(DecimalCommas.class)
class ReadReportTests {

    static final String ENTITY = ReadBenchmark.ENTITY_PAGE;
    static final String CACHED = ReadBenchmark.CACHED;
    static final String HAND = ReadBenchmark.HAND_WRITTEN;

    @Test
    void theHeaderSaysWhatRanWhereAndHow() {
        String report = ReadReport.markdown(setting(4), measured());

        assertThat(report)
                .startsWith("### 100k claims on PostgreSQL")
                .contains("100,000 claims. 200 corrections before timing, 50 of them after"
                        + " 2024-05-06T07:08:09.123Z, the moment knownAt asks about.")
                .contains("4 rounds of 30 s a contender at 64 connections")
                .contains("fixed rate, 10 s each.")
                .contains("about half the median throughput at 64 connections");
        assertThat(ReadReport.markdown(setting(1), measured())).contains("1 round of 30 s");
    }

    @Test
    void theFirstTableHoldsTheMedianOfEachFigureAndTheSumOfErrors() {
        String report = ReadReport.markdown(setting(4), measured());

        // 200, 1000, 1800, 2000 requests/s; p50 1, 2, 3, 10 ms; CPU 1, 2, 2, 4 ms; 0 + 1 + 0 + 2 errors
        assertThat(report).contains("| entity page | 1400 | 2.50 | 5.00 | 2.00 | 3 |");
        assertThat(report).contains("| entity page, hand-written | 2000 | 1.00 | 2.00 | 1.00 | 0 |");
    }

    @Test
    void ratiosToTheHandWrittenPageAreTakenRoundByRound() {
        String report = ReadReport.markdown(setting(4), measured());

        // throughput 200/1000, 1800/2000, 2000/4000, 1000/2000; the ratio of the medians would be 0.70
        // CPU 1/2, 1/4, 1/1, 1/2: how many times less CPU the hand-written page takes
        assertThat(report).contains("| entity page | 0.50 [0.20–0.90] | 0.50 [0.25–1.00] |");
        assertThat(report).contains("| entity page, cached | 2.00 [2.00–2.00] | 2.00 [2.00–2.00] |");
    }

    @Test
    void singleRunsAndFixedRateRunsAreReportedAsMeasured() {
        String report = ReadReport.markdown(setting(4), measured());

        assertThat(report)
                .contains("| entity page | 500 | 2.00 | 3.00 | 2.00 | 3000 | 2.50 | 4.00 | 2.10 | 3 |")
                .contains("The entity page against the hand-written one, by throughput: 0.50× at c=1, 1.50× at c=16.")
                .contains("| entity page | 700 | 700 | 12 | 40 | 2.10 | 0 |");
    }

    @ParameterizedTest
    @CsvSource({"10000, 10k", "100000, 100k", "1000000, 1M", "20000000, 20M", "1500, '1,500'", "999, 999"})
    void sizesAreWrittenShortWhenTheyAreRound(long claims, String written) {
        assertThat(ReadReport.size(claims)).isEqualTo(written);
    }

    @Test
    void databasesAreNamedAsTheirMakersNameThem() {
        assertThat(ReadReport.database("h2")).isEqualTo("H2");
        assertThat(ReadReport.database("postgres")).isEqualTo("PostgreSQL");
        assertThat(ReadReport.database("sqlite")).isEqualTo("sqlite");
    }

    static Setting setting(int rounds) {
        return new Setting(
                100_000,
                "postgres",
                rounds,
                30,
                64,
                10,
                new CorrectionRound.Round(Instant.parse("2024-05-06T07:08:09.123456Z"), 200, 50));
    }

    static Measured measured() {
        Map<String, List<Run>> rounds = new LinkedHashMap<>();
        rounds.put(
                ENTITY,
                List.of(
                        new Run(200, 3, 5, 2_000, 0, 2),
                        new Run(1_800, 1, 5, 18_000, 1, 4),
                        new Run(2_000, 2, 5, 20_000, 0, 1),
                        new Run(1_000, 10, 5, 10_000, 2, 2)));
        rounds.put(
                CACHED,
                List.of(
                        new Run(2_000, 0.5, 1, 20_000, 0, 0.5),
                        new Run(4_000, 0.5, 1, 40_000, 0, 0.5),
                        new Run(8_000, 0.5, 1, 80_000, 0, 0.5),
                        new Run(4_000, 0.5, 1, 40_000, 0, 0.5)));
        rounds.put(
                HAND,
                List.of(
                        new Run(1_000, 1, 2, 10_000, 0, 1),
                        new Run(2_000, 1, 2, 20_000, 0, 1),
                        new Run(4_000, 1, 2, 40_000, 0, 1),
                        new Run(2_000, 1, 2, 20_000, 0, 1)));
        Map<String, Run> single = Map.of(
                ENTITY, new Run(500, 2, 3, 5_000, 2, 2),
                CACHED, new Run(2_000, 0.5, 1, 20_000, 0, 0.5),
                HAND, new Run(1_000, 1, 2, 10_000, 0, 1));
        Map<String, Run> sixteen = Map.of(
                ENTITY, new Run(3_000, 2.5, 4, 30_000, 1, 2.1),
                CACHED, new Run(8_000, 0.5, 1, 80_000, 0, 0.5),
                HAND, new Run(2_000, 1, 2, 20_000, 0, 1));
        Map<String, FixedRate> fixedRate = Map.of(
                ENTITY, new FixedRate(700, new Run(699.6, 12.4, 40, 7_000, 0, 2.1)),
                CACHED, new FixedRate(2_000, new Run(2_000, 1, 2, 20_000, 0, 0.5)),
                HAND, new FixedRate(1_000, new Run(1_000, 1, 2, 10_000, 0, 1)));
        return new Measured(rounds, single, sixteen, fixedRate);
    }
}
