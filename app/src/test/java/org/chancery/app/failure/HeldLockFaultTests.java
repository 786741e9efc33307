package org.chancery.app.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.failure.FaultClient.Answer;
import org.chancery.app.failure.FaultClient.Ask;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A lock held on the claims for 10 s while clients keep asking, with timeouts of a few hundred
 * milliseconds: every answer arrives before the lock is released, as the data, a kept answer marked stale,
 * or UNAVAILABLE to retry; what needs no locked row is served as always; the threads stay bounded and the
 * log short. On H2 a row lock on every current claim (its reads never wait, under MVCC), on PostgreSQL an
 * exclusive lock on the whole table ({@link HeldLockFaultPostgresTests}).
 */
@Tag("fault")
@SpringBootTest(
        classes = ChanceryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "chancery.database.lock-timeout=300ms",
            "chancery.database.statement-timeout=2s",
            "chancery.database.connection-timeout=500ms",
            "chancery.database.health-timeout=500ms",
            "chancery.graphql.retry-after=2s"
        })
@ExtendWith(OutputCaptureExtension.class)
class HeldLockFaultTests {

    static final long HOLD_SECONDS = 10;
    static final String PAGE = """
            query($id: ID!) { entity(id: $id) { name claims(first: 5) { totalCount edges { node { id revision } } } } }""";
    private static final String PASSWORD = "a password for the fault tests";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountAdministration accounts;

    /** Locks every current claim on {@code connection}, in a transaction left open. */
    void hold(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT claim_id FROM claim_version WHERE recorded_until IS NULL FOR UPDATE");
        }
    }

    @Test
    void aHeldLockIsAnsweredBeforeItIsReleasedAndHoldsUpNothingElse(CapturedOutput output) throws Exception {
        FaultClient client = new FaultClient("http://127.0.0.1:" + port);
        String token = token();
        String page = FaultClient.body(PAGE, Map.of("id", "E1"));
        client.send("prime", client.graphQl(page));
        client.send("prime", client.graphQl(page));
        int revision = client.send(
                        "revision",
                        client.graphQl(FaultClient.body("query { claim(id: \"C6\") { revision } }", Map.of())))
                .body()
                .at("/data/claim/revision")
                .asInt();
        List<Ask> asks = List.of(
                new Ask("cached page", () -> client.graphQl(page)),
                new Ask("fresh page", () -> client.graphQl(page, "Cache-Control", "no-cache")),
                new Ask(
                        "correction",
                        () -> client.graphQl(
                                FaultClient.body(
                                        "mutation($r: Int!) { deprecateClaim(input: {id: \"C6\", expectedRevision: $r, reason: \"Locked\"}) { claim { id } } }",
                                        Map.of("r", revision)),
                                "Authorization",
                                "Bearer " + token)),
                new Ask(
                        "new entity",
                        () -> client.graphQl(
                                FaultClient.body(
                                        "mutation { createEntity(input: {kind: GROUP, name: \"Held lock bystanders\"}) { entity { id } } }",
                                        Map.of()),
                                "Authorization",
                                "Bearer " + token)),
                new Ask("vocabulary", () -> client.graphQl(FaultClient.body("{ predicates { key } }", Map.of()))),
                new Ask("readiness", () -> client.get("/actuator/health/readiness")));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int threadsBefore = threads.getThreadCount();
        int logged = output.length();

        CompletableFuture<Long> released;
        AtomicInteger mostThreads = new AtomicInteger(threadsBefore);
        AtomicBoolean holding = new AtomicBoolean(true);
        try (Connection locker = DriverManager.getConnection(url(), user(), password())) {
            locker.setAutoCommit(false);
            hold(locker);
            released = CompletableFuture.supplyAsync(() -> {
                while (holding.get()) {
                    mostThreads.accumulateAndGet(threads.getThreadCount(), Math::max);
                    sleep(100);
                }
                return System.nanoTime();
            });
            List<Answer> answers = client.load(asks, 4, TimeUnit.SECONDS.toNanos(HOLD_SECONDS - 1));
            sleep(TimeUnit.SECONDS.toMillis(1));
            holding.set(false);
            long release = released.get();
            locker.rollback();

            assertThat(answers).hasSizeGreaterThan(20);
            for (Answer answer : answers) {
                assertThat(answer.arrived())
                        .as(answer.name() + " arrived before the lock was released")
                        .isLessThan(release);
                if (!answer.name().equals("readiness")) {
                    answer.isServedStaleOrUnavailable();
                }
                assertThat(answer.classification()).as(answer.name()).isNotEqualTo("INTERNAL_ERROR");
            }
            assertThat(answers)
                    .filteredOn(a ->
                            List.of("new entity", "vocabulary", "readiness").contains(a.name()))
                    .as("what needs no locked row")
                    .isNotEmpty()
                    .allSatisfy(a ->
                            assertThat(a.status()).as(a.name() + " " + a.body()).isEqualTo(200));
            assertThat(answers)
                    .filteredOn(a -> a.name().equals("correction"))
                    .as("a change of a locked claim")
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(a.classification()).isEqualTo("UNAVAILABLE"));
            long failed = answers.stream().filter(a -> !a.data()).count();
            long lines = output.toString().substring(logged).lines().count();
            assertThat(lines)
                    .as("log lines for %d answers without fresh data", failed)
                    .isLessThanOrEqualTo(failed + 20);
            assertThat(mostThreads.get()).as("threads, from %d", threadsBefore).isLessThan(threadsBefore + 40);
        }
        assertThat(client.send("after", client.graphQl(page, "Cache-Control", "no-cache"))
                        .data())
                .as("served again once the lock is gone")
                .isTrue();
    }

    private String token() {
        String name = "fault-" + System.nanoTime();
        accounts.createUser(Actor.SYSTEM, name, Role.CURATOR, PASSWORD);
        return accounts.createApiToken(name, PASSWORD, "fault tests", null).secret();
    }

    String url() throws SQLException {
        return dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
    }

    String user() throws SQLException {
        return dataSource.unwrap(HikariDataSource.class).getUsername();
    }

    String password() throws SQLException {
        String password = dataSource.unwrap(HikariDataSource.class).getPassword();
        return password == null ? "" : password;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
