package org.chancery.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.chancery.bench.ReadBenchmark.Contender;
import org.chancery.bench.ReadBenchmark.Run;
import org.chancery.bench.ReadBenchmark.Server;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A news site's day: the entity pages of {@code E1} to {@code E1000}, the k-th most read with a weight of
 * 1/k (Zipf's law), and for every four pages one "who recognizes X in 2015" over {@code E3} to
 * {@code E102} (the first hundred polities), read at a number of connections while a curator corrects one
 * claim a second through Chancery's GraphQL ({@link CorrectionRound.Writer}). Chancery answers as it
 * would a front end, from its cache where a change has not touched what an answer read; PostGraphile, on
 * PostgreSQL, answers the same questions over the same database, with the same corrections going on.
 * Each round runs each contender once, in a shuffled order, after a discarded warm-up; requests come in
 * the same order for both, from one seed.
 */
final class MixedWorkload {

    static final String NAME = "news site's day";

    private static final int PAGES = 1_000;
    private static final int FIRST_POLITY = 3;
    private static final int POLITIES = 100;
    private static final double PAGE_SHARE = 0.8;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** What the rounds of one contender measured, and the corrections made meanwhile. */
    record Result(List<Run> runs, int corrections, int failed) {}

    private MixedWorkload() {}

    /** How long each run lasts: long enough for a dozen corrections. */
    static int seconds(int seconds) {
        return Math.max(12, 3 * seconds);
    }

    /**
     * Runs the day against Chancery and, where {@code servers} has it, PostGraphile; their questions are
     * those of {@code contenders}, with other ids. Before anything is timed, both must answer the same
     * for a few of the ids.
     */
    static Map<String, Result> run(
            Path work,
            Map<Boolean, Server> servers,
            List<Contender> contenders,
            String password,
            int rounds,
            int seconds,
            int connections)
            throws Exception {
        Map<String, Contender> byName = new HashMap<>();
        contenders.forEach(c -> byName.put(c.name(), c));
        List<Contender> day = new ArrayList<>();
        day.add(contender(work, NAME, false, byName, id -> "E" + id, id -> Map.of("id", "E" + id, "on", "2015")));
        if (servers.containsKey(true)) {
            day.add(contender(
                    work,
                    ReadReport.POSTGRAPHILE + NAME,
                    true,
                    byName,
                    String::valueOf,
                    id -> Map.of("id", String.valueOf(id), "firstDay", "2015-01-01", "lastDay", "2015-12-31")));
            sameAnswers(servers, byName);
        }
        String chancery = servers.get(false).base();
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        Map<String, int[]> corrections = new HashMap<>();
        for (Contender contender : day) {
            ReadBenchmark.wrk(work, servers.get(contender.postGraphile()), contender, 2, connections);
            runs.put(contender.name(), new ArrayList<>());
            corrections.put(contender.name(), new int[2]);
        }
        Random order = new Random(42);
        for (int round = 0; round < rounds; round++) {
            for (Contender contender : ReadBenchmark.shuffled(day, order)) {
                CorrectionRound.Writer writer = CorrectionRound.Writer.start(chancery, password, PAGES);
                try {
                    runs.get(contender.name())
                            .add(ReadBenchmark.wrk(
                                    work, servers.get(contender.postGraphile()), contender, seconds, connections));
                } finally {
                    writer.close();
                }
                corrections.get(contender.name())[0] += writer.made();
                corrections.get(contender.name())[1] += writer.failed();
            }
        }
        Map<String, Result> results = new LinkedHashMap<>();
        runs.forEach((name, measured) -> results.put(
                name, new Result(measured, corrections.get(name)[0], corrections.get(name)[1])));
        return results;
    }

    /**
     * The contender whose wrk script asks the day's questions: the documents of the entity page and of
     * "who recognizes" that {@code byName} holds under the name {@code prefix} gives, with each entity's
     * {@code id} and the variables of {@code recognized}.
     */
    private static Contender contender(
            Path work,
            String name,
            boolean postGraphile,
            Map<String, Contender> byName,
            Function<Integer, String> id,
            Function<Integer, Map<String, Object>> recognized)
            throws Exception {
        String prefix = postGraphile ? ReadReport.POSTGRAPHILE : "";
        String page = query(byName.get(prefix + ReadBenchmark.ENTITY_PAGE));
        String recognizes = query(byName.get(prefix + ReadBenchmark.RECOGNIZED));
        double harmonic = 0;
        for (int k = 1; k <= PAGES; k++) {
            harmonic += 1.0 / k;
        }
        StringBuilder bodies = new StringBuilder();
        StringBuilder cumulative = new StringBuilder();
        double sum = 0;
        for (int k = 1; k <= PAGES + POLITIES; k++) {
            String body;
            if (k <= PAGES) {
                sum += PAGE_SHARE / k / harmonic;
                body = JSON.writeValueAsString(Map.of("query", page, "variables", Map.of("id", id.apply(k))));
            } else {
                sum += (1 - PAGE_SHARE) / POLITIES;
                body = JSON.writeValueAsString(
                        Map.of("query", recognizes, "variables", recognized.apply(FIRST_POLITY + k - PAGES - 1)));
            }
            bodies.append("[==[").append(body).append("]==],\n");
            cumulative
                    .append(k == PAGES + POLITIES ? "1" : Double.toString(sum))
                    .append(",\n");
        }
        Path script = work.resolve((postGraphile ? "postgraphile-" : "chancery-") + "day.lua");
        Files.writeString(script, String.format(Locale.ROOT, """
                math.randomseed(42)
                wrk.method = "POST"
                local bodies = {
                %s}
                local cumulative = {
                %s}
                request = function()
                  local r, low, high = math.random(), 1, #cumulative
                  while low < high do
                    local middle = math.floor((low + high) / 2)
                    if cumulative[middle] < r then low = middle + 1 else high = middle end
                  end
                  return wrk.format(nil, nil, nil, bodies[low])
                end
                """, bodies, cumulative));
        return new Contender(name, postGraphile, "/graphql", "", Map.of("Content-Type", "application/json"), script);
    }

    /** Both servers answer the day's questions alike, for a few of the entities. */
    private static void sameAnswers(Map<Boolean, Server> servers, Map<String, Contender> byName) throws Exception {
        for (int k : List.of(1, 2, 3, 57, 302, 640, PAGES)) {
            same(servers, byName, ReadBenchmark.ENTITY_PAGE, Map.of("id", "E" + k), Map.of("id", String.valueOf(k)));
        }
        for (int k : List.of(FIRST_POLITY, 40, FIRST_POLITY + POLITIES - 1)) {
            same(
                    servers,
                    byName,
                    ReadBenchmark.RECOGNIZED,
                    Map.of("id", "E" + k, "on", "2015"),
                    Map.of("id", String.valueOf(k), "firstDay", "2015-01-01", "lastDay", "2015-12-31"));
        }
    }

    private static void same(
            Map<Boolean, Server> servers,
            Map<String, Contender> byName,
            String question,
            Map<String, Object> ours,
            Map<String, Object> theirs)
            throws Exception {
        JsonNode our = answer(servers.get(false), byName.get(question), ours);
        JsonNode their = answer(servers.get(true), byName.get(ReadReport.POSTGRAPHILE + question), theirs);
        List<JsonNode> content = SameContent.of(question, our, their);
        if (!content.get(0).equals(content.get(1))) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "PostGraphile says other than Chancery of %s %s:%n%s%n%s",
                    question,
                    ours,
                    content.get(0),
                    content.get(1)));
        }
    }

    private static JsonNode answer(Server server, Contender contender, Map<String, Object> variables) throws Exception {
        Contender asked = new Contender(
                contender.name(),
                contender.postGraphile(),
                contender.path(),
                JSON.writeValueAsString(Map.of("query", query(contender), "variables", variables)),
                contender.headers());
        JsonNode answer = JSON.readTree(ReadBenchmark.fetch(server.base(), asked));
        if (answer.has("errors")) {
            throw new IllegalStateException(contender.name() + " failed: " + answer);
        }
        return answer;
    }

    private static String query(Contender contender) {
        return JSON.readTree(contender.body()).get("query").asString();
    }

    /** The day's section of the report: each contender's medians, and Chancery against PostGraphile. */
    static String markdown(Map<String, Result> day, int seconds, int connections) {
        StringBuilder out = new StringBuilder();
        Result ours = day.get(NAME);
        out.append(String.format(
                Locale.ROOT,
                ("A news site's day: entity pages of 1,000 entities by Zipf's law and, for every four, one"
                        + " \"who recognizes X in 2015\" over 100 entities, at %d connections for %d s a run,"
                        + " while a curator corrects a claim a second through Chancery; %d %s, medians.%n%n"),
                connections,
                seconds,
                ours.runs().size(),
                ours.runs().size() == 1 ? "round" : "rounds"));
        out.append(
                "| contender | requests/s | p50 ms | p99 ms | CPU ms/request | corrections made (failed) | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        day.forEach((name, result) -> out.append(String.format(
                Locale.ROOT,
                "| %s | %.0f | %.2f | %.2f | %.2f | %d (%d) | %d |%n",
                name,
                median(result.runs(), Run::perSecond),
                median(result.runs(), Run::p50),
                median(result.runs(), Run::p99),
                median(result.runs(), Run::cpuMsPerRequest),
                result.corrections(),
                result.failed(),
                result.runs().stream().mapToLong(Run::errors).sum())));
        Result theirs = day.get(ReadReport.POSTGRAPHILE + NAME);
        if (theirs != null) {
            List<Double> throughput = new ArrayList<>();
            List<Double> p99 = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < ours.runs().size(); i++) {
                Run our = ours.runs().get(i);
                Run their = theirs.runs().get(i);
                throughput.add(our.perSecond() / their.perSecond());
                p99.add(their.p99() / our.p99());
                cpu.add(their.cpuMsPerRequest() / our.cpuMsPerRequest());
            }
            out.append(String.format(
                    Locale.ROOT,
                    ("%nAgainst PostGraphile, per round, median [min–max] (above 1: Chancery serves more, answers"
                            + " sooner at p99, or spends less): throughput %s, p99 %s, CPU per request %s.%n"),
                    Ratios.spread(throughput),
                    Ratios.spread(p99),
                    Ratios.spread(cpu)));
        }
        out.append('\n');
        return out.toString();
    }

    private static double median(List<Run> runs, Function<Run, Double> figure) {
        return Ratios.median(runs.stream().map(figure).toList());
    }
}
