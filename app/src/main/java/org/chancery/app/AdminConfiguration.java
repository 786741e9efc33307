package org.chancery.app;

import org.chancery.admin.CurrentCurator;
import org.chancery.app.security.CurrentActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the curator pages need of the application: who is signed in. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    /** The curator pages act for the user that Spring Security authenticated. */
    @Bean
    CurrentCurator currentCurator(CurrentActor current) {
        return current::current;
    }
}
