package org.chancery.app.security;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.Users;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs test users in over HTTP as a browser does, each attempt from an address of its own unless told,
 * so that tests sharing a database do not throttle each other. The CSRF token goes as a script sends it:
 * the {@code XSRF-TOKEN} cookie's value in the {@code X-XSRF-TOKEN} header. (Spring Security's test
 * {@code csrf()} would swap the application's token repository for a session-based one.)
 */
final class SignedInClient {

    static final String PASSWORD = "a long enough password";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final MockMvcTester mvc;
    private final AccountAdministration accounts;
    private final Users users;

    SignedInClient(MockMvcTester mvc, AccountAdministration accounts, Users users) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.users = users;
    }

    /** A user named {@code username} with {@link #PASSWORD}, added unless there already. */
    String user(String username, Role role) {
        if (users.find(username).isEmpty()) {
            accounts.createUser(Actor.SYSTEM, username, role, PASSWORD);
        }
        return username;
    }

    MvcTestResult signIn(String username, String password, String address) {
        return mvc.post()
                .uri("/login")
                .with(csrf())
                .with(from(address))
                .param("username", username)
                .param("password", password)
                .exchange();
    }

    /** The session cookie of a user signed in with {@link #PASSWORD}. */
    Cookie session(String username) {
        MvcTestResult result = signIn(username, PASSWORD, newAddress());
        Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie == null) {
            throw new AssertionError(
                    "no session for " + username + ": " + result.getResponse().getRedirectedUrl());
        }
        return cookie;
    }

    /** Sends a CSRF token the way GraphiQL does, keeping the request's other cookies. */
    static RequestPostProcessor csrf() {
        return request -> {
            List<Cookie> cookies = new ArrayList<>();
            if (request.getCookies() != null) {
                cookies.addAll(List.of(request.getCookies()));
            }
            cookies.add(new Cookie("XSRF-TOKEN", "double-submitted"));
            request.setCookies(cookies.toArray(Cookie[]::new));
            request.addHeader("X-XSRF-TOKEN", "double-submitted");
            return request;
        };
    }

    static String newAddress() {
        return "10.1.%d.%d".formatted(ADDRESSES.get() / 250, ADDRESSES.incrementAndGet() % 250);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
