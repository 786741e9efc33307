package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.EmptyPostgresSchema;
import org.chancery.app.StatementCounter;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.NewApiToken;
import org.chancery.domain.security.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances over one PostgreSQL database, as behind a load balancer: a change made through one drops,
 * on the other, the answers it kept that the change touched, in the very next request, and leaves the rest
 * kept there.
 */
@Tag("postgres")
class CacheAcrossInstancesPostgresTests {

    private static final String NAME = "query($id: ID!) { entity(id: $id) { id name } }";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private ConfigurableApplicationContext writer;
    private ConfigurableApplicationContext reader;

    @BeforeEach
    void start() throws IOException {
        writer = start(EmptyPostgresSchema.class, Files.createTempDirectory("writer"));
        reader = start(StatementCounter.class, Files.createTempDirectory("reader"));
    }

    @AfterEach
    void stop() {
        reader.close();
        writer.close();
    }

    @Test
    void aChangeThroughOneInstanceIsInTheNextAnswerOfTheOther() throws Exception {
        AccountAdministration accounts = writer.getBean(AccountAdministration.class);
        accounts.createUser(Actor.SYSTEM, "instances-carla", Role.CURATOR, "a password for two instances");
        NewApiToken token =
                accounts.createApiToken("instances-carla", "a password for two instances", "instances", null);
        String renamed = id(
                post(
                        writer,
                        token.secret(),
                        "mutation { createEntity(input: {kind: POLITY, name: \"Before\"})" + " { entity { id } } }",
                        Map.of()),
                "createEntity");
        String untouched = id(
                post(
                        writer,
                        token.secret(),
                        "mutation { createEntity(input: {kind: POLITY, name: \"Untouched\"})" + " { entity { id } } }",
                        Map.of()),
                "createEntity");
        for (int i = 0; i < 3; i++) {
            assertThat(post(reader, null, NAME, Map.of("id", renamed))).contains("Before");
            assertThat(post(reader, null, NAME, Map.of("id", untouched))).contains("Untouched");
        }

        post(
                writer,
                token.secret(),
                "mutation($id: ID!) { updateEntity(input: {id: $id, expectedRevision: 1,"
                        + " reason: \"renamed\", kind: POLITY, name: \"After\"}) { entity { id } } }",
                Map.of("id", renamed));

        StatementCounter statements = reader.getBean(StatementCounter.class);
        statements.reset();
        assertThat(post(reader, null, NAME, Map.of("id", untouched))).contains("Untouched");
        // the version, and the keys of the change made through the other instance
        assertThat(statements.count()).isEqualTo(2);
        assertThat(post(reader, null, NAME, Map.of("id", renamed))).contains("After");
    }

    private static ConfigurableApplicationContext start(Class<?> configuration, Path home) {
        return new SpringApplicationBuilder(ChanceryApplication.class, configuration)
                .run(
                        "--spring.profiles.active=postgres",
                        "--server.port=0",
                        "--chancery.security.admin-password-directory=" + home,
                        "--chancery.rate-limit.enabled=false");
    }

    private String post(
            ConfigurableApplicationContext instance,
            @Nullable String token,
            String document,
            Map<String, Object> variables)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("query", document, "variables", variables))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("\"errors\"");
        return response.body();
    }

    private String id(String answer, String field) {
        return json.readTree(answer).at("/data/" + field + "/entity/id").asString();
    }
}
