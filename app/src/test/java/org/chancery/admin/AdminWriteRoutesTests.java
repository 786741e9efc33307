package org.chancery.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminClient.csrfField;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.domain.revision.ChangeFilter;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.RecentChange;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every curator route that changes something, found from the mappings, refuses whoever may not use it:
 * an anonymous visitor is sent to sign in, a reader is refused (but for their own API tokens), and a
 * request without the CSRF token is forbidden; none of them writes anything.
 */
@AdminTest
class AdminWriteRoutesTests {

    /** The routes where a reader manages their own API tokens (their use cases check the owner). */
    private static final Set<String> READERS_OWN =
            Set.of("/admin/account/password", "/admin/account/tokens", "/admin/tokens/T1/revoke");

    private static final Map<String, String> SAMPLE_IDS = Map.of("entities", "E3", "sources", "S1", "claims", "C6");

    /** Enough input for any of the forms to bind, so that the refusal comes from who is asking. */
    private static final Map<String, String> INPUT = Map.ofEntries(
            Map.entry("expectedRevision", "1"),
            Map.entry("revision", "1"),
            Map.entry("toRevision", "1"),
            Map.entry("reason", "A reason"),
            Map.entry("summary", "A summary"),
            Map.entry("subject", "E1"),
            Map.entry("predicate", "diplomatic_relations_with"),
            Map.entry("object", "E2"),
            Map.entry("rank", "NORMAL"),
            Map.entry("citations[0].source", "S1"),
            Map.entry("citations[0].quote", "it was agreed to establish diplomatic contacts at the embassy level"),
            Map.entry("citations[0].modality", "STATED"));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    History history;

    @Autowired
    StatementLog log;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AdminClient client;

    @BeforeEach
    void users() {
        client.user("writes-rita", Role.READER);
        client.user("writes-olga", Role.CURATOR);
    }

    @Test
    void theRoutesAreFoundFromTheMappings() {
        assertThat(routes())
                .contains("/admin/claims/C6/deprecate", "/admin/claims/C6/review", "/admin/entities/E3/review");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        MvcTestResult login = mvc.get().uri("/login").exchange();
        Cookie token = login.getResponse().getCookie("XSRF-TOKEN");
        String csrf = csrfField(login);

        assertNothingWritten(() -> {
            for (String route : routes()) {
                MvcTestResult result = withInput(
                                mvc.post().uri(route).cookie(token).param("_csrf", csrf))
                        .exchange();
                assertThat(result).as(route).hasStatus3xxRedirection();
                assertThat(result.getResponse().getRedirectedUrl()).as(route).endsWith("/login");
            }
        });
    }

    @Test
    void aReaderIsRefusedAllButTheirOwnTokens() {
        Cookie session = client.signIn("writes-rita");
        MvcTestResult page = client.get(session, "/admin");
        Cookie token = page.getResponse().getCookie("XSRF-TOKEN");
        String csrf = csrfField(page);
        List<String> routes = routes();
        assertThat(routes).contains(READERS_OWN.toArray(String[]::new));

        assertNothingWritten(() -> {
            for (String route :
                    routes.stream().filter(r -> !READERS_OWN.contains(r)).toList()) {
                MvcTestResult result = withInput(
                                mvc.post().uri(route).cookie(session, token).param("_csrf", csrf))
                        .exchange();
                assertThat(result).as(route).hasStatus(403);
            }
        });
    }

    @Test
    void aCuratorWithoutTheCsrfTokenIsForbidden() {
        Cookie session = client.signIn("writes-olga");

        assertNothingWritten(() -> {
            for (String route : routes()) {
                MvcTestResult result =
                        withInput(mvc.post().uri(route).cookie(session)).exchange();
                assertThat(result).as(route).hasStatus(403);
            }
        });
    }

    private void assertNothingWritten(Runnable requests) {
        RecentChange before = latestChange();
        log.clear();
        requests.run();
        List<String> writes =
                log.statements().stream().filter(AdminRoutes::writes).toList();
        assertThat(writes).as("statements that change the registry").isEmpty();
        assertThat(latestChange()).isEqualTo(before);
    }

    private static MockMvcTester.MockMvcRequestBuilder withInput(MockMvcTester.MockMvcRequestBuilder request) {
        INPUT.forEach(request::param);
        return request;
    }

    /** Every POST route of the curator pages. */
    private List<String> routes() {
        return AdminRoutes.answering(mappings, RequestMethod.POST, Set.of());
    }

    private RecentChange latestChange() {
        return history.recent(ChangeFilter.ALL, 1, null).items().get(0);
    }
}
