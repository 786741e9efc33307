package org.chancery.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminClient.body;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.admin.AdminClient;
import org.chancery.admin.AdminTest;
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
@AdminTest
class AdminAccountsTests {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">(chy_[A-Za-z0-9_-]+)<");

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Users users;

    @Autowired
    AdminClient client;

    Cookie ada;

    @BeforeEach
    void signIn() {
        client.user("accounts-ada", Role.ADMIN);
        client.user("accounts-olga", Role.CURATOR);
        ada = client.signIn("accounts-ada");
    }

    @Test
    void anAdminAddsACuratorWhoCanThenSignIn() {
        MvcTestResult added = client.post(
                ada, "/admin/users", "username", "accounts-new", "role", "CURATOR", "password", AdminClient.PASSWORD);

        assertThat(added).hasStatus3xxRedirection().hasRedirectedUrl("/admin/users/accounts-new");
        assertThat(users.find("accounts-new")).contains(new User("accounts-new", Role.CURATOR, false));
        assertThat(body(client.get(ada, "/admin/users"))).contains("href=\"/admin/users/accounts-new\"");
        assertThat(client.signIn("accounts-new")).isNotNull();
    }

    @Test
    void aRefusedUserShowsTheErrorNextToTheFieldAndKeepsTheName() {
        MvcTestResult refused =
                client.post(ada, "/admin/users", "username", "Not Valid!", "role", "CURATOR", "password", "short");

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("There is a problem", "href=\"#username\"", "id=\"username-error\"", "value=\"Not Valid!\"")
                .doesNotContain("value=\"short\"");
        assertThat(users.find("Not Valid!")).isEmpty();
    }

    @Test
    void anAdminChangesARoleDisablesAnAccountAndSetsAPassword() {
        client.user("accounts-rita", Role.READER);

        client.post(ada, "/admin/users/accounts-rita", "role", "CURATOR", "password", "");
        assertThat(users.find("accounts-rita")).contains(new User("accounts-rita", Role.CURATOR, false));

        client.post(ada, "/admin/users/accounts-rita", "role", "CURATOR", "disabled", "true", "password", "");
        assertThat(users.find("accounts-rita").orElseThrow().disabled()).isTrue();

        client.post(ada, "/admin/users/accounts-rita", "role", "CURATOR", "password", "another long password");
        assertThat(accounts.signIn("accounts-rita", "another long password", null))
                .isEqualTo(Actor.user("accounts-rita", Role.CURATOR));
    }

    @Test
    void aCuratorSeesNoUsersAndCannotAddOne() {
        Cookie olga = client.signIn("accounts-olga");

        assertThat(client.get(olga, "/admin/users")).hasStatus(403);
        assertThat(body(client.get(olga, "/admin"))).doesNotContain("href=\"/admin/users\"");
        assertThat(client.post(
                        olga,
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
        Cookie olga = client.signIn("accounts-olga");

        MvcTestResult created = client.post(
                olga, "/admin/account/tokens", "label", "newsroom <importer>", "password", AdminClient.PASSWORD);

        assertThat(created).hasStatusOk();
        assertThat(created.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        Matcher secret = SECRET.matcher(body(created));
        assertThat(secret.find()).isTrue();
        assertThat(accounts.authenticateToken(secret.group(1))).contains(Actor.user("accounts-olga", Role.CURATOR));
        String later = body(client.get(olga, "/admin/account"));
        assertThat(later).contains("newsroom &lt;importer&gt;").doesNotContain(secret.group(1));

        String id = accounts.tokens(Actor.user("accounts-olga", Role.CURATOR))
                .get(0)
                .id()
                .toString();
        assertThat(client.post(olga, "/admin/tokens/" + id + "/revoke")).hasRedirectedUrl("/admin/account");
        assertThat(accounts.authenticateToken(secret.group(1))).isEmpty();
    }

    @Test
    void aWrongPasswordCreatesNoToken() {
        Cookie olga = client.signIn("accounts-olga");

        MvcTestResult refused =
                client.post(olga, "/admin/account/tokens", "label", "importer", "password", "not my password");

        assertThat(body(refused)).contains("href=\"#password\"", "The user name or the password is wrong");
        assertThat(accounts.tokens(Actor.user("accounts-olga", Role.CURATOR))).isEmpty();
    }

    @Test
    void anAdminRevokesAnotherUsersTokenFromTheirPage() {
        String secret = accounts.createApiToken("accounts-olga", AdminClient.PASSWORD, "olga's", null)
                .secret();
        String id = accounts.tokens(Actor.user("accounts-olga", Role.CURATOR))
                .get(0)
                .id()
                .toString();

        assertThat(body(client.get(ada, "/admin/users/accounts-olga"))).contains("olga&#39;s", id);
        assertThat(client.post(ada, "/admin/tokens/" + id + "/revoke")).hasRedirectedUrl("/admin/users/accounts-olga");
        assertThat(accounts.authenticateToken(secret)).isEmpty();
    }
}
