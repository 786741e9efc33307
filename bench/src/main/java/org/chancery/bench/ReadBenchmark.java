package org.chancery.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read benchmarks over HTTP: the queries of {@code docs/graphql.md} against a registry loaded from a
 * generated dataset, and the entity page against its hand-written baseline in the same server. Before
 * anything is timed, a scripted round of {@link Corrections} gives the registry a history for
 * {@code knownAt} to search, and every answer is checked. A load generator ({@code wrk}) runs in a second process on 127.0.0.1. After a discarded warm-up, each round runs
 * every contender once, in a shuffled order; the server's CPU time per request is read from
 * {@code /proc/PID/stat} around each run. Prints a Markdown report.
 *
 * <pre>ReadBenchmark DATASET [h2|postgres] [ROUNDS] [SECONDS] [CONNECTIONS]</pre>
 *
 * <p>With 0 rounds it only checks: the dataset loads, the round of corrections is accepted, every query
 * answers without errors, {@code knownAt} answers from history, and the hand-written page answers what
 * GraphQL answers. Nothing is timed.
 */
public final class ReadBenchmark {

    static final String ENTITY_PAGE = "entity page";
    static final String CACHED = "entity page, cached";
    static final String HAND_WRITTEN = "entity page, hand-written";
    private static final String RECOGNIZED = "who recognizes E2 in 2015";
    private static final String KNOWN_AT = "the same, knownAt";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path JAR = ROOT.resolve("app/target/chancery.jar");
    private static final Path BENCH_CLASSES = ROOT.resolve("bench/target/classes");
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final long TICKS_PER_SECOND = 100;

    /** One thing to time: a GraphQL query of the tour, or the hand-written page. */
    record Contender(String name, String path, String body, Map<String, String> headers) {

        boolean graphql() {
            return !body.isEmpty();
        }
    }

    /** What one wrk run measured, and the server CPU it cost. */
    record Run(double perSecond, double p50, double p99, long requests, long errors, double cpuMsPerRequest) {}

    private ReadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]).toAbsolutePath();
        String database = args.length > 1 ? args[1] : "h2";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int connections = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        // stopped from outside, it leaves no server or load generator behind
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly)));
        Path work = Files.createTempDirectory("chancery-read-bench");
        String scratch = "chancery_bench_"
                + work.getFileName().toString().replaceAll("\\W", "").toLowerCase(Locale.ROOT);
        List<String> settings = settings(database, work, scratch);

        run(
                work,
                Duration.ofMinutes(60),
                java("-Xmx256m", "-jar", JAR.toString(), "import", dataset.toString()),
                settings);
        int port = 18000 + new Random().nextInt(1000);
        List<String> server = java(
                "-Xms512m",
                "-Xmx512m",
                "-Dloader.path=" + BENCH_CLASSES,
                "-cp",
                JAR.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--management.endpoint.health.probes.enabled=true",
                "--logging.level.root=WARN");
        server.addAll(settings);
        ProcessBuilder starting = new ProcessBuilder(server)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("server.log").toFile());
        String password = password();
        starting.environment().put("CHANCERY_ADMIN_PASSWORD", password);
        Process app = starting.start();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitReady(base, app);
            Corrections.Round corrections = Corrections.run(base, password);
            List<Contender> contenders = contenders(corrections.before());
            check(base, contenders);
            if (rounds == 0) {
                System.out.printf(
                        "%s on %s: %d corrections made, %d queries answer, knownAt answers from history,"
                                + " the hand-written page equals GraphQL's%n",
                        dataset.getFileName(), database, corrections.corrections(), contenders.size());
                return;
            }
            Map<String, List<Run>> results = new LinkedHashMap<>();
            contenders.forEach(c -> results.put(c.name(), new ArrayList<>()));
            for (Contender contender : contenders) {
                wrk(work, base, contender, Math.max(3, seconds / 2), connections, app.pid());
            }
            Random order = new Random(42);
            for (int round = 0; round < rounds; round++) {
                List<Contender> shuffled = new ArrayList<>(contenders);
                Collections.shuffle(shuffled, order);
                for (Contender contender : shuffled) {
                    results.get(contender.name()).add(wrk(work, base, contender, seconds, connections, app.pid()));
                }
            }
            System.out.print(report(dataset, database, rounds, seconds, connections, results));
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
            app.destroyForcibly().waitFor();
            if (database.equals("postgres")) {
                run(work, Duration.ofMinutes(1), psql("DROP DATABASE " + scratch), List.of());
            }
        }
    }

    /**
     * The queries of the tour, with variables that fit every generated dataset, and the baseline. Every
     * GraphQL request asks to be executed afresh ({@code Cache-Control: no-cache}) but the cached entity page,
     * so that a response cache shows only in that contender.
     */
    static List<Contender> contenders(Instant knownAt) throws IOException {
        String tour = Files.readString(ROOT.resolve("docs/graphql.md"), StandardCharsets.UTF_8);
        List<String> queries = new ArrayList<>();
        Matcher block = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(tour);
        while (block.find()) {
            queries.add(block.group(1));
        }
        Map<String, String> fresh = Map.of("Content-Type", "application/json", "Cache-Control", "no-cache");
        List<Contender> contenders = new ArrayList<>();
        contenders.add(graphql(ENTITY_PAGE, queries.get(0), Map.of("id", "E1"), fresh));
        contenders.add(graphql(CACHED, queries.get(0), Map.of("id", "E1"), Map.of("Content-Type", "application/json")));
        contenders.add(new Contender(HAND_WRITTEN, "/bench/entity-page?id=E1", "", Map.of()));
        contenders.add(graphql("timeline", queries.get(1), Map.of("id", "E1"), fresh));
        contenders.add(graphql(RECOGNIZED, queries.get(2), Map.of("id", "E2", "on", "2015"), fresh));
        contenders.add(graphql(
                KNOWN_AT, queries.get(2), Map.of("id", "E2", "on", "2015", "knownAt", knownAt.toString()), fresh));
        contenders.add(graphql("what a source says", queries.get(3), Map.of("id", "S1"), fresh));
        contenders.add(graphql("recent changes", queries.get(4), Map.of(), fresh));
        return contenders;
    }

    private static Contender graphql(
            String name, String query, Map<String, Object> variables, Map<String, String> headers) {
        return new Contender(
                name,
                "/graphql",
                JSON.writeValueAsString(Map.of("query", query, "variables", variables)),
                new TreeMap<>(headers));
    }

    /**
     * Every query must answer without errors; the hand-written page and the cached one must answer exactly
     * what GraphQL answers, and {@code knownAt} must not answer what the registry says now, or their times
     * mean nothing.
     */
    private static void check(String base, List<Contender> contenders) throws Exception {
        Map<String, JsonNode> answers = new HashMap<>();
        for (Contender contender : contenders) {
            JsonNode answer = JSON.readTree(fetch(base, contender));
            if (contender.graphql()
                    && (answer.has("errors") || answer.path("data").isMissingNode())) {
                throw new IllegalStateException(contender.name() + " failed: " + answer);
            }
            answers.put(contender.name(), answer);
        }
        for (String same : List.of(HAND_WRITTEN, CACHED)) {
            if (!answers.get(ENTITY_PAGE).equals(answers.get(same))) {
                throw new IllegalStateException("%s differs from GraphQL's:%n%s%n%s"
                        .formatted(same, answers.get(ENTITY_PAGE), answers.get(same)));
            }
        }
        JsonNode then = answers.get(KNOWN_AT);
        if (then.at("/data/claims/edges").isEmpty() || then.equals(answers.get(RECOGNIZED))) {
            throw new IllegalStateException(
                    "knownAt does not answer from history: " + then + "\nnow: " + answers.get(RECOGNIZED));
        }
    }

    private static String fetch(String base, Contender contender) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + contender.path())).timeout(Duration.ofMinutes(1));
        contender.headers().forEach(request::header);
        if (contender.graphql()) {
            request.POST(HttpRequest.BodyPublishers.ofString(contender.body()));
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(contender.name() + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** One wrk run of {@code seconds} at {@code connections}, with the server's CPU time around it. */
    private static Run wrk(Path work, String base, Contender contender, int seconds, int connections, long pid)
            throws Exception {
        List<String> command = new ArrayList<>(
                List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "--latency"));
        contender.headers().forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        if (contender.graphql()) {
            Path script = work.resolve("post.lua");
            Files.writeString(
                    script, "wrk.method = \"POST\"\nwrk.body = " + JSON.writeValueAsString(contender.body()) + "\n");
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(base + contender.path());
        long before = cpuTicks(pid);
        String out = run(work, Duration.ofSeconds(seconds + 60), command, List.of());
        long ticks = cpuTicks(pid) - before;
        long requests = (long) number(out, "(\\d+) requests in");
        long errors = out.contains("Non-2xx") ? (long) number(out, "Non-2xx or 3xx responses: (\\d+)") : 0;
        return new Run(
                number(out, "Requests/sec:\\s+([\\d.]+)"),
                millis(out, "50%"),
                millis(out, "99%"),
                requests,
                errors,
                requests == 0 ? 0 : ticks * 1000.0 / TICKS_PER_SECOND / requests);
    }

    /** User and system CPU time of process {@code pid}, in clock ticks. */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static double number(String text, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(text);
        if (!found.find()) {
            throw new IllegalStateException("no " + pattern + " in:\n" + text);
        }
        return Double.parseDouble(found.group(1));
    }

    /** A latency percentile of wrk's output, in milliseconds. */
    private static double millis(String text, String percentile) {
        Matcher found = Pattern.compile(percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(text);
        if (!found.find()) {
            throw new IllegalStateException("no " + percentile + " in:\n" + text);
        }
        double value = Double.parseDouble(found.group(1));
        return switch (found.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    static String report(
            Path dataset, String database, int rounds, int seconds, int connections, Map<String, List<Run>> results) {
        StringBuilder out = new StringBuilder();
        out.append("%s on %s: %d rounds of %d s a contender, %d connections, after a warm-up%n%n"
                .formatted(dataset.getFileName(), database, rounds, seconds, connections));
        out.append("| query | requests/s (median) | p50 ms | p99 ms | server CPU ms/request | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        results.forEach((name, runs) -> out.append("| %s | %.0f | %.2f | %.2f | %.2f | %d |%n"
                .formatted(
                        name,
                        Ratios.median(runs.stream().map(Run::perSecond).toList()),
                        Ratios.median(runs.stream().map(Run::p50).toList()),
                        Ratios.median(runs.stream().map(Run::p99).toList()),
                        Ratios.median(runs.stream().map(Run::cpuMsPerRequest).toList()),
                        runs.stream().mapToLong(Run::errors).sum())));
        List<Run> handWritten = results.get(HAND_WRITTEN);
        for (String contender : List.of(ENTITY_PAGE, CACHED)) {
            List<Run> runs = results.get(contender);
            List<Double> throughput = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                throughput.add(runs.get(i).perSecond() / handWritten.get(i).perSecond());
                cpu.add(handWritten.get(i).cpuMsPerRequest() / runs.get(i).cpuMsPerRequest());
            }
            out.append("%n%s against the hand-written page, per round: throughput %s, CPU per request %s%n"
                    .formatted(contender, Ratios.spread(throughput), Ratios.spread(cpu)));
        }
        return out.toString();
    }

    /** A fresh password for {@code admin}, who is created with it when the server first starts. */
    private static String password() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The server's settings; on PostgreSQL, in the new database {@code scratch}. */
    private static List<String> settings(String database, Path work, String scratch) throws Exception {
        List<String> settings = new ArrayList<>(List.of("--chancery.seed.enabled=false"));
        if (database.equals("postgres")) {
            run(work, Duration.ofMinutes(1), psql("CREATE DATABASE " + scratch), List.of());
            settings.addAll(List.of(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + POSTGRES + scratch,
                    "--spring.datasource.username=postgres"));
        }
        return settings;
    }

    private static List<String> psql(String command) {
        return List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-c", command);
    }

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs {@code command} with {@code more} arguments in {@code work}; its output. A command that outlasts
     * {@code bound} is killed and fails.
     */
    private static String run(Path work, Duration bound, List<String> command, List<String> more) throws Exception {
        List<String> all = new ArrayList<>(command);
        all.addAll(more);
        Path output = Files.createTempFile(work, "run", ".log");
        Process process = new ProcessBuilder(all)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(bound.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("timed out after %s: %s".formatted(bound, all));
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + all + "\n" + text);
        }
        return text;
    }

    /** Waits until the server is ready: started, and its first user created. */
    private static void awaitReady(String base, Process app) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 240 && app.isAlive(); i++) {
            try {
                HttpResponse<String> health = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not start");
    }
}
