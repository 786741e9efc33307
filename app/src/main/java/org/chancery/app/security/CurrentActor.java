package org.chancery.app.security;

import org.chancery.domain.security.Actor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of the request being served, for the use cases: the user signed in with a password or a
 * bearer token, with their role as stored now, or {@link Actor#ANONYMOUS}.
 */
@Component
public class CurrentActor {

    /** The current request's actor; anonymous outside a request or when nobody signed in. */
    public Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Actor.ANONYMOUS;
        }
        return Authorities.role(authentication.getAuthorities())
                .map(role -> Actor.user(authentication.getName(), role))
                .orElse(Actor.ANONYMOUS);
    }
}
