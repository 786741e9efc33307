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
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read benchmarks over HTTP: the queries of {@code docs/graphql.md} against a registry loaded from a
 * generated dataset, and the entity page against its hand-written baseline in the same server. Before
 * anything is timed, a scripted round of {@link CorrectionRound} gives the registry a history, and every
 * answer is checked. Load generators run in a second process on 127.0.0.1: after a discarded warm-up,
 * each round runs every contender once with {@code wrk} at {@code CONNECTIONS}, in a shuffled order; then
 * each contender runs once at 1 and at 16 connections, and once at a fixed rate with {@code autocannon}
 * (about half its throughput in the rounds). The server's CPU time per request is read from
 * {@code /proc/PID/stat} around each run. Prints a Markdown report; with {@code -Dbench.results=FILE},
 * appends one line per contender to that file for the {@link Chart}.
 *
 * <pre>ReadBenchmark DATASET [h2|postgres] [ROUNDS] [SECONDS] [CONNECTIONS] [ONCE_SECONDS]</pre>
 *
 * <p>With 0 rounds it only checks: the dataset loads, the round of corrections is accepted, every query
 * answers without errors, {@code knownAt} answers from history, and the hand-written page answers what
 * GraphQL answers. Nothing is timed and nothing is installed.
 */
public final class ReadBenchmark {

    static final String ENTITY_PAGE = "entity page";
    static final String CACHED = "entity page, cached";
    static final String HAND_WRITTEN = "entity page, hand-written";
    static final String TIMELINE = "timeline";
    static final String RECOGNIZED = "who recognizes E2 in 2015";
    static final String SOURCE = "what a source says";
    static final String RECENT = "recent changes";
    private static final String KNOWN_AT = "the same, knownAt";
    private static final String CHANCERY = "chancery";

    /** The questions PostGraphile answers too, by the file of its query and its variables. */
    private static final Map<String, Map.Entry<String, Map<String, Object>>> POSTGRAPHILE_QUERIES = Map.of(
            ENTITY_PAGE, Map.entry("entity-page", Map.of("id", "1")),
            TIMELINE, Map.entry("timeline", Map.of("id", "1")),
            RECOGNIZED,
                    Map.entry("recognized-by", Map.of("id", "2", "firstDay", "2015-01-01", "lastDay", "2015-12-31")),
            SOURCE, Map.entry("source", Map.of("id", "1")),
            RECENT, Map.entry("recent-changes", Map.of()));

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("app/target/chancery.jar");
    private static final Path POSTGRAPHILE_QUERY_FILES = ROOT.resolve("bench/postgraphile/queries");
    private static final Path BENCH_CLASSES = ROOT.resolve("bench/target/classes");
    private static final Path AUTOCANNON = ROOT.resolve("bench/target/autocannon");
    private static final String AUTOCANNON_VERSION = "9.0.0";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final long TICKS_PER_SECOND = 100;

    /**
     * A server under load, and how much CPU it has used: its own process and, on PostgreSQL, the
     * database sessions of its {@code application} name.
     */
    record Server(String base, long pid, @Nullable String application) {

        long cpuTicks(Path work) throws Exception {
            long ticks = ReadBenchmark.cpuTicks(pid);
            if (application != null) {
                String backends = run(
                        work,
                        Duration.ofMinutes(1),
                        psql("SELECT pid FROM pg_stat_activity WHERE application_name = '" + application + "'"),
                        List.of("-At"));
                for (String backend : backends.strip().split("\\s+")) {
                    if (!backend.isEmpty()) {
                        ticks += ReadBenchmark.cpuTicks(Long.parseLong(backend));
                    }
                }
            }
            return ticks;
        }
    }

    /**
     * One thing to time: a GraphQL query of the tour, or the hand-written page, on Chancery or PostGraphile;
     * or a wrk {@code script} that picks each request.
     */
    record Contender(
            String name,
            boolean postGraphile,
            String path,
            String body,
            Map<String, String> headers,
            @Nullable Path script) {

        Contender(String name, boolean postGraphile, String path, String body, Map<String, String> headers) {
            this(name, postGraphile, path, body, headers, null);
        }

        boolean graphql() {
            return !body.isEmpty();
        }
    }

    /** What one run measured, and the server CPU it cost. */
    record Run(double perSecond, double p50, double p99, long requests, long errors, double cpuMsPerRequest) {}

    /** A run at a fixed rate: the rate asked for, in requests per second, and what it measured. */
    record FixedRate(long asked, Run run) {}

    /** Everything timed in one configuration, by contender. */
    record Measured(
            Map<String, List<Run>> rounds,
            Map<String, Run> single,
            Map<String, Run> sixteen,
            Map<String, FixedRate> fixedRate) {}

    private ReadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]).toAbsolutePath();
        String database = args.length > 1 ? args[1] : "h2";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int connections = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        int onceSeconds = args.length > 5 ? Integer.parseInt(args[5]) : seconds;
        String results = System.getProperty("bench.results");
        // stopped from outside (bench/run bounds it with timeout), it leaves no server or load generator behind
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly)));
        long claims = claims(dataset);
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
        PostGraphile postGraphile = null;
        boolean done = false;
        try {
            String base = "http://127.0.0.1:" + port;
            awaitReady(base, app);
            CorrectionRound.Round corrections = CorrectionRound.run(base, password);
            List<Contender> contenders = contenders(corrections.before());
            check(base, contenders);
            Map<Boolean, Server> servers = new HashMap<>();
            servers.put(false, new Server(base, app.pid(), database.equals("postgres") ? CHANCERY : null));
            if (rounds > 0 && database.equals("postgres")) {
                postGraphile = PostGraphile.start(work, scratch, port + 1);
                servers.put(true, new Server(postGraphile.base(), postGraphile.pid(), PostGraphile.NAME));
                contenders.addAll(postGraphile(base, postGraphile.base(), contenders));
            }
            if (rounds == 0) {
                System.out.printf(
                        "%s on %s: %d corrections made, %d queries answer, knownAt answers from history,"
                                + " the hand-written page equals GraphQL's%n",
                        dataset.getFileName(), database, corrections.corrections(), contenders.size());
                done = true;
                return;
            }
            Path autocannon = autocannon(work);
            Measured measured = time(work, servers, contenders, autocannon, rounds, seconds, connections, onceSeconds);
            ReadReport.Setting setting =
                    new ReadReport.Setting(claims, database, rounds, seconds, connections, onceSeconds, corrections);
            Map<String, MixedWorkload.Result> day = MixedWorkload.run(
                    work, servers, contenders, password, rounds, MixedWorkload.seconds(seconds), connections);
            System.out.print(ReadReport.markdown(setting, measured));
            System.out.print(MixedWorkload.markdown(day, MixedWorkload.seconds(seconds), connections));
            if (results != null) {
                ReadReport.append(Path.of(results), setting, measured);
            }
            done = true;
        } finally {
            if (postGraphile != null) {
                postGraphile.close();
            }
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
            app.destroyForcibly().waitFor();
            if (database.equals("postgres")) {
                run(work, Duration.ofMinutes(1), psql("DROP DATABASE " + scratch), List.of());
            }
            // an H2 registry of 1M claims takes gigabytes; a failed run's server log is worth a look
            if (done) {
                FileSystemUtils.deleteRecursively(work);
            } else {
                System.err.println("The server's log and database are kept in " + work);
            }
        }
    }

    /**
     * A discarded warm-up, the rounds in a shuffled order each, then each contender once at 1 and at 16
     * connections and once at a fixed rate.
     */
    private static Measured time(
            Path work,
            Map<Boolean, Server> servers,
            List<Contender> contenders,
            Path autocannon,
            int rounds,
            int seconds,
            int connections,
            int onceSeconds)
            throws Exception {
        Random order = new Random(42);
        for (Contender contender : contenders) {
            wrk(work, servers.get(contender.postGraphile()), contender, Math.max(2, seconds / 2), connections);
        }
        Map<String, List<Run>> byRound = new LinkedHashMap<>();
        contenders.forEach(c -> byRound.put(c.name(), new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (Contender contender : shuffled(contenders, order)) {
                byRound.get(contender.name())
                        .add(wrk(work, servers.get(contender.postGraphile()), contender, seconds, connections));
            }
        }
        Map<String, Run> single = new HashMap<>();
        for (Contender contender : shuffled(contenders, order)) {
            single.put(contender.name(), wrk(work, servers.get(contender.postGraphile()), contender, onceSeconds, 1));
        }
        Map<String, Run> sixteen = new HashMap<>();
        for (Contender contender : shuffled(contenders, order)) {
            sixteen.put(contender.name(), wrk(work, servers.get(contender.postGraphile()), contender, onceSeconds, 16));
        }
        Map<String, FixedRate> fixedRate = new HashMap<>();
        for (Contender contender : shuffled(contenders, order)) {
            double saturated = Ratios.median(
                    byRound.get(contender.name()).stream().map(Run::perSecond).toList());
            long rate = Math.max(1, Math.round(saturated / 2));
            fixedRate.put(
                    contender.name(),
                    new FixedRate(
                            rate,
                            atRate(
                                    work,
                                    autocannon,
                                    servers.get(contender.postGraphile()),
                                    contender,
                                    rate,
                                    onceSeconds,
                                    connections)));
        }
        return new Measured(byRound, single, sixteen, fixedRate);
    }

    static List<Contender> shuffled(List<Contender> contenders, Random order) {
        List<Contender> shuffled = new ArrayList<>(contenders);
        Collections.shuffle(shuffled, order);
        return shuffled;
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
        contenders.add(new Contender(HAND_WRITTEN, false, "/bench/entity-page?id=E1", "", Map.of()));
        contenders.add(graphql(TIMELINE, queries.get(1), Map.of("id", "E1"), fresh));
        contenders.add(graphql(RECOGNIZED, queries.get(2), Map.of("id", "E2", "on", "2015"), fresh));
        contenders.add(graphql(
                KNOWN_AT, queries.get(2), Map.of("id", "E2", "on", "2015", "knownAt", knownAt.toString()), fresh));
        contenders.add(graphql(SOURCE, queries.get(3), Map.of("id", "S1"), fresh));
        contenders.add(graphql(RECENT, queries.get(4), Map.of(), fresh));
        return contenders;
    }

    /**
     * PostGraphile's questions, as {@code PostGraphile: } and the name of Chancery's question they ask too,
     * once it is checked that each answers what Chancery does.
     */
    private static List<Contender> postGraphile(String chancery, String postGraphile, List<Contender> ours)
            throws Exception {
        List<Contender> theirs = new ArrayList<>();
        for (Contender our : ours) {
            var query = POSTGRAPHILE_QUERIES.get(our.name());
            if (query == null) {
                continue;
            }
            String document = Files.readString(POSTGRAPHILE_QUERY_FILES.resolve(query.getKey() + ".graphql"));
            Contender their = new Contender(
                    ReadReport.POSTGRAPHILE + our.name(),
                    true,
                    "/graphql",
                    JSON.writeValueAsString(Map.of("query", document, "variables", query.getValue())),
                    Map.of("Content-Type", "application/json"));
            JsonNode answer = JSON.readTree(fetch(postGraphile, their));
            if (answer.has("errors")) {
                throw new IllegalStateException(their.name() + " failed: " + answer);
            }
            List<JsonNode> content = SameContent.of(our.name(), JSON.readTree(fetch(chancery, our)), answer);
            if (!content.get(0).equals(content.get(1))) {
                throw new IllegalStateException(
                        "%s says other than Chancery:%n%s%n%s".formatted(their.name(), content.get(0), content.get(1)));
            }
            theirs.add(their);
        }
        return theirs;
    }

    private static Contender graphql(
            String name, String query, Map<String, Object> variables, Map<String, String> headers) {
        return new Contender(
                name,
                false,
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

    static String fetch(String base, Contender contender) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + contender.path())).timeout(Duration.ofMinutes(1));
        contender.headers().forEach(request::header);
        if (contender.graphql()) {
            request.POST(HttpRequest.BodyPublishers.ofString(contender.body()));
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    contender.name() + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** One wrk run of {@code seconds} at {@code connections}, with the server's CPU time around it. */
    static Run wrk(Path work, Server server, Contender contender, int seconds, int connections) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "--latency"));
        contender.headers().forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        if (contender.script() != null) {
            command.addAll(List.of("-s", contender.script().toString()));
        } else if (contender.graphql()) {
            Path script = work.resolve("post.lua");
            Files.writeString(
                    script, "wrk.method = \"POST\"\nwrk.body = " + JSON.writeValueAsString(contender.body()) + "\n");
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(server.base() + contender.path());
        long before = server.cpuTicks(work);
        String out = run(work, Duration.ofSeconds(seconds + 60), command, List.of());
        long ticks = server.cpuTicks(work) - before;
        long requests = (long) number(out, "(\\d+) requests in");
        long errors = out.contains("Non-2xx") ? (long) number(out, "Non-2xx or 3xx responses: (\\d+)") : 0;
        return new Run(
                number(out, "Requests/sec:\\s+([\\d.]+)"),
                millis(out, "50%"),
                millis(out, "99%"),
                requests,
                errors,
                cpuMsPerRequest(ticks, requests));
    }

    /**
     * One autocannon run of {@code seconds} at {@code rate} requests per second in all, over
     * {@code connections}. autocannon sends each connection's share of a second back to back as the second
     * begins. Its correction for coordinated omission is left off ({@code -C}): this version takes the
     * interval between requests to be 1 ms whatever the rate, so it would count an answer of t ms as t answers
     * of 1 to t ms. Its latencies are whole milliseconds.
     */
    private static Run atRate(
            Path work, Path autocannon, Server server, Contender contender, long rate, int seconds, int connections)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                autocannon.toString(),
                "-c",
                String.valueOf(connections),
                "-R",
                String.valueOf(rate),
                "-d",
                String.valueOf(seconds),
                "-t",
                "10",
                "-C",
                "--json"));
        contender.headers().forEach((name, value) -> command.addAll(List.of("-H", name + "=" + value)));
        if (contender.graphql()) {
            Path body = work.resolve("body.json");
            Files.writeString(body, contender.body());
            command.addAll(List.of("-m", "POST", "-i", body.toString()));
        }
        command.add(server.base() + contender.path());
        long before = server.cpuTicks(work);
        String out = run(work, Duration.ofSeconds(seconds + 60), command, List.of());
        long ticks = server.cpuTicks(work) - before;
        JsonNode result = JSON.readTree(out.lines()
                .filter(line -> line.startsWith("{"))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("no result from autocannon:\n" + out)));
        long requests = result.at("/requests/total").asLong();
        return new Run(
                requests / result.get("duration").asDouble(),
                result.at("/latency/p50").asDouble(),
                result.at("/latency/p99").asDouble(),
                requests,
                result.get("non2xx").asLong()
                        + result.get("errors").asLong()
                        + result.get("timeouts").asLong(),
                cpuMsPerRequest(ticks, requests));
    }

    /** autocannon, pinned, installed under {@code bench/target} with npm unless it is there already. */
    private static Path autocannon(Path work) throws Exception {
        Path installed = AUTOCANNON.resolve("node_modules/autocannon/package.json");
        boolean current = Files.exists(installed)
                && JSON.readTree(installed.toFile()).path("version").asString().equals(AUTOCANNON_VERSION);
        if (!current) {
            Files.createDirectories(AUTOCANNON);
            run(
                    work,
                    Duration.ofMinutes(5),
                    List.of(
                            "npm",
                            "install",
                            "--prefix",
                            AUTOCANNON.toString(),
                            "--no-audit",
                            "--no-fund",
                            "autocannon@" + AUTOCANNON_VERSION),
                    List.of());
        }
        return AUTOCANNON.resolve("node_modules/.bin/autocannon");
    }

    private static double cpuMsPerRequest(long ticks, long requests) {
        return requests == 0 ? 0 : ticks * 1000.0 / TICKS_PER_SECOND / requests;
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

    /** The number of claims in {@code dataset}: one line each. */
    private static long claims(Path dataset) throws IOException {
        try (Stream<String> lines = Files.lines(dataset)) {
            return lines.filter(line -> line.startsWith("{\"type\":\"claim\"")).count();
        }
    }

    /** A fresh password for {@code admin}, who is created with it when the server first starts. */
    static String password() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The server's settings; on PostgreSQL, in the new database {@code scratch}. */
    private static List<String> settings(String database, Path work, String scratch) throws Exception {
        // all the load comes from one address: the rate limits would refuse it
        List<String> settings =
                new ArrayList<>(List.of("--chancery.seed.enabled=false", "--chancery.rate-limit.enabled=false"));
        if (database.equals("postgres")) {
            run(work, Duration.ofMinutes(1), psql("CREATE DATABASE " + scratch), List.of());
            settings.addAll(List.of(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + POSTGRES + scratch + "?ApplicationName=" + CHANCERY,
                    "--spring.datasource.username=postgres"));
        }
        return settings;
    }

    private static List<String> psql(String command) {
        return List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-c", command);
    }

    static List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs {@code command} with {@code more} arguments in {@code work}; its output. A command that outlasts
     * {@code bound} is killed and fails.
     */
    static String run(Path work, Duration bound, List<String> command, List<String> more) throws Exception {
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
    static void awaitReady(String base, Process app) throws Exception {
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
