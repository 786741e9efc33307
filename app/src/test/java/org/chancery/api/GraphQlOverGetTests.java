package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.app.ChanceryApplication;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** GraphQL over HTTP GET, as an HTTP cache in front of the server sees it: queries only, with validators. */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class GraphQlOverGetTests {

    static final String RUSSIA = "{ entity(id: \"E1\") { id name } }";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountAdministration accounts;

    @Test
    void aQueryOverGetIsAnsweredWithCachingHeadersAndAnETag() {
        MvcTestResult result = get(RUSSIA, null);

        assertThat(result)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.data.entity.name")
                .isEqualTo("Russia");
        assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                .contains("public")
                .containsPattern("max-age=[1-9][0-9]*");
        assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).matches("\"[^\"]+\"");
    }

    @Test
    void theSameQueryWithItsETagIsNotModified() {
        String etag = get(RUSSIA, null).getResponse().getHeader(HttpHeaders.ETAG);

        MvcTestResult again = get(RUSSIA, etag);

        assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(again.getResponse().getContentLength()).isZero();
        assertThat(again.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
    }

    @Test
    void anotherAnswerHasAnotherETagAndAStaleOneGetsTheWholeAnswer() {
        String russia = get(RUSSIA, null).getResponse().getHeader(HttpHeaders.ETAG);
        String ukraine = "{ entity(id: \"E4\") { id name } }";

        MvcTestResult other = get(ukraine, russia);

        assertThat(other)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.data.entity.name")
                .isEqualTo("Ukraine");
        assertThat(other.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(russia);
    }

    @Test
    void variablesAndTheOperationNameComeAsParameters() {
        MvcTestResult result = mvc.get()
                .uri("/graphql")
                .param("query", "query one($id: ID!) { entity(id: $id) { name } } query two { viewer { role } }")
                .param("operationName", "one")
                .param("variables", "{\"id\": \"E3\"}")
                .exchange();

        assertThat(result)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.data.entity.name")
                .isEqualTo("Luhansk People's Republic");
    }

    @Test
    void aMutationOverGetIsNotAllowedAndChangesNothing() {
        String name = "Republic created by a link";
        MvcTestResult result =
                get("mutation { createEntity(input: {kind: POLITY, name: \"" + name + "\"}) { entity { id } } }", null);

        assertThat(result).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(result).headers().hasValue(HttpHeaders.ALLOW, "POST");
        assertThat(get("{ entities(filter: {search: \"" + name + "\"}) { totalCount } }", null))
                .bodyJson()
                .extractingPath("$.data.entities.totalCount")
                .isEqualTo(0);
    }

    @Test
    void anAnswerForASignedInUserIsNotStoredByCaches() {
        String username = ApiUsers.unique("reader");
        accounts.createUser(Actor.SYSTEM, username, Role.READER, ApiUsers.PASSWORD);
        String secret = accounts.createApiToken(username, ApiUsers.PASSWORD, "feeds", null)
                .secret();

        MvcTestResult result = mvc.get()
                .uri("/graphql")
                .param("query", "{ viewer { username } }")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                .exchange();

        assertThat(result)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.data.viewer.username")
                .isEqualTo(username);
        assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                .contains("no-store")
                .doesNotContain("public");
    }

    private MvcTestResult get(String query, String ifNoneMatch) {
        var request = mvc.get().uri("/graphql").param("query", query);
        if (ifNoneMatch != null) {
            request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return request.exchange();
    }
}
