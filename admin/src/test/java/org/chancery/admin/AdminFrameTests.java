package org.chancery.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;

import org.chancery.domain.Fixtures;
import org.chancery.domain.claim.ClaimCuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What every curator page shares: the layout, the 404 and error pages. */
@AdminSliceTest
@Import(AdminFrameTests.FailingPage.class)
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
    AdminPages pages;

    @Autowired
    ClaimCuration claims;

    @BeforeEach
    void aClaim() {
        claims.assertClaim(Fixtures.curator(), Fixtures.russiaRecognizesDonetsk());
    }

    @Test
    void theLayoutNavigatesAndOffersToSignOut() {
        MvcTestResult page = pages.get("/admin");

        assertThat(page).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
        assertThat(body(page))
                .contains("<html lang=\"en\">", "href=\"#main\"", "<main id=\"main\"")
                .contains(
                        "href=\"/admin\"",
                        "href=\"/admin/entities\"",
                        "href=\"/admin/sources\"",
                        "href=\"/admin/changes\"",
                        "href=\"/graphiql\"")
                .contains("aria-current=\"page\"", "Signed in as olga")
                .contains("<form class=\"account__sign-out\" action=\"/logout\" method=\"post\">")
                .contains("<link rel=\"stylesheet\" href=\"/css/admin.css\">");
    }

    @Test
    void theStylesheetIsServed() {
        MvcTestResult css = pages.get("/css/admin.css");

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
            "/admin/claims/C1?revision=99",
            "/admin/claims/C1?revision=first"
        }) {
            MvcTestResult result = pages.get(page);

            assertThat(result).as(page).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(body(result)).as(page).contains("Page not found", "Signed in as olga");
        }
    }

    @Test
    void theNotFoundPageShowsTheIdAsText() {
        MvcTestResult result = pages.get("/admin/entities/<script>alert(1)");

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(body(result)).contains("&lt;script&gt;alert(1)").doesNotContain("<script>");
    }

    @Test
    void aFailureShowsTheErrorPageAndLeaksNothing() {
        MvcTestResult result = pages.get(FailingPage.PATH);

        assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(body(result))
                .contains("Sorry, something went wrong", "Signed in as olga")
                .doesNotContain(FailingPage.SECRET, "IllegalStateException", "at org.", "Exception");
    }

    @Test
    void aBadCursorIsABadRequestPage() {
        MvcTestResult result = pages.get("/admin/changes?after=yesterday");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(result)).contains("That request could not be served");
    }
}
