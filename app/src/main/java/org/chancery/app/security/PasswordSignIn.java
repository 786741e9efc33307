package org.chancery.app.security;

import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs a user in with their password through {@link AccountAdministration#signIn}, which also counts failures. A
 * refusal for too many failures is a {@link LockedException}, whatever the password was.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final AccountAdministration accounts;

    PasswordSignIn(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Object credentials = attempt.getCredentials();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        try {
            Actor actor =
                    accounts.signIn(attempt.getName(), credentials == null ? "" : credentials.toString(), address);
            UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                    actor.author(), null, Authorities.of(actor.role()));
            signedIn.setDetails(attempt.getDetails());
            return signedIn;
        } catch (AccessRefusedException e) {
            throw e.anonymous() ? new BadCredentialsException(e.getMessage()) : new LockedException(e.getMessage());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
