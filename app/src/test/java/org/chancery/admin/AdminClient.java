package org.chancery.admin;

import jakarta.servlet.http.Cookie;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.app.StatementCounter;
import org.chancery.domain.EntityId;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.Users;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A browser on the curator pages: it signs users in through the sign-in form (each sign-in from an
 * address of its own, so that tests do not throttle each other) and keeps their session cookie.
 */
public final class AdminClient {

    public static final String PASSWORD = "a long enough password";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    private final MockMvcTester mvc;
    private final AccountAdministration accounts;
    private final Users users;
    private final StatementCounter statements;
    private final EntityCuration entities;

    public AdminClient(
            MockMvcTester mvc,
            AccountAdministration accounts,
            Users users,
            StatementCounter statements,
            EntityCuration entities) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.users = users;
        this.statements = statements;
        this.entities = entities;
    }

    /**
     * A new polity of its own, so that the claims a test asserts about it repeat no other test's: the
     * registry refuses a claim that states what a current one states.
     */
    public EntityId polity(String name) {
        return entities.create(Actor.SYSTEM, new EntityDraft(EntityKind.POLITY, name, List.of(), null, List.of()))
                .state()
                .id();
    }

    /** A user named {@code username} with {@link #PASSWORD}, added unless there already. */
    public Actor user(String username, Role role) {
        if (users.find(username).isEmpty()) {
            accounts.createUser(Actor.SYSTEM, username, role, PASSWORD);
        }
        return Actor.user(username, role);
    }

    /** The session cookie of {@code username}, signed in as a browser does: the form, its token, a POST. */
    public Cookie signIn(String username) {
        MvcTestResult form = mvc.get().uri("/login").exchange();
        Cookie token = form.getResponse().getCookie("XSRF-TOKEN");
        MvcTestResult signedIn = mvc.post()
                .uri("/login")
                .cookie(token)
                .with(request -> {
                    request.setRemoteAddr(
                            "10.9.%d.%d".formatted(ADDRESSES.get() / 250, ADDRESSES.incrementAndGet() % 250));
                    return request;
                })
                .param("username", username)
                .param("password", PASSWORD)
                .param("_csrf", csrfField(form))
                .exchange();
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        if (session == null) {
            throw new AssertionError(
                    "no session for " + username + ": " + signedIn.getResponse().getRedirectedUrl());
        }
        return session;
    }

    /** A page as the user of {@code session} sees it. */
    public MvcTestResult get(Cookie session, String uri) {
        return mvc.get().uri(uri).cookie(session).exchange();
    }

    /**
     * A form's POST to {@code uri} as the user of {@code session} sends it: with the CSRF token of a page
     * they were shown, and {@code params} as names and values, in turn.
     */
    public MvcTestResult post(Cookie session, String uri, String... params) {
        MvcTestResult page = get(session, "/admin");
        var request = mvc.post()
                .uri(uri)
                .cookie(session, page.getResponse().getCookie("XSRF-TOKEN"))
                .param("_csrf", csrfField(page));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    /** How many SQL statements the page at {@code uri} costs the user of {@code session}; it must answer 200. */
    public int statementsFor(Cookie session, String uri) {
        statements.reset();
        MvcTestResult page = get(session, uri);
        if (page.getResponse().getStatus() != 200) {
            throw new AssertionError(uri + " answered " + page.getResponse().getStatus());
        }
        return statements.count();
    }

    /** The page's body. */
    public static String body(MvcTestResult page) {
        try {
            return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of the hidden {@code _csrf} field of the first form of {@code page}. */
    public static String csrfField(MvcTestResult page) {
        Matcher field = CSRF_FIELD.matcher(body(page));
        if (!field.find()) {
            throw new AssertionError("no _csrf field in the page");
        }
        return field.group(1);
    }

    /** The rows of the first table of {@code page} with the class {@code table compare}, each as its cells' text. */
    public static List<List<String>> comparedRows(MvcTestResult page) {
        String html = body(page);
        int start = html.indexOf("<table class=\"table compare\">");
        if (start < 0) {
            throw new AssertionError("no comparison in the page");
        }
        String table = html.substring(start, html.indexOf("</table>", start));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table.substring(table.indexOf("<tbody>")));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1)
                        .replaceAll("<[^>]*>", " ")
                        .replaceAll("\\s+", " ")
                        .strip());
            }
            rows.add(cells);
        }
        return rows;
    }
}
