package org.chancery.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile searches against valid ones, in one run: each load runs {@code SECONDS} at {@code CONNECTIONS}
 * at once against a fresh server of its own (the packaged application, H2, the founding dataset, the JVM's
 * default heap as the README starts it, rate limits off so that the bounds alone are measured). The valid
 * load searches entity names; the hostile one sends 10 MB searches (refused by the size of the body before
 * it is read) and 7.5 MB ones (read, then refused by the search's bound). Meanwhile health is asked every
 * half second. Reports each load's peak RSS ({@code VmHWM}), its answers by status and classification,
 * and how health answered; the hostile answers must all be BAD_REQUEST, 413 or 429.
 *
 * <pre>HostileLoadBenchmark [SECONDS] [CONNECTIONS]</pre>
 */
public final class HostileLoadBenchmark {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern PEAK_RSS = Pattern.compile("VmHWM:\\s+(\\d+) kB");
    private static final String SEARCH = "query($s: String) { entities(filter: {search: $s}) { totalCount } }";

    /** What one load measured. */
    record Load(String name, long requests, Map<String, Long> answers, long peakRssKb, Health health) {}

    /** How health answered during a load: how often, the slowest answer, and the failures. */
    record Health(long asked, long slowestMs, long failed) {}

    private HostileLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly)));
        List<String> names = List.of("russia", "lugansk", "donetsk", "tass", "ministry", "embassy");
        Random random = new Random(42);
        byte[] tooLarge = body("ab ".repeat(10 * 1024 * 1024 / 3));
        byte[] overBound = body("ab ".repeat(15 * 1024 * 1024 / 6));

        Load valid = load("valid searches", seconds, connections, () -> body(names.get(random.nextInt(names.size()))));
        AtomicLong turn = new AtomicLong();
        Load hostile = load(
                "hostile searches", seconds, connections, () -> turn.incrementAndGet() % 2 == 0 ? tooLarge : overBound);

        System.out.print(report(List.of(valid, hostile), seconds, connections));
        boolean clean = hostile.answers().keySet().stream()
                .allMatch(k -> k.equals("413 BAD_REQUEST") || k.startsWith("200 BAD_REQUEST") || k.startsWith("429"));
        if (!clean || hostile.health().failed() > 0 || valid.health().failed() > 0) {
            throw new IllegalStateException("a hostile answer outside the contract, or health failed");
        }
    }

    private static Load load(String name, int seconds, int connections, Supplier<byte[]> bodies) throws Exception {
        Path work = Files.createTempDirectory("chancery-hostile-bench");
        int port = 18000 + new Random().nextInt(1000);
        ProcessBuilder starting = new ProcessBuilder(ReadBenchmark.java(
                        "-jar",
                        ReadBenchmark.JAR.toString(),
                        "--server.address=127.0.0.1",
                        "--server.port=" + port,
                        "--chancery.rate-limit.enabled=false",
                        "--management.endpoint.health.probes.enabled=true"))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("server.log").toFile());
        starting.environment().put("CHANCERY_ADMIN_PASSWORD", ReadBenchmark.password());
        Process app = starting.start();
        try {
            String base = "http://127.0.0.1:" + port;
            ReadBenchmark.awaitReady(base, app);
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            Map<String, Long> answers = new ConcurrentHashMap<>();
            AtomicLong requests = new AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService clients = Executors.newFixedThreadPool(connections + 1);
            for (int i = 0; i < connections; i++) {
                clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        requests.incrementAndGet();
                        answers.merge(send(http, base, bodies.get()), 1L, Long::sum);
                    }
                    return null;
                });
            }
            long[] health = {0, 0, 0};
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    boolean up = health(http, base);
                    health[0]++;
                    health[1] = Math.max(health[1], TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    health[2] += up ? 0 : 1;
                    Thread.sleep(500);
                }
                return null;
            });
            clients.shutdown();
            if (!clients.awaitTermination(seconds + 120L, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the load did not end");
            }
            long peak = peakRss(app.pid());
            return new Load(
                    name, requests.get(), new TreeMap<>(answers), peak, new Health(health[0], health[1], health[2]));
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
            app.destroyForcibly().waitFor();
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** The answer's status and the classification of its first error, if any. */
    private static String send(HttpClient http, String base, byte[] body) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/graphql"))
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            JsonNode kind = answer.at("/errors/0/extensions/classification");
            return (response.statusCode() + " " + (kind.isMissingNode() ? "" : kind.asString())).strip();
        } catch (IOException e) {
            return "no answer (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (RuntimeException e) {
            return "unreadable answer";
        }
    }

    private static boolean health(HttpClient http, String base) throws InterruptedException {
        try {
            return http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                            .timeout(Duration.ofSeconds(10))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static long peakRss(long pid) throws IOException {
        Matcher peak = PEAK_RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        return peak.find() ? Long.parseLong(peak.group(1)) : -1;
    }

    private static byte[] body(String search) {
        return JSON.writeValueAsString(Map.of("query", SEARCH, "variables", Map.of("s", search)))
                .getBytes(StandardCharsets.UTF_8);
    }

    static String report(List<Load> loads, int seconds, int connections) {
        StringBuilder report = new StringBuilder()
                .append(String.format(
                        Locale.ROOT,
                        "### Hostile searches against valid ones, %d s each at %d connections%n%n",
                        seconds,
                        connections))
                .append("| load | requests | answers | peak RSS | health: asked, slowest, failed |\n")
                .append("|---|---|---|---|---|\n");
        for (Load load : loads) {
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %d MB | %d, %d ms, %d |%n",
                    load.name(),
                    load.requests(),
                    load.answers().entrySet().stream()
                            .map(e -> e.getValue() + " × " + e.getKey())
                            .reduce((a, b) -> a + "; " + b)
                            .orElse("none"),
                    load.peakRssKb() / 1024,
                    load.health().asked(),
                    load.health().slowestMs(),
                    load.health().failed()));
        }
        report.append(String.format(
                Locale.ROOT,
                "%nPeak RSS under the hostile load: %.2f× that under the valid one.%n",
                (double) loads.get(1).peakRssKb() / loads.get(0).peakRssKb()));
        return report.toString();
    }
}
