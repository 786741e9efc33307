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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What every curator page shares: who may see it, the layout, signing out, the 404 and error pages. */
@AdminTest
class AdminFrameTests {

    /** A curator page that fails with a message no visitor may see, as a bug would. */
    @RestController
    static class FailingPage {

        static final String PATH = "/admin/failing-on-purpose";
        static final String SECRET = "SELECT password FROM app_user";

        @GetMapping(PATH)
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

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
    void theLayoutNavigatesAndSignsTheCuratorOutWithAPostCarryingTheToken() {
        MvcTestResult page = client.get(olga, "/admin");

        assertThat(page).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
        assertThat(body(page))
                .contains("<html lang=\"en\">", "href=\"#main\"", "<main id=\"main\"")
                .contains(
                        "href=\"/admin\"",
                        "href=\"/admin/entities\"",
                        "href=\"/admin/sources\"",
                        "href=\"/admin/changes\"",
                        "href=\"/graphiql\"")
                .contains("aria-current=\"page\"", "Signed in as frame-olga")
                .containsPattern(Pattern.compile(
                        "<form class=\"account__sign-out\" action=\"/logout\" method=\"post\">"
                                + ".*?<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"/>.*?</form>",
                        Pattern.DOTALL))
                .contains("<link rel=\"stylesheet\" href=\"/css/admin.css\">");
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

    @Test
    void anIdThatNamesNothingIsANotFoundPage() {
        for (String page : new String[] {
            "/admin/entities/E999999",
            "/admin/entities/X1",
            "/admin/entities/E01",
            "/admin/sources/S999999",
            "/admin/claims/C999999",
            "/admin/claims/C6?revision=99",
            "/admin/claims/C6?revision=first"
        }) {
            MvcTestResult result = client.get(olga, page);

            assertThat(result).as(page).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(body(result)).as(page).contains("Page not found", "Signed in as frame-olga");
        }
    }

    @Test
    void theNotFoundPageShowsTheIdAsText() {
        MvcTestResult result = client.get(olga, "/admin/entities/<script>alert(1)");

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(body(result)).contains("&lt;script&gt;alert(1)").doesNotContain("<script>");
    }

    @Test
    void aFailureShowsTheErrorPageAndLeaksNothing() {
        MvcTestResult result = client.get(olga, FailingPage.PATH);

        assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(body(result))
                .contains("Sorry, something went wrong", "Signed in as frame-olga")
                .doesNotContain(FailingPage.SECRET, "IllegalStateException", "at org.", "Exception");
    }

    @Test
    void aBadCursorIsABadRequestPage() {
        MvcTestResult result = client.get(olga, "/admin/changes?after=yesterday");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(result)).contains("That request could not be served");
    }
}
