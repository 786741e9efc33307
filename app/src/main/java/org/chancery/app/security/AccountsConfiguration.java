package org.chancery.app.security;

import java.time.Clock;
import org.chancery.admin.security.SignInWait;
import org.chancery.domain.Transactions;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.ApiTokens;
import org.chancery.domain.security.PasswordHasher;
import org.chancery.domain.security.SignInFailures;
import org.chancery.domain.security.Users;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The accounts use case, given the ports the data module implements and a password hasher. */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    @Bean
    PasswordHasher passwordHasher() {
        return new SpringPasswordHasher(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    AccountAdministration accounts(
            Users users,
            ApiTokens tokens,
            PasswordHasher hasher,
            SignInFailures failures,
            ChancerySecurityProperties settings,
            Transactions transactions) {
        return new AccountAdministration(
                users, tokens, hasher, failures, settings.signIn().limits(), transactions, Clock.systemUTC());
    }

    /** Also keeps Spring Boot from adding a user of its own with a generated password. */
    @Bean
    PasswordSignIn passwordSignIn(AccountAdministration accounts) {
        return new PasswordSignIn(accounts);
    }

    /** The sign-in page says how long to wait after too many failed attempts. */
    @Bean
    SignInWait signInWait(ChancerySecurityProperties settings) {
        return () -> settings.signIn().window();
    }
}
