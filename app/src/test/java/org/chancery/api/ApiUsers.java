package org.chancery.api;

import java.util.UUID;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Users of the API as a script meets them: each added (by the system, as an admin would) unless there
 * already, and signed in by an API token it asked for with its password, sent as a bearer token.
 */
final class ApiUsers {

    static final String PASSWORD = "a password for the api tests";

    private final HttpGraphQlTester anonymous;
    private final AccountAdministration accounts;

    ApiUsers(HttpGraphQlTester anonymous, AccountAdministration accounts) {
        this.anonymous = anonymous;
        this.accounts = accounts;
    }

    /** A user name no other test uses, so that what a test counts of its user's doings is its own. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The user {@code username} of {@code role}, added with {@link #PASSWORD} unless there already. */
    String user(String username, Role role) {
        if (accounts.users(Actor.SYSTEM).stream().noneMatch(u -> u.username().equals(username))) {
            accounts.createUser(Actor.SYSTEM, username, role, PASSWORD);
        }
        return username;
    }

    /** The secret of a new API token of {@code username}, asked for over the API with the password. */
    String token(String username) {
        return anonymous
                .documentName("createApiToken")
                .variable("username", username)
                .variable("password", PASSWORD)
                .execute()
                .path("createApiToken.secret")
                .entity(String.class)
                .get();
    }

    /** A tester acting for {@code username}, a user of {@code role}, through a new API token. */
    HttpGraphQlTester as(String username, Role role) {
        return bearing(token(user(username, role)));
    }

    HttpGraphQlTester bearing(String secret) {
        return anonymous.mutate().header("Authorization", "Bearer " + secret).build();
    }
}
