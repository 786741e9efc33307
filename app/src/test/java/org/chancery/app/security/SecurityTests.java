package org.chancery.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.app.security.SignedInClient.PASSWORD;
import static org.chancery.app.security.SignedInClient.csrf;
import static org.chancery.app.security.SignedInClient.from;
import static org.chancery.app.security.SignedInClient.newAddress;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.NewApiToken;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who may reach what, signed in with a password or a token, with the default settings. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTests.WhoAmI.class)
class SecurityTests {

    /** Answers with the actor the use cases would get. */
    @RestController
    static class WhoAmI {

        private final CurrentActor actor;

        WhoAmI(CurrentActor actor) {
            this.actor = actor;
        }

        @GetMapping("/admin/who-am-i")
        String who() {
            Actor current = actor.current();
            return current.username() + " " + current.role();
        }
    }

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
    void anyoneMayAskForHealth() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    @Test
    void theCuratorPagesSendAnonymousVisitorsToSignIn() {
        MvcTestResult result = mvc.get().uri("/admin/anything").exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/login");
    }

    @Test
    void theSignInPageHasAFormWithTheCsrfToken() {
        MvcTestResult page = mvc.get().uri("/login").exchange();

        assertThat(page).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
        assertThat(page).bodyText().contains("<form method=\"post\" action=\"/login\">", "name=\"_csrf\"");
        assertThat(page.getResponse().getCookie("XSRF-TOKEN")).isNotNull();
        assertThat(page.getResponse().getCookie("XSRF-TOKEN").isHttpOnly()).isFalse();
    }

    @Test
    void aUserSignsInWithTheRightPasswordAndReachesTheCuratorPages() {
        String olga = client.user("sec-olga", Role.CURATOR);

        MvcTestResult signedIn = client.signIn(olga, PASSWORD, newAddress());

        assertThat(signedIn).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(mvc.get().uri("/admin/who-am-i").cookie(session))
                .hasStatusOk()
                .bodyText()
                .isEqualTo("sec-olga CURATOR");
    }

    @Test
    void aPasswordAnAdminSetReachesOnlyTheAccountPageUntilTheUserChoosesTheirOwn() {
        String fresh = "sec-fresh";
        accounts.createUser(Actor.user("sec-ada", Role.ADMIN), fresh, Role.CURATOR, PASSWORD);
        Cookie session = client.session(fresh);

        MvcTestResult dashboard = mvc.get().uri("/admin").cookie(session).exchange();
        assertThat(dashboard).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/account");
        assertThat(mvc.get().uri(URI.create("/%61dmin/entities")).cookie(session))
                .as("a path spelled with an escaped letter is the same path")
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/account");
        assertThat(mvc.get().uri("/admin/account").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("The password you signed in with was set for you");
        assertThat(mvc.post()
                        .uri("/graphql")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\":\"{ viewer { role } }\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);

        MvcTestResult changed = mvc.post()
                .uri("/admin/account/password")
                .cookie(session)
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("newPassword", "sec-fresh's own password")
                .exchange();

        assertThat(changed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/account");
        assertThat(mvc.get().uri("/admin").cookie(session)).hasStatusOk();
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessionsButNotThisOne() {
        String ines = client.user("sec-ines", Role.CURATOR);
        Cookie here = client.session(ines);
        Cookie elsewhere = client.session(ines);

        assertThat(mvc.post()
                        .uri("/admin/account/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "ines's next password"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri("/admin").cookie(here)).hasStatusOk();
        MvcTestResult signedOut = mvc.get().uri("/admin").cookie(elsewhere).exchange();
        assertThat(signedOut).hasStatus(HttpStatus.FOUND);
        assertThat(signedOut.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void theSignInFormWorksAsABrowserFillsItIn() throws Exception {
        String olga = client.user("sec-olga", Role.CURATOR);
        MvcTestResult page = mvc.get().uri("/login").exchange();
        Cookie token = page.getResponse().getCookie("XSRF-TOKEN");
        String body = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
        assertThat(field.find()).isTrue();

        MvcTestResult signedIn = mvc.post()
                .uri("/login")
                .cookie(token)
                .with(from(newAddress()))
                .param("username", olga)
                .param("password", PASSWORD)
                .param("_csrf", field.group(1))
                .exchange();

        assertThat(signedIn).hasRedirectedUrl("/admin");
        assertThat(signedIn.getResponse().getCookie("SESSION")).isNotNull();
        assertThat(signedIn.getResponse().getCookie("XSRF-TOKEN"))
                .as("a new token after signing in")
                .isNotNull();
    }

    @Test
    void aWrongPasswordSignsNobodyIn() {
        String rita = client.user("sec-rita", Role.READER);

        MvcTestResult refused = client.signIn(rita, "not the password", newAddress());

        assertThat(refused).hasRedirectedUrl("/login?error");
        assertThat(refused.getResponse().getCookie("SESSION")).isNull();
        assertThat(mvc.get().uri("/login?error"))
                .bodyText()
                .contains("Error: Sign in", "There is a problem", "The user name or the password is wrong.");
    }

    @Test
    void afterFiveFailuresFromOneAddressEvenTheRightPasswordFromThereIsToldToWait() {
        String bruno = client.user("sec-bruno", Role.CURATOR);
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(client.signIn(bruno, "not the password", address)).hasRedirectedUrl("/login?error");
        }

        MvcTestResult refused = client.signIn(bruno, PASSWORD, address);

        assertThat(refused).hasRedirectedUrl("/login?wait");
        assertThat(refused.getResponse().getCookie("SESSION")).isNull();
        assertThat(mvc.get().uri("/login?wait")).bodyText().contains("Wait 15 minutes, then try again.");
        String nobodys = newAddress();
        for (int i = 0; i < 5; i++) {
            client.signIn("sec-nobody", "not the password", nobodys);
        }
        assertThat(client.signIn("sec-nobody", PASSWORD, nobodys))
                .as("an account that does not exist is refused alike")
                .hasRedirectedUrl("/login?wait");
    }

    @Test
    void anAccountAttackedFromManyAddressesStillSignsItsOwnerInFromAnAddressThatHasNotFailed() {
        String carla = client.user("sec-carla", Role.CURATOR);
        for (int i = 0; i < 30; i++) {
            assertThat(client.signIn(carla, "not the password", newAddress())).hasRedirectedUrl("/login?error");
        }

        MvcTestResult signedIn = client.signIn(carla, PASSWORD, newAddress());

        assertThat(signedIn).hasRedirectedUrl("/admin");
        assertThat(signedIn.getResponse().getCookie("SESSION")).isNotNull();
    }

    @Test
    void afterTwentyFailuresFromOneAddressNobodySignsInFromThere() {
        String dora = client.user("sec-dora", Role.READER);
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            client.signIn("sec-guess-" + i, "not the password", address);
        }

        assertThat(client.signIn(dora, PASSWORD, address)).hasRedirectedUrl("/login?wait");
        assertThat(client.signIn(dora, PASSWORD, newAddress())).hasRedirectedUrl("/admin");
    }

    @Test
    void aChangeCarryingTheSessionCookieNeedsTheCsrfToken() {
        Cookie session = client.session(client.user("sec-carla", Role.CURATOR));

        assertThat(mvc.post().uri("/admin/anything").cookie(session)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/graphql")
                        .cookie(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\":\"{ __typename }\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/graphql")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\":\"{ __typename }\"}")
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isNotEqualTo(403);
    }

    @Test
    void aRequestWithoutTheSessionCookieNeedsNoCsrfToken() {
        assertThat(mvc.post()
                        .uri("/graphql")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\":\"{ __typename }\"}")
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isNotIn(401, 403);
    }

    @Test
    void signingInItselfNeedsTheCsrfToken() {
        String olga = client.user("sec-olga", Role.CURATOR);

        assertThat(mvc.post()
                        .uri("/login")
                        .with(from(newAddress()))
                        .param("username", olga)
                        .param("password", PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void signingOutEndsTheSession() {
        Cookie session = client.session(client.user("sec-lena", Role.READER));

        assertThat(mvc.post().uri("/logout").cookie(session).with(csrf())).hasRedirectedUrl("/login?logout");

        assertThat(mvc.get().uri("/admin/who-am-i").cookie(session)).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/login?logout")).bodyText().contains("You have signed out.");
    }

    @Test
    void aUserDisabledSinceSigningInIsSignedOutAndANewRoleCountsAtOnce() {
        String mira = client.user("sec-mira", Role.CURATOR);
        Cookie session = client.session(mira);

        accounts.updateUser(Actor.SYSTEM, mira, Role.READER, null, null);
        assertThat(mvc.get().uri("/admin/who-am-i").cookie(session)).bodyText().isEqualTo("sec-mira READER");

        accounts.updateUser(Actor.SYSTEM, mira, null, true, null);
        assertThat(mvc.get().uri("/admin/who-am-i").cookie(session)).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void aNewPasswordSignsTheUserOutEverywhere() {
        String nina = client.user("sec-nina", Role.CURATOR);
        Cookie laptop = client.session(nina);
        Cookie phone = client.session(nina);
        Cookie other = client.session(client.user("sec-omar", Role.CURATOR));

        accounts.updateUser(Actor.SYSTEM, nina, null, null, "another long password");

        assertThat(mvc.get().uri("/admin/who-am-i").cookie(laptop)).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/admin/who-am-i").cookie(phone)).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/admin/who-am-i").cookie(other)).bodyText().isEqualTo("sec-omar CURATOR");
        assertThat(client.signIn(nina, "another long password", newAddress())).hasRedirectedUrl("/admin");
    }

    @Test
    void aBearerTokenSignsItsOwnerInWithoutSessionOrCsrf() {
        String tess = client.user("sec-tess", Role.CURATOR);
        NewApiToken token = accounts.createApiToken(tess, PASSWORD, "dashboard", null);

        MvcTestResult result = mvc.get()
                .uri("/admin/who-am-i")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret())
                .exchange();

        assertThat(result).hasStatusOk().bodyText().isEqualTo("sec-tess CURATOR");
        assertThat(result.getResponse().getCookie("SESSION")).isNull();
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
    void aRevokedOrUnknownTokenIsAnswered401BeforeAnythingElse() {
        String tess = client.user("sec-tess", Role.CURATOR);
        NewApiToken token = accounts.createApiToken(tess, PASSWORD, "to revoke", null);
        accounts.revokeApiToken(Actor.user(tess, Role.CURATOR), token.token().id());

        for (String secret : new String[] {token.secret(), "chy_unknown", "garbage"}) {
            MvcTestResult result = mvc.get()
                    .uri("/actuator/health")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                    .exchange();
            assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
            assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE))
                    .startsWith("Bearer")
                    .contains("invalid_token");
        }
    }

    @Test
    void browsersFromOtherOriginsAreNotAllowedByDefault() {
        MvcTestResult preflight = mvc.options()
                .uri("/graphql")
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange();

        assertThat(preflight.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN))
                .isNull();
    }

    @Test
    void answersCarryTheUsualSecurityHeaders() {
        assertThat(mvc.get().uri("/login"))
                .headers()
                .hasValue("X-Content-Type-Options", "nosniff")
                .hasValue("X-Frame-Options", "DENY")
                .hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
                .containsHeader("Cache-Control");
        assertThat(mvc.get().uri("/admin").exchange().getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
    }
}
