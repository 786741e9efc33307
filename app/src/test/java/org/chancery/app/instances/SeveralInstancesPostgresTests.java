package org.chancery.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.EmptyPostgresSchema;
import org.chancery.app.instances.ProxyClient.Answer;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.SignInLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances over one PostgreSQL database behind nginx, as the README's "Running more than one instance"
 * sets them up, every request through the proxy: what one instance does, the other honours at once (a
 * sign-in and a sign-out, a change, whatever answers it kept, failed sign-ins), a race between them has
 * exactly one winner, and each keeps its own rate limits.
 */
@Tag("instances")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesPostgresTests {

    private static final String PASSWORD = "a password for several instances";
    private static final int ADMIN_ALLOWANCE = 20;
    private static final int ROUNDS = 50;
    private static final String LPR = "E3";
    private static final String ARTICLE = "S1";
    private static final String VINDOBONA = "E13";
    private static final String RECOGNITION_QUOTE =
            "Russian President Vladimir Putin recognized the Donetsk and Lugansk People's Republics on February 21.";

    @TempDir
    static Path home;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private Nginx nginx;
    private AccountAdministration accounts;

    @BeforeAll
    void start() throws IOException, InterruptedException {
        Nginx.executable();
        // the first empties the schema and loads the founding dataset; the second finds both done
        instances.add(start(EmptyPostgresSchema.class, home.resolve("first")));
        instances.add(start(ChanceryApplication.class, home.resolve("second")));
        nginx = Nginx.start(
                home.resolve("nginx"), instances.stream().map(this::port).toList());
        accounts = instances.get(0).getBean(AccountAdministration.class);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aSignInThroughOneInstanceIsHonouredByTheOtherAndSoIsTheSignOut() {
        accounts.createUser(Actor.SYSTEM, "instances-nadia", Role.CURATOR, PASSWORD);
        ProxyClient nadia = new ProxyClient("198.51.100.1");

        Answer signedIn = nadia.signIn(nginx.url(), "instances-nadia", PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/admin");

        List<Answer> pages = repeat(6, () -> nadia.get(nginx.url(), "/admin"));
        assertThat(pages)
                .allSatisfy(page -> assertThat(page.status())
                        .as("the dashboard from " + page.upstream())
                        .isEqualTo(200));
        assertThat(servedBy(pages))
                .as("instances that served the signed-in curator")
                .isEqualTo(everyInstance());

        Answer signedOut = nadia.form(nginx.url(), "/logout", Map.of());
        assertThat(signedOut.location()).endsWith("/login?logout");
        List<Answer> after = repeat(4, () -> nadia.get(nginx.url(), "/admin"));
        assertThat(after).allSatisfy(page -> {
            assertThat(page.status())
                    .as("the dashboard from " + page.upstream())
                    .isEqualTo(302);
            assertThat(page.location()).endsWith("/login");
        });
        assertThat(servedBy(after))
                .as("instances that refused the signed-out curator")
                .isEqualTo(everyInstance());
    }

    @Test
    void aChangeThroughOneInstanceIsInTheNextAnswerOfEitherThoughBothKeptTheOldOne() {
        accounts.createUser(Actor.SYSTEM, "instances-petra", Role.CURATOR, PASSWORD);
        String token = accounts.createApiToken("instances-petra", PASSWORD, "instances", null)
                .secret();
        ProxyClient reader = new ProxyClient("198.51.100.10");
        String entity = data(reader.graphQl(
                        nginx.url(),
                        "createEntity",
                        Map.of("input", Map.of("kind", "POLITY", "name", "Republic of Before")),
                        token))
                .at("/createEntity/entity/id")
                .asString();
        Map<String, Double> hits = hits();

        List<Answer> before = readUntilEachInstanceAnswered(reader, entity, 3);
        assertThat(before)
                .allSatisfy(answer ->
                        assertThat(data(answer).at("/entity/name").asString()).isEqualTo("Republic of Before"));
        Map<String, Double> kept = hits();
        assertThat(kept)
                .as("answers each instance served from its cache")
                .allSatisfy((instance, count) -> assertThat(count).isGreaterThan(hits.get(instance)));

        Answer renamed = reader.graphQl(
                nginx.url(),
                "updateEntity",
                Map.of(
                        "input",
                        Map.of(
                                "id",
                                entity,
                                "expectedRevision",
                                1,
                                "reason",
                                "renamed",
                                "kind",
                                "POLITY",
                                "name",
                                "Republic of After")),
                token);
        assertThat(data(renamed).at("/updateEntity/entity/revision").asInt()).isEqualTo(2);

        List<Answer> after = readUntilEachInstanceAnswered(reader, entity, 2);
        assertThat(after).allSatisfy(answer -> {
            assertThat(data(answer).at("/entity/name").asString())
                    .as("the name " + answer.upstream() + " gave")
                    .isEqualTo("Republic of After");
            assertThat(data(answer).at("/entity/revision").asInt()).isEqualTo(2);
        });
    }

    @Test
    void ofTwoCorrectionsFromOneRevisionThroughTheTwoInstancesExactlyOneIsSaved() {
        accounts.createUser(Actor.SYSTEM, "instances-rosa", Role.CURATOR, PASSWORD);
        String token = accounts.createApiToken("instances-rosa", PASSWORD, "instances", null)
                .secret();
        ProxyClient rosa = new ProxyClient("198.51.100.20");
        String polity = data(rosa.graphQl(
                        nginx.url(),
                        "createEntity",
                        Map.of("input", Map.of("kind", "POLITY", "name", "Republic of Races")),
                        token))
                .at("/createEntity/entity/id")
                .asString();
        String claim = data(rosa.graphQl(
                        nginx.url(), "assertClaim", Map.of("input", recognition(polity, day(0, 0))), token))
                .at("/assertClaim/claim/id")
                .asString();

        for (int revision = 1; revision <= ROUNDS; revision++) {
            String round = "round " + revision;
            List<String> days = List.of(day(1, revision), day(2, revision));
            List<CompletableFuture<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                // each round, the other instance hears first
                int instance = (revision + i) % 2;
                Map<String, Object> input = new HashMap<>(recognition(polity, days.get(instance)));
                input.put("id", claim);
                input.put("expectedRevision", revision);
                input.put("reason", round);
                sent.add(rosa.graphQlAsync(nginx.pinnedUrl(instance), "correctClaim", Map.of("input", input), token));
            }
            List<Answer> answers = sent.stream().map(CompletableFuture::join).toList();

            List<Answer> saved =
                    answers.stream().filter(a -> !a.json().has("errors")).toList();
            assertThat(saved).as(round + ": corrections saved of " + answers).hasSize(1);
            assertThat(saved.get(0).at("/data/correctClaim/claim/revision").asInt())
                    .as(round)
                    .isEqualTo(revision + 1);
            Answer refused = answers.get(answers.get(0) == saved.get(0) ? 1 : 0);
            JsonNode error = refused.at("/errors/0");
            assertThat(error.at("/extensions/classification").asString())
                    .as(round + ": " + refused.body())
                    .isEqualTo("CONFLICT");
            assertThat(error.at("/extensions/id").asString()).isEqualTo(claim);
            assertThat(error.at("/extensions/currentRevision").asInt()).isEqualTo(revision + 1);
            assertThat(error.at("/message").asString())
                    .contains("revision " + revision, "current revision is " + (revision + 1));
            assertThat(refused.at("/data/correctClaim").isNull()).isTrue();

            JsonNode current = data(rosa.graphQl(nginx.url(), "claimHistory", Map.of("id", claim), null))
                    .at("/claim");
            assertThat(current.at("/revision").asInt()).as(round).isEqualTo(revision + 1);
            assertThat(current.at("/history")
                            .valueStream()
                            .map(r -> r.at("/number").asInt()))
                    .as(round + ": the history's revisions")
                    .hasSize(revision + 1)
                    .last()
                    .isEqualTo(revision + 1);
            assertThat(current.at("/validFrom/edtf").asString())
                    .as(round + ": the content saved")
                    .isEqualTo(saved.get(0)
                            .at("/data/correctClaim/claim/validFrom/edtf")
                            .asString());
        }
    }

    @Test
    void failedSignInsThroughBothInstancesAreCountedTogether() {
        accounts.createUser(Actor.SYSTEM, "instances-olga", Role.CURATOR, PASSWORD);
        int allowed = SignInLimits.DEFAULT.perAccount();
        ProxyClient guesser = new ProxyClient("198.51.100.30");

        List<Answer> failures = repeat(allowed, () -> guesser.signIn(nginx.url(), "instances-olga", "a wrong guess!!"));
        assertThat(failures)
                .allSatisfy(failure -> assertThat(failure.location()).endsWith("/login?error"));
        Map<String, Long> perInstance =
                failures.stream().collect(Collectors.groupingBy(Answer::upstream, Collectors.counting()));
        assertThat(perInstance)
                .as("failures each instance saw, fewer than the limit on each")
                .containsOnlyKeys(everyInstance())
                .allSatisfy((instance, count) -> assertThat(count).isLessThan(allowed));

        for (int instance = 0; instance < instances.size(); instance++) {
            Answer right = guesser.signIn(nginx.pinnedUrl(instance), "instances-olga", PASSWORD);
            assertThat(right.location())
                    .as("the right password from the failing address, through " + right.upstream())
                    .endsWith("/login?wait");
        }
        Answer owner = new ProxyClient("198.51.100.31").signIn(nginx.url(), "instances-olga", PASSWORD);
        assertThat(owner.location())
                .as("the owner, from an address that never failed")
                .endsWith("/admin");
    }

    @Test
    void eachInstanceKeepsItsOwnRateLimitSoAClientGetsItOncePerInstance() {
        ProxyClient eager = new ProxyClient("198.51.100.40");

        List<Answer> answers = repeat(3 * ADMIN_ALLOWANCE, () -> eager.get(nginx.url(), "/login"));

        Map<String, Long> served = answers.stream()
                .filter(a -> a.status() == 200)
                .collect(Collectors.groupingBy(Answer::upstream, Collectors.counting()));
        assertThat(served)
                .as("sign-in forms each instance served")
                .containsOnlyKeys(everyInstance())
                .allSatisfy((instance, count) -> assertThat(count).isEqualTo(ADMIN_ALLOWANCE));
        List<Answer> refused = answers.stream().filter(a -> a.status() != 200).toList();
        assertThat(refused).allSatisfy(a -> assertThat(a.status()).isEqualTo(429));
        assertThat(servedBy(refused)).as("instances that refused").isEqualTo(everyInstance());
    }

    private ConfigurableApplicationContext start(Class<?> configuration, Path instanceHome) throws IOException {
        Files.createDirectories(instanceHome);
        return new SpringApplicationBuilder(ChanceryApplication.class, configuration)
                .run(
                        "--spring.profiles.active=postgres",
                        "--server.port=0",
                        "--server.forward-headers-strategy=native",
                        "--chancery.security.admin-password-directory=" + instanceHome,
                        "--chancery.rate-limit.enabled=true",
                        "--chancery.rate-limit.admin=" + ADMIN_ALLOWANCE,
                        "--chancery.rate-limit.graphql=1000",
                        "--chancery.rate-limit.period=1h");
    }

    private int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    /** The instances as the proxy names them in {@link Nginx#UPSTREAM}. */
    private Set<String> everyInstance() {
        return instances.stream().map(i -> "127.0.0.1:" + port(i)).collect(Collectors.toSet());
    }

    private static Set<String> servedBy(List<Answer> answers) {
        return answers.stream().map(Answer::upstream).collect(Collectors.toSet());
    }

    /** Each instance's count of GraphQL answers served from its cache, by {@link #everyInstance()} name. */
    private Map<String, Double> hits() {
        return instances.stream()
                .collect(Collectors.toMap(
                        i -> "127.0.0.1:" + port(i),
                        i -> i.getBean(MeterRegistry.class)
                                .counter("chancery.graphql.answers", "outcome", "hit")
                                .count()));
    }

    /** Reads {@code entity} through the proxy until each instance has answered {@code times}. */
    private List<Answer> readUntilEachInstanceAnswered(ProxyClient reader, String entity, int times) {
        List<Answer> answers = new ArrayList<>();
        while (everyInstance().stream()
                .anyMatch(i ->
                        answers.stream().filter(a -> a.upstream().equals(i)).count() < times)) {
            assertThat(answers).as("reads through the proxy").hasSizeLessThan(10 * times);
            answers.add(reader.graphQl(nginx.url(), "entity", Map.of("id", entity), null));
        }
        return answers;
    }

    private static JsonNode data(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().has("errors")).as(answer.body()).isFalse();
        return answer.at("/data");
    }

    /** A day of its own for each round and side, so that no correction repeats what is stored. */
    private static String day(int side, int round) {
        return LocalDate.of(2020 + side, 1, 1).plusDays(round).toString();
    }

    /** That {@code polity} recognizes the Lugansk People's Republic from {@code day}, citing the founding article. */
    private static Map<String, Object> recognition(String polity, String day) {
        return Map.of(
                "subject",
                polity,
                "predicate",
                "recognizes",
                "object",
                Map.of("entity", LPR),
                "validFrom",
                day,
                "citations",
                List.of(Map.of(
                        "source",
                        ARTICLE,
                        "quote",
                        RECOGNITION_QUOTE,
                        "modality",
                        "STATED",
                        "attribution",
                        List.of(Map.of("entity", VINDOBONA)))));
    }

    private static <T> List<T> repeat(int times, Supplier<T> action) {
        List<T> results = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            results.add(action.get());
        }
        return results;
    }
}
