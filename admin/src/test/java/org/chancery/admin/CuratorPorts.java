package org.chancery.admin;

import java.time.Duration;
import org.chancery.admin.security.SignInWait;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What the curator pages need of the application, in their slice tests: who is signed in ({@link SignedIn})
 * and how long a throttled sign-in waits; and the {@link AdminPages} a test reads them through.
 */
@TestConfiguration(proxyBeanMethods = false)
class CuratorPorts {

    @Bean
    SignedIn signedIn() {
        return new SignedIn();
    }

    @Bean
    SignInWait signInWait() {
        return () -> Duration.ofMinutes(15);
    }

    @Bean
    AdminPages adminPages(MockMvcTester mvc, SignedIn signedIn) {
        return new AdminPages(mvc, signedIn);
    }
}
