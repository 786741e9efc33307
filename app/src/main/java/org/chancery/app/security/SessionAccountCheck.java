package org.chancery.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.domain.security.User;
import org.chancery.domain.security.Users;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Reads the account of a user signed in with a password again on each request: a session outlives
 * changes to it, so a user disabled (or removed) since is signed out, and a new role counts at once. A user
 * whose password someone else set reaches only their account page, to choose their own.
 */
final class SessionAccountCheck extends OncePerRequestFilter {

    private static final String ACCOUNT = "/admin/account";

    private final Users users;

    SessionAccountCheck(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken signedIn && signedIn.isAuthenticated()) {
            Optional<User> user = users.find(signedIn.getName());
            if (user.isEmpty() || user.get().disabled()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else if (!Authorities.role(signedIn.getAuthorities())
                    .equals(Optional.of(user.get().role()))) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(withRole(signedIn, user.get()));
                SecurityContextHolder.setContext(context);
            }
            boolean mustChoose =
                    user.isPresent() && !user.get().disabled() && user.get().passwordChangeRequired();
            if (mustChoose && !toChangePassword(request)) {
                if (HttpMethod.GET.matches(request.getMethod())) {
                    response.sendRedirect(request.getContextPath() + ACCOUNT);
                } else {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether the request is one a user who must choose a password may make. */
    private static boolean toChangePassword(HttpServletRequest request) {
        // decoded, as Spring MVC and the authorization rules match it: /%61dmin is /admin
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        boolean reads = HttpMethod.GET.matches(request.getMethod());
        return (reads && path.equals(ACCOUNT))
                || (!reads && (path.equals(ACCOUNT + "/password") || path.equals("/logout")))
                || !(path.startsWith("/admin") || path.startsWith("/graphql") || path.startsWith("/graphiql"));
    }

    private static Authentication withRole(UsernamePasswordAuthenticationToken signedIn, User user) {
        List<GrantedAuthority> authorities = new ArrayList<>(Authorities.of(user.role()));
        signedIn.getAuthorities().stream()
                .filter(authority -> !Authorities.isRole(authority))
                .forEach(authorities::add);
        UsernamePasswordAuthenticationToken refreshed =
                UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null, authorities);
        refreshed.setDetails(signedIn.getDetails());
        return refreshed;
    }
}
