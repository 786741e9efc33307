package org.chancery.app.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.EmptyPostgresSchema;
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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The database goes away for a few seconds, as in a restart: every connection is cut and new ones are
 * refused. Meanwhile each answer comes within the connection timeout, as a kept answer marked stale or as
 * UNAVAILABLE in the error contract (the bearer-token check included), readiness is DOWN and liveness UP;
 * once the database is back the server serves and writes again by itself, without a restart.
 */
@Tag("fault")
@ActiveProfiles("postgres")
@Import(EmptyPostgresSchema.class)
@SpringBootTest(
        classes = ChanceryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "chancery.database.connection-timeout=500ms",
            "chancery.database.health-timeout=500ms",
            "chancery.graphql.retry-after=2s"
        })
@ExtendWith(OutputCaptureExtension.class)
class RestartFaultPostgresTests {

    private static final String PASSWORD = "a password for the fault tests";
    private static final long OUT_SECONDS = 6;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountAdministration accounts;

    @Test
    void anOutageIsAnsweredFastAndLeftBehindWithoutARestart(CapturedOutput output) throws Exception {
        FaultClient client = new FaultClient("http://127.0.0.1:" + port);
        accounts.createUser(Actor.SYSTEM, "restart-olga", Role.CURATOR, PASSWORD);
        String token = accounts.createApiToken("restart-olga", PASSWORD, "fault tests", null)
                .secret();
        String page = FaultClient.body(HeldLockFaultTests.PAGE, Map.of("id", "E1"));
        String create = FaultClient.body(
                "mutation { createEntity(input: {kind: GROUP, name: \"Restart witnesses\"}) { entity { id } } }",
                Map.of());
        client.send("prime", client.graphQl(page));
        client.send("prime", client.graphQl(page));
        FaultClient curator = new FaultClient("http://127.0.0.1:" + port);
        curator.signIn("restart-olga", PASSWORD);
        String form = curator.send("form", curator.get("/admin/entities/new")).text();
        List<Ask> asks = List.of(
                new Ask("cached page", () -> client.graphQl(page)),
                new Ask("fresh page", () -> client.graphQl(page, "Cache-Control", "no-cache")),
                new Ask("write", () -> client.graphQl(create, "Authorization", "Bearer " + token)),
                new Ask("readiness", () -> client.get("/actuator/health/readiness")),
                new Ask("liveness", () -> client.get("/actuator/health/liveness")));
        int logged = output.length();
        List<Map.Entry<String, String>> resend;

        String database = database();
        try (Connection admin = DriverManager.getConnection(url().replace("/" + database, "/postgres"), user(), "")) {
            cut(admin, database, false);
            List<Answer> answers;
            Answer kept;
            try (FaultClient.ThreadWatch threads = new FaultClient.ThreadWatch()) {
                answers = client.load(asks, 4, TimeUnit.SECONDS.toNanos(OUT_SECONDS));
                assertThat(threads.most())
                        .as("threads, from %d", threads.before())
                        .isLessThan(threads.before() + 40);
                kept = curator.send(
                        "a form sent while out",
                        curator.form(
                                "/admin/entities/new",
                                List.of(
                                        Map.entry("kind", "GROUP"),
                                        Map.entry("name", "Entered while the database was out"),
                                        Map.entry("_csrf", FaultClient.csrf(form)))));
            } finally {
                cut(admin, database, true);
            }

            assertThat(kept.status()).as("the curator's page while out").isEqualTo(503);
            assertThat(kept.header("Retry-After")).isNotBlank();
            assertThat(kept.text())
                    .contains("The registry is unavailable", "Entered while the database was out", "Send again")
                    .doesNotContain("Exception", "org.");
            resend = FaultClient.hidden(kept.text());

            assertThat(answers).hasSizeGreaterThan(10);
            for (Answer answer : answers) {
                assertThat(answer.millis())
                        .as(answer.name() + " answered within a bound")
                        .isLessThan(3_000);
                switch (answer.name()) {
                    case "readiness" ->
                        assertThat(answer.status()).as("readiness while out").isEqualTo(503);
                    case "liveness" ->
                        assertThat(answer.status()).as("liveness while out").isEqualTo(200);
                    case "cached page" ->
                        assertThat(answer.stale())
                                .as("a kept answer, marked stale")
                                .isTrue();
                    default -> {
                        assertThat(answer.status())
                                .as(answer.name() + " " + answer.body())
                                .isEqualTo(503);
                        assertThat(answer.classification()).isEqualTo("UNAVAILABLE");
                        assertThat(answer.header("Retry-After")).isNotBlank();
                    }
                }
            }
            long failed = answers.stream().filter(a -> a.status() == 503).count();
            assertThat(output.toString().substring(logged).lines().count())
                    .as("log lines for %d refused answers", failed)
                    .isLessThanOrEqualTo(failed + 30);
        }

        long back = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Answer written;
        do {
            HeldLockFaultTests.sleep(200);
            written = client.send("write", client.graphQl(create, "Authorization", "Bearer " + token));
        } while (written.status() != 200 && System.nanoTime() < back);
        assertThat(written.body().at("/data/createEntity/entity/id").asString())
                .as("a write once back")
                .startsWith("E");
        assertThat(client.send("readiness", client.get("/actuator/health/readiness"))
                        .status())
                .isEqualTo(200);
        assertThat(client.send("fresh page", client.graphQl(page, "Cache-Control", "no-cache"))
                        .data())
                .isTrue();
        Answer sentAgain = curator.send("the kept form, sent again", curator.form("/admin/entities/new", resend));
        assertThat(sentAgain.status()).as("sent again " + sentAgain.text()).isEqualTo(302);
        assertThat(sentAgain.header("Location")).contains("/admin/entities/E");
    }

    /** Cuts every connection to {@code database} and refuses new ones, or lets them in again. */
    private static void cut(Connection admin, String database, boolean back) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE \"%s\" WITH ALLOW_CONNECTIONS %s".formatted(database, back));
            if (!back) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%s'"
                        .formatted(database));
            }
        }
    }

    private String database() throws SQLException {
        String url = url();
        String path = url.substring(url.lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    private String url() throws SQLException {
        return dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
    }

    private String user() throws SQLException {
        return dataSource.unwrap(HikariDataSource.class).getUsername();
    }
}
