package org.chancery.app.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.chancery.domain.security.SignInLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and access, under {@code chancery.security.*}. The idle timeout of a session is
 * Spring's own {@code server.servlet.session.timeout}.
 *
 * @param publicReads whether anyone may query {@code /graphql} and open {@code /graphiql} without signing
 *     in; when off, both need a signed-in user or an API token (every change needs one anyway)
 * @param allowedOrigins the origins (such as {@code https://news.example}) whose pages may query
 *     {@code /graphql} from a browser; none by default
 * @param adminPasswordDirectory where the first start writes the generated password of {@code admin}
 *     when {@code CHANCERY_ADMIN_PASSWORD} is not set
 * @param signIn how many failed attempts to sign in are allowed before further ones wait
 */
@ConfigurationProperties("chancery.security")
record ChancerySecurityProperties(
        @DefaultValue("true") boolean publicReads,
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("var") Path adminPasswordDirectory,
        @DefaultValue SignIn signIn) {

    /**
     * @param failuresPerAccount failed attempts allowed for one user name within {@code window}
     * @param failuresPerAddress failed attempts allowed from one client address within {@code window}
     * @param window how long a failed attempt counts
     */
    record SignIn(
            @DefaultValue("5") int failuresPerAccount,
            @DefaultValue("20") int failuresPerAddress,
            @DefaultValue("15m") Duration window) {

        SignInLimits limits() {
            return new SignInLimits(failuresPerAccount, failuresPerAddress, window);
        }
    }
}
