package org.chancery.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;

class CurrentActorTests {

    final CurrentActor currentActor = new CurrentActor();

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    private Actor actorOf(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return currentActor.current();
    }

    @Test
    void aUserSignedInWithAPasswordActsWithTheirRole() {
        assertThat(actorOf(UsernamePasswordAuthenticationToken.authenticated(
                        "olga", null, AuthorityUtils.createAuthorityList("ROLE_CURATOR", "FACTOR_PASSWORD"))))
                .isEqualTo(Actor.user("olga", Role.CURATOR));
    }

    @Test
    void aUserSignedInWithATokenActsWithTheirRole() {
        var principal = new DefaultOAuth2AuthenticatedPrincipal(
                "tess", Map.of("sub", "tess"), AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        var token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "chy_x", null, null);

        assertThat(actorOf(new BearerTokenAuthentication(principal, token, principal.getAuthorities())))
                .isEqualTo(Actor.user("tess", Role.ADMIN));
    }

    @Test
    void nobodySignedInIsAnonymous() {
        assertThat(currentActor.current()).isEqualTo(Actor.ANONYMOUS);
        assertThat(actorOf(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
                .isEqualTo(Actor.ANONYMOUS);
        assertThat(actorOf(UsernamePasswordAuthenticationToken.unauthenticated("olga", "guess")))
                .isEqualTo(Actor.ANONYMOUS);
    }

    @Test
    void theHighestRoleCountsAndAuthoritiesOfNoRoleAreIgnored() {
        assertThat(actorOf(UsernamePasswordAuthenticationToken.authenticated(
                        "ada", null, AuthorityUtils.createAuthorityList("ROLE_READER", "ROLE_ADMIN", "ROLE_OTHER"))))
                .isEqualTo(Actor.user("ada", Role.ADMIN));
        assertThat(actorOf(UsernamePasswordAuthenticationToken.authenticated(
                        "x", null, AuthorityUtils.createAuthorityList("SCOPE_read"))))
                .isEqualTo(Actor.ANONYMOUS);
    }
}
