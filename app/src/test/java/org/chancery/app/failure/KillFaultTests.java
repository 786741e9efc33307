package org.chancery.app.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.app.failure.FaultClient.Answer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged server killed with {@code kill -9} while four clients write: after a restart, every write it
 * acknowledged is there, on H2 (whose commits reach the disk before they are acknowledged) and on
 * PostgreSQL. Needs {@code target/chancery.jar}, which {@code ./mvnw verify} builds before this suite runs.
 */
@Tag("fault")
class KillFaultTests {

    private static final Path JAR = Path.of("target/chancery.jar").toAbsolutePath();
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aKillUnderWritesLosesNothingAcknowledged(String database) throws Exception {
        assertThat(JAR)
                .as("the packaged application (./mvnw -DskipTests package)")
                .exists();
        Path work = Files.createTempDirectory("chancery-kill");
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        String scratch = "chancery_kill_" + System.nanoTime();
        if (database.equals("postgres")) {
            psql("CREATE DATABASE " + scratch);
        }
        try {
            List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
            Process server = start(work, "first.log", database, scratch, password);
            FaultClient client = ready(server, work.resolve("first.log"));
            String token = token(client, password);
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        try {
                            Answer answer = client.send(
                                    "write", create(client, token, "Writer %d, entity %d".formatted(writer, i)));
                            String id = answer.body()
                                    .at("/data/createEntity/entity/id")
                                    .asString("");
                            if (answer.status() == 200 && !id.isEmpty()) {
                                acknowledged.add(id);
                            }
                        } catch (RuntimeException killed) {
                            return;
                        }
                    }
                });
            }
            HeldLockFaultTests.sleep(3_000);
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            writing.set(false);
            writers.shutdown();
            writers.awaitTermination(30, TimeUnit.SECONDS);
            assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThan(10);

            Process restarted = start(work, "restarted.log", database, scratch, password);
            try {
                FaultClient again = ready(restarted, work.resolve("restarted.log"));
                for (String id : acknowledged) {
                    Answer found = again.send(
                            "read",
                            again.graphQl(
                                    FaultClient.body("query($id: ID!) { entity(id: $id) { id } }", Map.of("id", id))));
                    assertThat(found.body().at("/data/entity/id").asString(""))
                            .as("acknowledged " + id)
                            .isEqualTo(id);
                }
            } finally {
                restarted.destroy();
                restarted.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            if (database.equals("postgres")) {
                psql("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
            }
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private static HttpRequest create(FaultClient client, String token, String name) {
        return client.graphQl(
                FaultClient.body(
                        "mutation($n: String!) { createEntity(input: {kind: GROUP, name: $n}) { entity { id } } }",
                        Map.of("n", name)),
                "Authorization",
                "Bearer " + token);
    }

    private static String token(FaultClient client, String password) {
        return client.send(
                        "token",
                        client.graphQl(FaultClient.body(
                                "mutation($p: String!) { createApiToken(input: {username: \"admin\", password: $p, label: \"kill\"}) { secret } }",
                                Map.of("p", password))))
                .body()
                .at("/data/createApiToken/secret")
                .asString();
    }

    private static Process start(Path work, String log, String database, String scratch, String password)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--chancery.rate-limit.enabled=false",
                "--chancery.seed.enabled=false"));
        if (database.equals("postgres")) {
            command.addAll(List.of(
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + POSTGRES + scratch,
                    "--spring.datasource.username=postgres"));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(log).toFile());
        builder.environment().put("CHANCERY_ADMIN_PASSWORD", password);
        return builder.start();
    }

    /** A client of the server once it listens, at the port it logged. */
    private static FaultClient ready(Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && server.isAlive()) {
            Matcher port = STARTED.matcher(Files.readString(log));
            if (port.find()) {
                FaultClient client = new FaultClient("http://127.0.0.1:" + port.group(1));
                if (client.send("readiness", client.get("/actuator/health/readiness"))
                                .status()
                        == 200) {
                    return client;
                }
            }
            HeldLockFaultTests.sleep(250);
        }
        throw new AssertionError("the server did not start:\n" + Files.readString(log));
    }

    private static void psql(String command) throws Exception {
        Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", command)
                .redirectErrorStream(true)
                .start();
        assertThat(psql.waitFor(60, TimeUnit.SECONDS) && psql.exitValue() == 0)
                .as(command + ": " + new String(psql.getInputStream().readAllBytes()))
                .isTrue();
    }
}
