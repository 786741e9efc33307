package org.chancery.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client behind the proxy, as a browser or a script is: it keeps its cookies (the session, the CSRF
 * token) and comes from an address of its own, which the proxy passes on in {@code X-Forwarded-For}, so
 * that what the instances count per address is this client's alone. Each request names the proxy address
 * it goes to: the round-robin one or one pinned to an instance.
 */
final class ProxyClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer: its status, the instance that gave it (as the proxy names it), and its body. */
    record Answer(int status, String upstream, String location, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        JsonNode at(String pointer) {
            return json().at(pointer);
        }
    }

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(cookies)
            .build();
    private final String address;

    ProxyClient(String address) {
        this.address = address;
    }

    Answer get(String base, String path) {
        return send(request(base, path).GET().build());
    }

    /** Signs in through the sign-in form as a script does: the CSRF cookie's token sent back in a header. */
    Answer signIn(String base, String username, String password) {
        if (csrfToken().isEmpty()) {
            assertThat(get(base, "/login").status()).as("the sign-in form").isEqualTo(200);
        }
        return form(base, "/login", Map.of("username", username, "password", password));
    }

    /** A form's POST, with the CSRF token of the cookie in {@code X-XSRF-TOKEN}. */
    Answer form(String base, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(base, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** The operation of {@code graphql-test/<document>.graphql} with {@code variables}. */
    Answer graphQl(String base, String document, Map<String, Object> variables, @Nullable String token) {
        return graphQlAsync(base, document, variables, token).join();
    }

    /** As {@link #graphQl}, sent without waiting for the answer. */
    CompletableFuture<Answer> graphQlAsync(
            String base, String document, Map<String, Object> variables, @Nullable String token) {
        HttpRequest.Builder request = request(base, "/graphql")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("query", document(document), "variables", variables))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(ProxyClient::answer);
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    private HttpRequest.Builder request(String base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", address);
    }

    private Answer send(HttpRequest request) {
        try {
            return answer(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(
                response.statusCode(),
                response.headers().firstValue(Nginx.UPSTREAM).orElse(""),
                response.headers().firstValue("Location").orElse(""),
                response.body());
    }

    private static String document(String name) {
        try (InputStream in = ProxyClient.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
            assertThat(in).as("graphql-test/" + name + ".graphql").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
