package org.chancery.app.security;

import java.util.Map;
import org.chancery.domain.security.AccountAdministration;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Reads a bearer token as one of the registry's own API tokens. An unknown or revoked token, or one whose
 * owner is disabled, is refused: the request is answered 401 before anything else runs.
 */
final class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    private final AccountAdministration accounts;

    ApiTokenIntrospector(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        return accounts.authenticateToken(token)
                .map(actor -> (OAuth2AuthenticatedPrincipal) new DefaultOAuth2AuthenticatedPrincipal(
                        actor.author(), Map.of("sub", actor.author()), Authorities.of(actor.role())))
                .orElseThrow(() -> new BadOpaqueTokenException("The token is unknown or revoked"));
    }
}
