package org.chancery.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminClient.body;
import static org.chancery.admin.AdminClient.csrfField;

import jakarta.servlet.http.Cookie;
import java.util.regex.Pattern;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Who may see the curator pages and how a curator leaves them: the sign-in for an anonymous visitor, and
 * signing out with a form that carries the CSRF token. The pages themselves are tested as slices in the
 * admin module.
 */
@AdminTest
class AdminSessionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AdminClient client;

    Cookie olga;

    @BeforeEach
    void signIn() {
        client.user("frame-olga", Role.CURATOR);
        olga = client.signIn("frame-olga");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInFromEveryPage() {
        for (String page : new String[] {
            "/admin", "/admin/entities", "/admin/entities/E3", "/admin/sources/S1", "/admin/claims/C6", "/admin/changes"
        }) {
            MvcTestResult result = mvc.get().uri(page).exchange();

            assertThat(result).as(page).hasStatus(HttpStatus.FOUND);
            assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
                    .as(page)
                    .endsWith("/login");
        }
    }

    @Test
    void theLayoutSignsTheCuratorOutWithAPostCarryingTheToken() {
        MvcTestResult page = client.get(olga, "/admin");

        assertThat(page).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
        assertThat(body(page))
                .contains("Signed in as frame-olga")
                .containsPattern(Pattern.compile(
                        "<form class=\"account__sign-out\" action=\"/logout\" method=\"post\">"
                                + ".*?<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"/>.*?</form>",
                        Pattern.DOTALL));
    }

    @Test
    void signingOutWithTheFormEndsTheSession() {
        MvcTestResult page = client.get(olga, "/admin");
        Cookie token = page.getResponse().getCookie("XSRF-TOKEN");

        MvcTestResult out = mvc.post()
                .uri("/logout")
                .cookie(olga, token)
                .param("_csrf", csrfField(page))
                .exchange();

        assertThat(out).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?logout");
        assertThat(client.get(olga, "/admin")).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void signingOutWithoutTheTokenIsRefused() {
        MvcTestResult out = mvc.post().uri("/logout").cookie(olga).exchange();

        assertThat(out).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(client.get(olga, "/admin")).hasStatusOk();
    }

    @Test
    void theStylesheetIsServedToAnyone() {
        MvcTestResult css = mvc.get().uri("/css/admin.css").exchange();

        assertThat(css).hasStatusOk().hasContentTypeCompatibleWith("text/css");
        assertThat(body(css)).contains(":focus-visible");
    }
}
