package org.chancery.bench.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Adds the hand-written entity page at {@code /bench/entity-page}, open to anyone, as GraphQL reads are. */
@AutoConfiguration
@Import(HandWrittenEntityPage.class)
public class HandWrittenConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain benchPages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/bench/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
