package org.chancery.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * CSRF for browsers: a change needs a token exactly when the request carries the session cookie (a
 * request without it carries no authority a forged one could abuse), and a sign-in always does, so that
 * nobody is signed in to someone else's account. The token sits in the {@code XSRF-TOKEN} cookie, which
 * scripts such as GraphiQL read and send back as {@code X-XSRF-TOKEN}; forms send it as {@code _csrf}.
 */
final class BrowserCsrf {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** The pages whose scripts or forms need the token, which is then issued with the page. */
    static final RequestMatcher PAGES = new OrRequestMatcher(
            PATHS.matcher(HttpMethod.GET, "/login"),
            PATHS.matcher(HttpMethod.GET, "/graphiql"),
            PATHS.matcher(HttpMethod.GET, "/graphiql/**"),
            PATHS.matcher(HttpMethod.GET, "/admin/**"));

    private static final RequestMatcher SIGN_IN = PATHS.matcher(HttpMethod.POST, "/login");

    private BrowserCsrf() {}

    /** Changes made with the session cookie, and every sign-in. */
    static boolean required(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        return request.getRequestedSessionId() != null || SIGN_IN.matches(request);
    }

    /**
     * Accepts the raw token from the header and the masked one from a form; issues the token eagerly on
     * {@link #PAGES} only, so that answers to API clients set no cookie.
     */
    static final class TokenHandler implements CsrfTokenRequestHandler {

        private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
        private final CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            masked.handle(request, response, token);
            if (PAGES.matches(request)) {
                token.get();
            }
        }

        @Override
        public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            boolean fromHeader = StringUtils.hasText(request.getHeader(token.getHeaderName()));
            return (fromHeader ? plain : masked).resolveCsrfTokenValue(request, token);
        }
    }
}
