package org.chancery.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.NewApiToken;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A registry whose reads need a signed-in user, whose sessions end after a second idle, open to one origin. */
@SpringBootTest(
        properties = {
            "chancery.security.public-reads=false",
            "chancery.security.allowed-origins=https://news.example",
            "spring.session.timeout=1s"
        })
@AutoConfigureMockMvc
class LockedDownTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Users users;

    SignedInClient client;

    @BeforeEach
    void client() {
        client = new SignedInClient(mvc, accounts, users);
    }

    @Test
    void aSessionIdleForLongerThanTheTimeoutIsOver() throws InterruptedException {
        Cookie session = client.session(client.user("locked-ida", Role.READER));
        assertThat(mvc.get().uri("/admin/anything").cookie(session)).hasStatus(HttpStatus.NOT_FOUND);

        Thread.sleep(2_100);

        MvcTestResult expired = mvc.get().uri("/admin/anything").cookie(session).exchange();
        assertThat(expired).hasStatus(HttpStatus.FOUND);
        assertThat(expired.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/login");
    }

    @Test
    void withoutPublicReadsGraphQlNeedsASignedInUser() {
        assertThat(mvc.post()
                        .uri("/graphql")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\":\"{ __typename }\"}"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .headers()
                .containsHeader(HttpHeaders.WWW_AUTHENTICATE);
        MvcTestResult graphiql = mvc.get().uri("/graphiql").exchange();
        assertThat(graphiql).hasStatus(HttpStatus.FOUND);
        assertThat(graphiql.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/login");
        MvcTestResult home = mvc.get().uri("/").exchange();
        assertThat(home)
                .as("the home page, which counts what the registry holds")
                .hasStatus(HttpStatus.FOUND);
        assertThat(home.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/login");

        NewApiToken token = accounts.createApiToken(
                client.user("locked-ivo", Role.READER), SignedInClient.PASSWORD, "reader", null);
        assertThat(mvc.post()
                        .uri("/graphql")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\":\"{ __typename }\"}")
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isNotIn(401, 403);
    }

    @Test
    void pagesFromAnAllowedOriginMayQueryGraphQl() {
        MvcTestResult preflight = mvc.options()
                .uri("/graphql")
                .header(HttpHeaders.ORIGIN, "https://news.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type, authorization")
                .exchange();

        assertThat(preflight).hasStatusOk();
        assertThat(preflight.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN))
                .isEqualTo("https://news.example");
        assertThat(preflight.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS))
                .isNull();

        MvcTestResult other = mvc.options()
                .uri("/graphql")
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange();
        assertThat(other.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN))
                .isNull();
    }
}
