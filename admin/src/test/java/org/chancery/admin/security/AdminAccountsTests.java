package org.chancery.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AdminSliceTest;
import org.chancery.domain.Fixtures;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.User;
import org.chancery.domain.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Users for admins, and each user's own API tokens: created once and shown once, listed, revoked. */
@AdminSliceTest
class AdminAccountsTests {

    private static final String PASSWORD = "a long enough password";

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">(chy_[A-Za-z0-9_-]+)<");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Users users;

    @Autowired
    AdminPages pages;

    final Actor ada = Fixtures.admin();

    final Actor olga = Actor.user("accounts-olga", Role.CURATOR);

    @BeforeEach
    void aCurator() {
        user(olga.username(), Role.CURATOR);
    }

    @Test
    void anAdminAddsACuratorWhoCanThenSignIn() {
        MvcTestResult added =
                pages.as(ada).post("/admin/users", "username", "accounts-new", "role", "CURATOR", "password", PASSWORD);

        assertThat(added).hasStatus3xxRedirection().hasRedirectedUrl("/admin/users/accounts-new");
        assertThat(users.find("accounts-new"))
                .as("a user an admin adds chooses their own password when they first sign in")
                .contains(new User("accounts-new", Role.CURATOR, false, true));
        assertThat(body(pages.as(ada).get("/admin/users"))).contains("href=\"/admin/users/accounts-new\"");
        assertThat(accounts.signIn("accounts-new", PASSWORD, null)).isEqualTo(Actor.user("accounts-new", Role.CURATOR));
    }

    @Test
    void aRefusedUserShowsTheErrorNextToTheFieldAndKeepsTheName() {
        MvcTestResult refused =
                pages.as(ada).post("/admin/users", "username", "Not Valid!", "role", "CURATOR", "password", "short");

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("There is a problem", "href=\"#username\"", "id=\"username-error\"", "value=\"Not Valid!\"")
                .doesNotContain("value=\"short\"");
        assertThat(users.find("Not Valid!")).isEmpty();
    }

    @Test
    void anAdminChangesARoleDisablesAnAccountAndSetsAPassword() {
        user("accounts-rita", Role.READER);

        pages.as(ada).post("/admin/users/accounts-rita", "role", "CURATOR", "password", "");
        assertThat(users.find("accounts-rita")).contains(new User("accounts-rita", Role.CURATOR, false));

        pages.as(ada).post("/admin/users/accounts-rita", "role", "CURATOR", "disabled", "true", "password", "");
        assertThat(users.find("accounts-rita").orElseThrow().disabled()).isTrue();

        pages.as(ada).post("/admin/users/accounts-rita", "role", "CURATOR", "password", "another long password");
        assertThat(accounts.signIn("accounts-rita", "another long password", null))
                .isEqualTo(Actor.user("accounts-rita", Role.CURATOR));
        assertThat(users.find("accounts-rita").orElseThrow().passwordChangeRequired())
                .isTrue();
    }

    @Test
    void aUserChangesTheirOwnPasswordGivenTheCurrentOne() {
        MvcTestResult refused = pages.as(olga)
                .post(
                        "/admin/account/password",
                        "currentPassword",
                        "not mine at all",
                        "newPassword",
                        "olga's new one!");

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("There is a problem", "href=\"#currentPassword\"", "Your current password is not this one")
                .doesNotContain("not mine at all", "olga&#39;s new one!");

        MvcTestResult changed = pages.as(olga)
                .post("/admin/account/password", "currentPassword", PASSWORD, "newPassword", "olga's new one!");

        assertThat(changed).hasRedirectedUrl("/admin/account");
        assertThat(changed).flash().containsEntry("flash", "account.flash.password");
        assertThat(accounts.signIn(olga.username(), "olga's new one!", null)).isEqualTo(olga);
    }

    @Test
    void aUserWhosePasswordAnAdminSetIsAskedToChooseTheirOwnAndOfferedNoToken() {
        accounts.createUser(ada, "accounts-pending", Role.CURATOR, PASSWORD);

        String page =
                body(pages.as(Actor.user("accounts-pending", Role.CURATOR)).get("/admin/account"));

        assertThat(page)
                .contains("The password you signed in with was set for you", "id=\"newPassword\"")
                .doesNotContain("Create the token");
    }

    @Test
    void aCuratorSeesNoUsersAndCannotAddOne() {
        assertThat(pages.as(olga).get("/admin/users")).hasStatus(403);
        assertThat(body(pages.as(olga).get("/admin"))).doesNotContain("href=\"/admin/users\"");
        assertThat(pages.as(olga)
                        .post(
                                "/admin/users",
                                "username",
                                "accounts-sneaky",
                                "role",
                                "ADMIN",
                                "password",
                                "x".repeat(20)))
                .hasStatus(403);
        assertThat(users.find("accounts-sneaky")).isEmpty();
    }

    @Test
    void aCuratorCreatesATokenSeesItOnceAndRevokesIt() {
        MvcTestResult created =
                pages.as(olga).post("/admin/account/tokens", "label", "newsroom <importer>", "password", PASSWORD);

        assertThat(created).hasStatusOk();
        assertThat(created.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        Matcher secret = SECRET.matcher(body(created));
        assertThat(secret.find()).isTrue();
        assertThat(accounts.authenticateToken(secret.group(1))).contains(Actor.user("accounts-olga", Role.CURATOR));
        String later = body(pages.as(olga).get("/admin/account"));
        assertThat(later).contains("newsroom &lt;importer&gt;").doesNotContain(secret.group(1));

        String id = accounts.tokens(Actor.user("accounts-olga", Role.CURATOR))
                .get(0)
                .id()
                .toString();
        assertThat(pages.as(olga).post("/admin/tokens/" + id + "/revoke")).hasRedirectedUrl("/admin/account");
        assertThat(accounts.authenticateToken(secret.group(1))).isEmpty();
    }

    @Test
    void aWrongPasswordCreatesNoToken() {
        MvcTestResult refused =
                pages.as(olga).post("/admin/account/tokens", "label", "importer", "password", "not my password");

        assertThat(body(refused)).contains("href=\"#password\"", "The user name or the password is wrong");
        assertThat(accounts.tokens(Actor.user("accounts-olga", Role.CURATOR))).isEmpty();
    }

    @Test
    void anAdminRevokesAnotherUsersTokenFromTheirPage() {
        String secret = accounts.createApiToken("accounts-olga", PASSWORD, "olga's", null)
                .secret();
        String id = accounts.tokens(Actor.user("accounts-olga", Role.CURATOR))
                .get(0)
                .id()
                .toString();

        assertThat(body(pages.as(ada).get("/admin/users/accounts-olga"))).contains("olga&#39;s", id);
        assertThat(pages.as(ada).post("/admin/tokens/" + id + "/revoke"))
                .hasRedirectedUrl("/admin/users/accounts-olga");
        assertThat(accounts.authenticateToken(secret)).isEmpty();
    }

    /** A user whose password, {@link #PASSWORD}, is their own. */
    private void user(String username, Role role) {
        accounts.createUser(Actor.SYSTEM, username, role, PASSWORD);
    }
}
