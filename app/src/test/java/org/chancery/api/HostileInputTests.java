package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.StatementCounter;
import org.chancery.domain.RegistryVersion;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attacker sends to {@code /graphql}, over a real socket: every case is answered in the error
 * contract with its HTTP status and classification, changes nothing, sends no SQL statement where the
 * refusal comes before anything is read, and adds at most one short line to the log.
 */
@SpringBootTest(classes = ChanceryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTests {

    private static final Set<String> CLASSIFICATIONS = Set.of(
            "BAD_REQUEST",
            "NOT_FOUND",
            "UNAUTHORIZED",
            "FORBIDDEN",
            "CONFLICT",
            "TOO_MANY_REQUESTS",
            "UNAVAILABLE",
            "INTERNAL_ERROR");
    private static final String PASSWORD = "a password for the hostile tests";
    private static final int MEGABYTE = 1 << 20;

    @LocalServerPort
    int port;

    @Autowired
    StatementCounter statements;

    @Autowired
    RegistryVersion registry;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    private CapturedOutput output;

    private String curator;

    @BeforeEach
    void curatorAndWarmServer(CapturedOutput output) {
        this.output = output;
        String name = ApiUsers.unique("hostile");
        accounts.createUser(Actor.SYSTEM, name, Role.CURATOR, PASSWORD);
        curator = accounts.createApiToken(name, PASSWORD, "hostile tests", null).secret();
        send(query("{ __typename }"));
    }

    @Test
    void aMegabyteSearchFromAnyoneWithoutATokenIsRefusedUnreadAndSendsNoStatement() {
        String words = "ab ".repeat(MEGABYTE / 3);

        hostile(query("query($s: String) { entities(filter: {search: $s}) { totalCount } }", "s", words), true)
                .refused(413, "BAD_REQUEST", null)
                .hasMessage("The request is larger than 262144 bytes, the most anyone but a curator may send");
    }

    @Test
    void aSearchOverItsBoundIsRefusedNamingTheFieldAndItsSizeBeforeAnyStatement() {
        String words = "ab ".repeat(60_000);

        Answer answer =
                hostile(query("query($s: String) { entities(filter: {search: $s}) { totalCount } }", "s", words), true);

        statements.reset();
        send(query("query($s: String) { entities(filter: {search: $s}) { totalCount } }", "s", "russia"));
        assertThat(statements.count()).as("a search that is served reads").isPositive();
        answer.refused(200, "BAD_REQUEST", "filter.search")
                .hasMessage("Shorten it to at most 200 characters (180000 were sent)");
    }

    @Test
    void aCuratorMaySendMoreButNotPastTheBounds() {
        String words = "ab ".repeat(MEGABYTE / 3);

        hostile(
                        query("query($s: String) { entities(filter: {search: $s}) { totalCount } }", "s", words)
                                .bearing(curator),
                        false)
                .refused(200, "BAD_REQUEST", "filter.search");
        hostile(
                        query(
                                        "query($t: String) { sources(filter: {title: $t}) { totalCount } }",
                                        "t",
                                        "x".repeat(MEGABYTE))
                                .bearing(curator),
                        false)
                .refused(200, "BAD_REQUEST", "filter.title");
        List<String> keys = IntStream.range(0, 200_000).mapToObj(i -> "key" + i).toList();
        hostile(
                        query("query($p: [String!]) { claims(filter: {predicates: $p}) { totalCount } }", "p", keys)
                                .bearing(curator),
                        false)
                .refused(200, "BAD_REQUEST", "filter.predicates")
                .hasMessage("Give at most 50 of these (200000 were sent)");
    }

    @Test
    void aBoundInAFragmentOnANestedFieldHoldsToo() {
        List<String> keys = IntStream.range(0, 51).mapToObj(i -> "key" + i).toList();

        hostile(
                        query(
                                "query($p: [String!]) { entity(id: \"E1\") { ...c } } fragment c on Entity { claims(predicates: $p) { totalCount } }",
                                "p",
                                keys),
                        true)
                .refused(200, "BAD_REQUEST", "predicates");
    }

    @Test
    void anOverlongIdCursorOrDateIsRefusedWithoutRepeatingIt() {
        String huge = "E" + "9".repeat(100_000);

        hostile(query("query($id: ID!) { node(id: $id) { id } }", "id", huge), true)
                .refused(200, "BAD_REQUEST", "id")
                .messageDoesNotContain("999999999");
        hostile(query("query($a: String) { entities(after: $a) { totalCount } }", "a", huge), true)
                .refused(200, "BAD_REQUEST", "after");
        hostile(query("query($k: DateTime) { entity(id: \"E1\", knownAt: $k) { id } }", "k", huge), true)
                .refused(200, "BAD_REQUEST", null)
                .messageDoesNotContain("999999999");
        hostile(query("{ entities(after: \"!!!\") { totalCount } }"), true).refused(200, "BAD_REQUEST", "after");
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnreadWhetherItsLengthIsGivenOrNot() {
        byte[] body = body("{ predicates { key } }", Map.of("unused", "x".repeat(10 * MEGABYTE)));
        byte[] megabyte = body("{ predicates { key } }", Map.of("unused", "x".repeat(MEGABYTE)));

        hostile(post(body, "application/json"), true).refused(413, "BAD_REQUEST", null);
        hostile(chunked(body), true).refused(413, "BAD_REQUEST", null);
        hostile(chunked(megabyte), true).refused(413, "BAD_REQUEST", null);
        hostile(post(body, "application/json").bearing(curator), false).refused(413, "BAD_REQUEST", null);
        hostile(chunked(body).bearing(curator), false).refused(413, "BAD_REQUEST", null);
        assertThat(send(post(megabyte, "application/json").bearing(curator)).status())
                .isEqualTo(200);
    }

    @Test
    void transportFailuresAnswerInTheContract() {
        hostile(
                        post(
                                "[{\"query\":\"{ predicates { key } }\"}]".getBytes(StandardCharsets.UTF_8),
                                "application/json"),
                        true)
                .refused(400, "BAD_REQUEST", null);
        hostile(post("{\"query\": ".getBytes(StandardCharsets.UTF_8), "application/json"), true)
                .refused(400, "BAD_REQUEST", null);
        byte[] invalidUtf8 = {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        hostile(post(invalidUtf8, "application/json"), true).refused(400, "BAD_REQUEST", null);
        hostile(post("{\"query\":\"{ predicates { key } }\"}".getBytes(StandardCharsets.UTF_8), "text/plain"), true)
                .refused(415, "BAD_REQUEST", null);
        String mutation = "mutation { revokeApiToken(input: {id: \"T1\"}) { token { id } } }";
        hostile(get(mutation), true).refused(405, "BAD_REQUEST", null).hasMessage("Send mutations with POST, not GET");
    }

    @Test
    void anUnknownOrRevokedTokenIsUnauthorizedInTheContract() {
        Answer unknown = hostile(query("{ predicates { key } }").bearing("chy_" + "x".repeat(43)), false);

        unknown.refused(401, "UNAUTHORIZED", null);
        assertThat(unknown.header("WWW-Authenticate")).startsWith("Bearer");
        hostile(query("{ predicates { key } }").bearing("not a token at all " + "x".repeat(5000)), true)
                .refused(401, "UNAUTHORIZED", null);
    }

    @Test
    void messagesNameNoClassAndRepeatNoParsedValue() {
        hostile(query("{ entities(filter: {serch: \"x\"}) { totalCount } }"), true)
                .refused(200, "BAD_REQUEST", "filter")
                .messageDoesNotContain("ObjectValue", "StringValue", "{");
        hostile(query("{ entities(first: 2147483648) { totalCount } }"), true)
                .refused(200, "BAD_REQUEST", "first")
                .messageDoesNotContain("IntValue", "it was");
        hostile(query("{ entities(filter: {kinds: [POLITI]}) { totalCount } }"), true)
                .refused(200, "BAD_REQUEST", "filter.kinds[0]")
                .messageDoesNotContain("EnumValue", "POLITI");
        hostile(query("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"), true)
                .refused(200, "BAD_REQUEST", null);
    }

    @Test
    void aSearchOfOnlyPunctuationMatchesNothing() {
        for (String punctuation : List.of("%", "_", "!", "%%", " ?! ")) {
            Answer answer = hostile(
                    query("query($s: String) { entities(filter: {search: $s}) { totalCount } }", "s", punctuation),
                    false);
            assertThat(answer.body().at("/data/entities/totalCount").asInt())
                    .as(punctuation)
                    .isZero();
        }
    }

    @Test
    void longListsInAMutationAreRefusedBeforeAnythingIsWritten() {
        List<Map<String, String>> aliases = IntStream.range(0, 10_000)
                .mapToObj(i -> Map.of("name", "name " + i))
                .toList();
        List<Map<String, String>> ids = IntStream.range(0, 10_000)
                .mapToObj(i -> Map.of("scheme", "registry", "value", "id" + i))
                .toList();
        String create =
                "mutation($a: [AliasInput!], $x: [ExternalIdInput!]) { createEntity(input: {kind: POLITY, name: \"Hostile\", aliases: $a, externalIds: $x}) { entity { id } } }";

        hostile(query(create, "a", aliases).bearing(curator), false)
                .refused(200, "BAD_REQUEST", "aliases")
                .hasMessage("Give at most 100 of these (10000 were sent)");
        hostile(query(create, "x", ids).bearing(curator), false).refused(200, "BAD_REQUEST", "externalIds");
        List<Map<String, Object>> citations = Collections.nCopies(5_000, citation());
        hostile(query(assertion(), "c", citations).bearing(curator), false).refused(200, "BAD_REQUEST", "citations");
    }

    @Test
    void theSameCitationTwiceAndAClaimStatedAlreadyAreRefusedNamingWhatIsRepeated() {
        hostile(query(assertion(), "c", List.of(citation(), citation())).bearing(curator), false)
                .refused(200, "BAD_REQUEST", "citations[1]");
        String asserted = send(query(assertion(), "c", List.of(citation())).bearing(curator))
                .body()
                .at("/data/assertClaim/claim/id")
                .asString();

        Answer repeated = hostile(query(assertion(), "c", List.of(citation())).bearing(curator), false);

        repeated.refused(200, "BAD_REQUEST", "subject");
        assertThat(repeated.error().at("/extensions/existing").asString()).isEqualTo(asserted);
    }

    @Test
    void aSourceWithTheLongestTextFitsTheBodyLimitAndOneCharacterMoreIsRefused() {
        String longest = "漢".repeat(1_000_000);
        String create =
                "mutation($t: String) { createSource(input: {kind: OTHER, title: \"The longest text\", text: $t}) { source { id } } }";

        Answer created = send(query(create, "t", longest).bearing(curator));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().at("/data/createSource/source/id").asString()).startsWith("S");
        hostile(query(create, "t", longest + "漢").bearing(curator), false).refused(200, "BAD_REQUEST", "text");
    }

    @Test
    void aCommittedMutationIsReturnedWhenAnAliasedSiblingFails() {
        String name = ApiUsers.unique("sibling");
        accounts.createUser(Actor.SYSTEM, name, Role.READER, PASSWORD);
        String twoTokens = """
                mutation($u: String!, $p: String!) {
                  a0: createApiToken(input: {username: $u, password: $p, label: "a0"}) { secret }
                  a1: createApiToken(input: {username: $u, password: "not the password", label: "a1"}) { secret }
                }""";
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("u", name);
        variables.put("p", PASSWORD);

        Answer answer = send(new Request("POST", body(twoTokens, variables), "application/json", null, false));

        assertThat(answer.body().at("/data/a0/secret").asString()).startsWith(AccountAdministration.TOKEN_PREFIX);
        assertThat(answer.body().at("/data/a1").isNull()).isTrue();
        assertThat(answer.error().at("/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(answer.error().at("/path/0").asString()).isEqualTo("a1");
    }

    /** Sends {@code request}, checking that it changed nothing, what it cost, and what it logged. */
    private Answer hostile(Request request, boolean readsNothing) {
        long version = registry.current();
        int logged = output.length();
        statements.reset();

        Answer answer = send(request);

        int sent = statements.count();
        String log = output.toString().substring(logged);
        assertThat(registry.current()).as("the registry's version").isEqualTo(version);
        if (readsNothing) {
            assertThat(sent).as("statements sent").isZero();
        }
        assertThat(log.lines().toList()).as("lines logged").hasSizeLessThanOrEqualTo(1);
        assertThat(log.length()).as("characters logged").isLessThanOrEqualTo(600);
        return answer;
    }

    private Answer send(Request request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"
                            + (request.method().equals("GET")
                                    ? "?query="
                                            + URLEncoder.encode(
                                                    new String(request.body(), StandardCharsets.UTF_8),
                                                    StandardCharsets.UTF_8)
                                    : "")))
                    .header("Accept", "application/json");
            if (request.token() != null) {
                builder.header("Authorization", "Bearer " + request.token());
            }
            if (request.method().equals("GET")) {
                builder.GET();
            } else {
                builder.header("Content-Type", request.contentType())
                        .POST(
                                request.chunked()
                                        ? HttpRequest.BodyPublishers.ofInputStream(
                                                () -> new ByteArrayInputStream(request.body()))
                                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            }
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), json.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Request query(String document, Object... variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        return new Request("POST", body(document, values), "application/json", null, false);
    }

    private static Request post(byte[] body, String contentType) {
        return new Request("POST", body, contentType, null, false);
    }

    private static Request chunked(byte[] body) {
        return new Request("POST", body, "application/json", null, true);
    }

    private static Request get(String document) {
        return new Request("GET", document.getBytes(StandardCharsets.UTF_8), null, null, false);
    }

    private byte[] body(String document, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return json.writeValueAsBytes(body);
    }

    private static String assertion() {
        return """
                mutation($c: [CitationInput!]!) {
                  assertClaim(input: {subject: "E1", predicate: "condemns", object: {entity: "E34"}, validFrom: "1999", citations: $c}) {
                    claim { id }
                  }
                }""";
    }

    private static Map<String, Object> citation() {
        return Map.of("source", "S1", "quote", "Russian President Vladimir Putin", "modality", "STATED");
    }

    private record Request(String method, byte[] body, String contentType, String token, boolean chunked) {

        Request bearing(String secret) {
            return new Request(method, body, contentType, secret, chunked);
        }
    }

    private record Answer(int status, Map<String, List<String>> headers, JsonNode body) {

        JsonNode error() {
            return body.at("/errors/0");
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse("");
        }

        /** Checks the status, that every error is in the contract, and the first one's classification and field. */
        Answer refused(int expectedStatus, String classification, String field) {
            assertThat(status).as("HTTP status").isEqualTo(expectedStatus);
            assertThat(body.has("errors")).as("errors in " + body).isTrue();
            List<String> messages = new ArrayList<>();
            for (JsonNode error : body.get("errors")) {
                String kind = error.at("/extensions/classification").asString();
                assertThat(CLASSIFICATIONS).as("classification of " + error).contains(kind);
                assertThat(error.at("/extensions/code").asString()).isEqualTo(kind);
                messages.add(error.get("message").asString());
            }
            assertThat(error().at("/extensions/classification").asString()).isEqualTo(classification);
            if (field != null) {
                assertThat(error().at("/extensions/field").asString()).isEqualTo(field);
            }
            assertThat(messages)
                    .allSatisfy(message ->
                            assertThat(message).doesNotContain("org.", "java.", "Exception", "SQL", "\tat "));
            return this;
        }

        Answer hasMessage(String message) {
            assertThat(error().get("message").asString()).isEqualTo(message);
            return this;
        }

        Answer messageDoesNotContain(String... texts) {
            assertThat(error().get("message").asString()).doesNotContain(texts);
            return this;
        }
    }
}
