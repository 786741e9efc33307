package org.chancery.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.app.security.SignedInClient.PASSWORD;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What an operator and a visitor see of the running server over real HTTP: the home page, 404s, assets
 * compressed and kept, the version, metrics for admins only, the access log and the log of refused
 * sign-ins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

    private static final Path LOGS = Path.of("target", "var", "operations-log");

    @DynamicPropertySource
    static void accessLog(DynamicPropertyRegistry properties) {
        properties.add(
                "server.tomcat.accesslog.directory", () -> LOGS.toAbsolutePath().toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Users users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    final HttpClient http = HttpClient.newHttpClient();

    String adminToken;
    String curatorToken;

    @BeforeEach
    void tokens() {
        adminToken = token("ops-admin", Role.ADMIN);
        curatorToken = token("ops-curator", Role.CURATOR);
    }

    @Test
    void theHomePageSaysWhatTheRegistryHoldsAndLinksOn() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .containsPattern("The registry holds [\\d,]+ entities, one source and [\\d,]+ claims")
                .contains("href=\"/graphiql\"", "href=\"/admin\"");
    }

    @Test
    void unknownAddressesAreNotFoundRatherThanASignIn() throws Exception {
        for (String path : List.of("/nothing-here", "/wp-login.php", "/api/v1/claims", "/admin.php")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(get("/admin/entities").statusCode()).isEqualTo(302);
    }

    @Test
    void everyPageIsUnderAnAddressTheSecurityRulesName() {
        for (RequestMappingInfo route : routes.getHandlerMethods().keySet()) {
            for (String path : route.getPatternValues()) {
                assertThat(path)
                        .as("a route outside the addresses WebSecurityConfiguration names would be public")
                        .matches("/|/admin(/.*)?|/login|/error|/actuator/.*");
            }
        }
    }

    @Test
    void assetsGoCompressedUnderNamesThatChangeWithThemAndAreKeptForAYear() throws Exception {
        Matcher stylesheet =
                Pattern.compile("href=\"(/css/admin-[0-9a-f]{32}\\.css)\"").matcher(get("/").body());
        assertThat(stylesheet.find()).isTrue();
        Matcher script = Pattern.compile("src=\"(/webjars/graphiql/[^\"]+-[0-9a-f]{32}\\.js)\"")
                .matcher(get("/graphiql").body());
        assertThat(script.find()).isTrue();

        for (String asset : List.of(stylesheet.group(1), script.group(1))) {
            HttpResponse<byte[]> response = http.send(
                    request(asset).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(asset)
                    .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(asset)
                    .hasValue("gzip");
        }
    }

    @Test
    void anyoneReadsTheVersion() throws Exception {
        HttpResponse<String> info = get("/actuator/info");

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).containsPattern("\"version\":\"\\d+\\.\\d+\\.\\d+[^\"]*\"");
    }

    @Test
    void metricsAreForAdminsAndCountWhatAnOperatorWatches() throws Exception {
        // a query is kept from its second answer on (see ResponseCache): miss, miss, hit
        for (int i = 0; i < 3; i++) {
            post("/graphql", "{\"query\":\"{ entity(id: \\\"E1\\\") { name } }\"}");
        }

        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", curatorToken).statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = get("/actuator/prometheus", adminToken);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("chancery_graphql_answers_total\\{[^}]*outcome=\"hit\"[^}]*} [1-9]")
                .containsPattern("chancery_graphql_answers_total\\{[^}]*outcome=\"miss\"[^}]*} [1-9]")
                .contains("graphql_request_seconds_count", "http_server_requests_seconds_count", "hikaricp_");
    }

    @Test
    void aRefusedSignInIsLoggedWithTheNameAndTheAddressAndCounted(CapturedOutput output) throws Exception {
        HttpResponse<String> login = get("/login");
        String csrf = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> refused = http.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "XSRF-TOKEN=" + csrf)
                        .header("X-XSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString("username=ops-admin%0Aforged&password=wrong"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(output.getOut())
                .contains("Sign-in refused (wrong) for user name \"ops-admin?forged\" from 127.0.0.1");
        assertThat(get("/actuator/prometheus", adminToken).body())
                .containsPattern("chancery_sign_in_failures_total\\{[^}]*reason=\"wrong\"[^}]*} [1-9]");
    }

    @Test
    void everyRequestHasALineInTheAccessLog() throws Exception {
        get("/actuator/health?access-log-probe");

        String log;
        try (Stream<Path> files = Files.list(LOGS)) {
            log = files.map(OperationsTests::read).reduce("", String::concat);
        }
        assertThat(log).containsPattern("127\\.0\\.0\\.1 \"GET /actuator/health\\?access-log-probe HTTP/1\\.1\" 200");
    }

    private String token(String username, Role role) {
        if (users.find(username).isEmpty()) {
            accounts.createUser(Actor.SYSTEM, username, role, PASSWORD);
        }
        return accounts.createApiToken(username, PASSWORD, "operations", null).secret();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(
                request(path).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
