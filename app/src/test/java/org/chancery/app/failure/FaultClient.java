package org.chancery.app.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of a server under a fault: it sends requests, alone or as a load, and keeps each answer with
 * when it was sent and when it arrived, so that a test can check what clients saw and when.
 */
final class FaultClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One answer: what was asked, its status, headers and body, and when it was sent and arrived. */
    record Answer(
            String name,
            int status,
            Map<String, List<String>> headers,
            JsonNode body,
            String text,
            long sent,
            long arrived) {

        String header(String header) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(header))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse("");
        }

        String classification() {
            JsonNode kind = body.at("/errors/0/extensions/classification");
            return kind.isMissingNode() ? "" : kind.asString();
        }

        boolean stale() {
            return !body.at("/extensions/stale/age").isMissingNode();
        }

        boolean data() {
            return body.has("data") && !body.get("data").isNull() && !body.has("errors");
        }

        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(arrived - sent);
        }

        /** An answer a client can act on: the data, a kept answer marked stale, or UNAVAILABLE to retry. */
        void isServedStaleOrUnavailable() {
            if (stale()) {
                assertThat(header("Age")).as(name + " Age").isNotBlank();
                assertThat(status).as(name).isEqualTo(200);
            } else if (!data()) {
                assertThat(status).as(name + " " + body).isEqualTo(503);
                assertThat(classification()).as(name).isEqualTo("UNAVAILABLE");
                assertThat(header("Retry-After")).as(name + " Retry-After").isNotBlank();
            }
        }
    }

    /** A request of the load: its name, and how to send it. */
    record Ask(String name, Supplier<HttpRequest> request) {}

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final HttpClient http;
    private final String base;

    FaultClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager())
                .build();
    }

    /** Signs {@code username} in through the sign-in form, as a browser does; this client keeps the session. */
    void signIn(String username, String password) {
        String form = send("sign-in form", get("/login")).text();
        Answer signedIn = send(
                "sign in",
                form(
                        "/login",
                        List.of(
                                Map.entry("username", username),
                                Map.entry("password", password),
                                Map.entry("_csrf", csrf(form)))));
        assertThat(signedIn.status()).as("signed in").isEqualTo(302);
    }

    /** A form's POST to {@code path}, its fields form-encoded. */
    HttpRequest form(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** The CSRF token of the first form of {@code html}. */
    static String csrf(String html) {
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    /** The hidden fields of {@code html}, in order. */
    static List<Map.Entry<String, String>> hidden(String html) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher field = HIDDEN.matcher(html);
        while (field.find()) {
            fields.add(Map.entry(field.group(1), HtmlUtils.htmlUnescape(field.group(2))));
        }
        return fields;
    }

    static String body(String query, Map<String, Object> variables) {
        return JSON.writeValueAsString(Map.of("query", query, "variables", variables));
    }

    HttpRequest graphQl(String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
    }

    Answer send(String name, HttpRequest request) {
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long arrived = System.nanoTime();
            String text = response.body();
            JsonNode body =
                    text.isBlank() || !text.strip().startsWith("{") ? JSON.createObjectNode() : JSON.readTree(text);
            return new Answer(name, response.statusCode(), response.headers().map(), body, text, sent, arrived);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code asks} in turn from {@code threads} threads until {@code nanos} have passed; every answer. */
    List<Answer> load(List<Ask> asks, int threads, long nanos) throws InterruptedException {
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + nanos;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int first = t;
            pool.submit(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    Ask ask = asks.get(i % asks.size());
                    answers.add(send(ask.name(), ask.request().get()));
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(nanos + TimeUnit.SECONDS.toNanos(60), TimeUnit.NANOSECONDS))
                .as("the load ended")
                .isTrue();
        return answers;
    }

    /** The most threads this JVM ran while it watched, sampled every 50 ms from its start to its close. */
    static final class ThreadWatch implements AutoCloseable {

        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final int before = threads.getThreadCount();
        private final AtomicInteger most = new AtomicInteger(before);
        private final AtomicBoolean watching = new AtomicBoolean(true);
        private final Thread sampler = new Thread(() -> {
            while (watching.get()) {
                most.accumulateAndGet(threads.getThreadCount(), Math::max);
                HeldLockFaultTests.sleep(50);
            }
        });

        ThreadWatch() {
            sampler.setDaemon(true);
            sampler.start();
        }

        int before() {
            return before;
        }

        int most() {
            return most.get();
        }

        @Override
        public void close() {
            watching.set(false);
        }
    }
}
