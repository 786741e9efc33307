package org.chancery.app.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.failure.FaultClient.Answer;
import org.chancery.domain.EntityId;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * H2 on a disk that fills up: a small tmpfs (mounting one needs root, as {@code .ci/run} is). While the disk
 * is full, writes are UNAVAILABLE and readiness is DOWN, kept answers are served stale; once space is freed
 * the server writes again within seconds, without a restart, and after one every acknowledged write is
 * there.
 */
@Tag("fault")
@ExtendWith(OutputCaptureExtension.class)
class FullDiskFaultTests {

    private static final String PASSWORD = "a password for the fault tests";

    @TempDir
    Path work;

    @Test
    void aFullDiskIsAnsweredAndLeftBehindWithoutARestart(CapturedOutput output) throws Exception {
        Path disk = Files.createDirectories(work.resolve("disk"));
        assumeThat(mount(disk)).as("a tmpfs can be mounted (root)").isTrue();
        try {
            List<String> acknowledged = new ArrayList<>();
            try (ConfigurableApplicationContext server = start(disk)) {
                FaultClient client = new FaultClient("http://127.0.0.1:" + port(server));
                AccountAdministration accounts = server.getBean(AccountAdministration.class);
                accounts.createUser(Actor.SYSTEM, "disk-olga", Role.CURATOR, PASSWORD);
                String token = accounts.createApiToken("disk-olga", PASSWORD, "fault tests", null)
                        .secret();
                String page = FaultClient.body(HeldLockFaultTests.PAGE, Map.of("id", "E1"));
                client.send("prime", client.graphQl(page));
                client.send("prime", client.graphQl(page));
                acknowledged.add(create(client, token, "Before the disk filled")
                        .body()
                        .at("/data/createEntity/entity/id")
                        .asString());

                Path filler = disk.resolve("filler");
                int logged = output.length();
                fill(filler);
                List<Answer> whileFull = new ArrayList<>();
                FaultClient.ThreadWatch threads = new FaultClient.ThreadWatch();
                for (int i = 0; i < 5; i++) {
                    Answer write = create(client, token, "While the disk was full " + i);
                    whileFull.add(write);
                    if (write.status() == 200) {
                        acknowledged.add(
                                write.body().at("/data/createEntity/entity/id").asString());
                    }
                }
                Answer cached = client.send("cached page", client.graphQl(page));
                Answer readiness = client.send("readiness", client.get("/actuator/health/readiness"));
                threads.close();
                assertThat(threads.most())
                        .as("threads, from %d", threads.before())
                        .isLessThan(threads.before() + 40);

                assertThat(whileFull)
                        .filteredOn(a -> a.status() != 200)
                        .as("writes refused while the disk is full")
                        .isNotEmpty()
                        .allSatisfy(Answer::isServedStaleOrUnavailable);
                assertThat(cached.stale() || cached.data())
                        .as("a kept answer " + cached.body())
                        .isTrue();
                assertThat(readiness.status()).as("readiness while full").isEqualTo(503);
                assertThat(client.send("liveness", client.get("/actuator/health/liveness"))
                                .status())
                        .isEqualTo(200);
                assertThat(output.toString().substring(logged).lines().count())
                        .as("log lines while the disk is full")
                        .isLessThanOrEqualTo(whileFull.size() + 40);

                Files.delete(filler);
                long back = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                Answer written;
                do {
                    HeldLockFaultTests.sleep(250);
                    written = create(client, token, "After the disk was freed");
                } while (written.status() != 200 && System.nanoTime() < back);
                assertThat(written.status())
                        .as("a write once there is space " + written.body())
                        .isEqualTo(200);
                acknowledged.add(
                        written.body().at("/data/createEntity/entity/id").asString());
                assertThat(client.send("readiness", client.get("/actuator/health/readiness"))
                                .status())
                        .isEqualTo(200);
            }
            try (ConfigurableApplicationContext restarted = start(disk)) {
                Entities entities = restarted.getBean(Entities.class);
                for (String id : acknowledged) {
                    assertThat(entities.find(EntityId.parse(id)))
                            .as("acknowledged " + id)
                            .isPresent();
                }
            }
        } finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    private static Answer create(FaultClient client, String token, String name) {
        return client.send(
                "write",
                client.graphQl(
                        FaultClient.body(
                                "mutation($n: String!) { createEntity(input: {kind: GROUP, name: $n}) { entity { id } } }",
                                Map.of("n", name)),
                        "Authorization",
                        "Bearer " + token));
    }

    private static ConfigurableApplicationContext start(Path disk) {
        return new SpringApplicationBuilder(ChanceryApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + disk.resolve("chancery") + ";WRITE_DELAY=0",
                        "--chancery.security.admin-password-directory=" + disk.resolveSibling("admin"),
                        "--chancery.database.connection-timeout=500ms",
                        "--chancery.database.health-timeout=1s");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static boolean mount(Path disk) throws IOException, InterruptedException {
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", disk.toString())
                .redirectErrorStream(true)
                .start();
        return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    }

    /** Writes {@code file} until the disk is full. */
    private static void fill(Path file) throws IOException {
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).containsIgnoringCase("space");
        }
    }
}
