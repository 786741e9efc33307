package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chancery.app.ChanceryApplication;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** Apollo's automatic persisted queries, over POST and GET: a front end sends a document's hash. */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
class PersistedQueriesTests {

    static final String NAME = "query name($id: ID!) { entity(id: $id) { name } }";
    static final String KIND = "query kind($id: ID!) { entity(id: $id) { kind } }";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Test
    void aHashNotYetKnownIsAnsweredPersistedQueryNotFound() {
        String unknown = sha256("{ predicates { key } } # never sent");

        MvcTestResult result = post(null, unknown, Map.of());

        assertThat(result).hasStatusOk().bodyJson().doesNotHavePath("$.data");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo(PersistedQueryCache.NOT_FOUND);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].extensions.code")
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aDocumentSentWithItsHashIsAnsweredAndThenKnownByTheHashAlone() {
        MvcTestResult first = post(NAME, sha256(NAME), Map.of("id", "E1"));
        MvcTestResult again = post(null, sha256(NAME), Map.of("id", "E4"));

        assertThat(first)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.data.entity.name")
                .isEqualTo("Russia");
        assertThat(again)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.data.entity.name")
                .isEqualTo("Ukraine");
    }

    @Test
    void twoKnownHashesWithTheSameVariablesGetTheirOwnAnswers() {
        post(NAME, sha256(NAME), Map.of("id", "E1"));
        post(KIND, sha256(KIND), Map.of("id", "E1"));

        assertThat(post(null, sha256(NAME), Map.of("id", "E1")))
                .bodyJson()
                .extractingPath("$.data.entity")
                .isEqualTo(Map.of("name", "Russia"));
        assertThat(post(null, sha256(KIND), Map.of("id", "E1")))
                .bodyJson()
                .extractingPath("$.data.entity")
                .isEqualTo(Map.of("kind", "POLITY"));
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRefusedAndKeepsNothing() {
        String other = sha256("{ predicates { key } }");

        MvcTestResult result = post(NAME, other, Map.of("id", "E1"));

        assertThat(result).bodyJson().doesNotHavePath("$.data");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].extensions.code")
                .isEqualTo("BAD_REQUEST");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("The sha256Hash is not that of the query");
        assertThat(post(null, other, Map.of()))
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo(PersistedQueryCache.NOT_FOUND);
    }

    @Test
    void aMalformedHashOrVersionIsABadRequest() {
        assertThat(post(null, "ABC", Map.of()))
                .bodyJson()
                .extractingPath("$.errors[0].extensions.code")
                .isEqualTo("BAD_REQUEST");
        assertThat(mvc.post()
                        .uri("/graphql")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "extensions",
                                Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", sha256(NAME))))))
                        .exchange())
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("Only version 1 of persisted queries is supported");
    }

    @Test
    void overGetAKnownHashIsAShortCacheableAddressAndAnUnknownOneIsNotKept() {
        post(NAME, sha256(NAME), Map.of("id", "E1"));

        MvcTestResult known = get(sha256(NAME), "{\"id\":\"E1\"}");
        MvcTestResult unknown = get(sha256("{ predicates { label } }"), null);

        assertThat(known)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.data.entity.name")
                .isEqualTo("Russia");
        assertThat(known.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("public");
        assertThat(unknown).bodyJson().extractingPath("$.errors[0].message").isEqualTo(PersistedQueryCache.NOT_FOUND);
        assertThat(unknown.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    }

    @Test
    void aPersistedMutationIsRefusedOverGet() {
        String mutation =
                "mutation { createApiToken(input: {username: \"x\", password: \"y\", label: \"z\"}) { secret } }";
        post(mutation, sha256(mutation), Map.of());

        assertThat(get(sha256(mutation), null)).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
    }

    private MvcTestResult post(@Nullable String query, String hash, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("variables", variables);
        body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        return mvc.post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))
                .exchange();
    }

    private MvcTestResult get(String hash, @Nullable String variables) {
        var request = mvc.get()
                .uri("/graphql")
                .param("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}");
        if (variables != null) {
            request = request.param("variables", variables);
        }
        return request.exchange();
    }

    static String sha256(String document) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
