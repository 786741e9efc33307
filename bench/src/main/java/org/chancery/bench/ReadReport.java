package org.chancery.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.chancery.bench.ReadBenchmark.FixedRate;
import org.chancery.bench.ReadBenchmark.Measured;
import org.chancery.bench.ReadBenchmark.Run;

/** What the read benchmark of one configuration found: a Markdown report, and lines for the {@link Chart}. */
final class ReadReport {

    /** The columns of the results file, one line per contender of a configuration. */
    static final String RESULTS_HEADER =
            "claims\tdatabase\tcontender\tconnections\tp50_ms\tp99_ms\trequests_per_s\tcpu_ms_per_request";

    /** How one configuration was run. */
    record Setting(
            long claims,
            String database,
            int rounds,
            int seconds,
            int connections,
            int onceSeconds,
            CorrectionRound.Round corrections) {}

    /** How the questions PostGraphile answers too are named for it. */
    static final String POSTGRAPHILE = "PostGraphile: ";

    private ReadReport() {}

    static String markdown(Setting setting, Measured measured) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT, "### %s claims on %s%n%n", size(setting.claims()), database(setting.database())));
        out.append(String.format(
                Locale.ROOT,
                ("%,d claims. %d corrections before timing, %d of them after %s, the moment knownAt asks about. %d %s"
                        + " of %d s a contender at %d connections, in a shuffled order each round, after a"
                        + " warm-up; then each contender once at 1 and at 16 connections and once at a"
                        + " fixed rate, %d s each.%n%n"),
                setting.claims(),
                setting.corrections().corrections(),
                setting.corrections().after(),
                setting.corrections().before().truncatedTo(ChronoUnit.MILLIS),
                setting.rounds(),
                setting.rounds() == 1 ? "round" : "rounds",
                setting.seconds(),
                setting.connections(),
                setting.onceSeconds()));
        out.append("| query | requests/s (median) | p50 ms | p99 ms | server CPU ms/request | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        measured.rounds()
                .forEach((name, runs) -> out.append(String.format(
                        Locale.ROOT,
                        "| %s | %.0f | %.2f | %.2f | %.2f | %d |%n",
                        name,
                        median(runs, Run::perSecond),
                        median(runs, Run::p50),
                        median(runs, Run::p99),
                        median(runs, Run::cpuMsPerRequest),
                        runs.stream().mapToLong(Run::errors).sum())));
        out.append("%nAgainst the hand-written entity page, per round, median [min–max]:%n%n".formatted());
        out.append("| | throughput ratio | CPU per request ratio |\n|---|---|---|\n");
        for (String contender : List.of(ReadBenchmark.ENTITY_PAGE, ReadBenchmark.CACHED)) {
            List<Run> runs = measured.rounds().get(contender);
            List<Run> handWritten = measured.rounds().get(ReadBenchmark.HAND_WRITTEN);
            List<Double> throughput = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                throughput.add(runs.get(i).perSecond() / handWritten.get(i).perSecond());
                cpu.add(handWritten.get(i).cpuMsPerRequest() / runs.get(i).cpuMsPerRequest());
            }
            out.append(String.format(
                    Locale.ROOT, "| %s | %s | %s |%n", contender, Ratios.spread(throughput), Ratios.spread(cpu)));
        }
        if (measured.rounds().containsKey(POSTGRAPHILE + ReadBenchmark.ENTITY_PAGE)) {
            out.append(("%nAgainst PostGraphile over the same database, per round, median [min–max]; CPU counts each"
                            + " server and its PostgreSQL sessions (above 1: Chancery serves more, or spends less):%n%n")
                    .formatted());
            out.append("| | throughput ratio | CPU per request ratio |\n|---|---|---|\n");
            for (String contender : List.of(
                    ReadBenchmark.ENTITY_PAGE,
                    ReadBenchmark.CACHED,
                    ReadBenchmark.TIMELINE,
                    ReadBenchmark.RECOGNIZED,
                    ReadBenchmark.SOURCE,
                    ReadBenchmark.RECENT)) {
                String theirs =
                        POSTGRAPHILE + (contender.equals(ReadBenchmark.CACHED) ? ReadBenchmark.ENTITY_PAGE : contender);
                List<Run> runs = measured.rounds().get(contender);
                List<Run> their = measured.rounds().get(theirs);
                if (their == null) {
                    continue;
                }
                List<Double> throughput = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    throughput.add(runs.get(i).perSecond() / their.get(i).perSecond());
                    cpu.add(their.get(i).cpuMsPerRequest() / runs.get(i).cpuMsPerRequest());
                }
                out.append(String.format(
                        Locale.ROOT, "| %s | %s | %s |%n", contender, Ratios.spread(throughput), Ratios.spread(cpu)));
            }
        }

        out.append("%nOnce each at 1 and at 16 connections (wrk):%n%n".formatted());
        out.append("| query | c=1 requests/s | c=1 p50 ms | c=1 p99 ms | c=1 CPU ms/request"
                + " | c=16 requests/s | c=16 p50 ms | c=16 p99 ms | c=16 CPU ms/request | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String name : measured.rounds().keySet()) {
            Run single = measured.single().get(name);
            Run sixteen = measured.sixteen().get(name);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.2f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %d |%n",
                    name,
                    single.perSecond(),
                    single.p50(),
                    single.p99(),
                    single.cpuMsPerRequest(),
                    sixteen.perSecond(),
                    sixteen.p50(),
                    sixteen.p99(),
                    sixteen.cpuMsPerRequest(),
                    single.errors() + sixteen.errors()));
        }
        out.append(String.format(
                Locale.ROOT,
                "%nThe entity page against the hand-written one, by throughput: %s× at c=1, %s× at c=16.%n",
                ratio(measured.single(), ReadBenchmark.ENTITY_PAGE),
                ratio(measured.sixteen(), ReadBenchmark.ENTITY_PAGE)));

        out.append(String.format(
                Locale.ROOT,
                ("%nOnce each at a fixed rate, about half the median throughput at %d connections"
                        + " (autocannon -R over %d connections: each connection's share of a second sent back to"
                        + " back as the second begins; latencies in whole milliseconds, not corrected for"
                        + " coordinated omission):%n%n"),
                setting.connections(),
                setting.connections()));
        out.append(
                "| query | asked requests/s | done requests/s | p50 ms | p99 ms | server CPU ms/request | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String name : measured.rounds().keySet()) {
            FixedRate fixed = measured.fixedRate().get(name);
            Run run = fixed.run();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.0f | %.0f | %.2f | %d |%n",
                    name,
                    fixed.asked(),
                    run.perSecond(),
                    run.p50(),
                    run.p99(),
                    run.cpuMsPerRequest(),
                    run.errors()));
        }
        out.append('\n');
        return out.toString();
    }

    /** Appends a line per contender to {@code results}: the medians of the rounds. */
    static void append(Path results, Setting setting, Measured measured) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(results) || Files.size(results) == 0) {
            lines.add(RESULTS_HEADER);
        }
        measured.rounds()
                .forEach((name, runs) -> lines.add(String.format(
                        Locale.ROOT,
                        "%d\t%s\t%s\t%d\t%.3f\t%.3f\t%.1f\t%.3f",
                        setting.claims(),
                        setting.database(),
                        name,
                        setting.connections(),
                        median(runs, Run::p50),
                        median(runs, Run::p99),
                        median(runs, Run::perSecond),
                        median(runs, Run::cpuMsPerRequest))));
        Files.write(results, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** 10k, 100k, 1M: a registry's size as the report and the chart write it. */
    static String size(long claims) {
        if (claims >= 1_000_000 && claims % 1_000_000 == 0) {
            return claims / 1_000_000 + "M";
        }
        if (claims >= 1_000 && claims % 1_000 == 0) {
            return claims / 1_000 + "k";
        }
        return String.format(Locale.ROOT, "%,d", claims);
    }

    static String database(String key) {
        return switch (key) {
            case "h2" -> "H2";
            case "postgres" -> "PostgreSQL";
            default -> key;
        };
    }

    private static String ratio(Map<String, Run> runs, String contender) {
        return String.format(
                Locale.ROOT,
                "%.2f",
                runs.get(contender).perSecond()
                        / runs.get(ReadBenchmark.HAND_WRITTEN).perSecond());
    }

    private static double median(List<Run> runs, Function<Run, Double> figure) {
        return Ratios.median(runs.stream().map(figure).toList());
    }
}
