package org.chancery.app.traffic;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The rate limits, ahead of the session and of signing in, just after the GraphQL error contract. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TrafficConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimits(RateLimitProperties settings, MeterRegistry meters) {
        FilterRegistrationBean<RateLimitFilter> limits =
                new FilterRegistrationBean<>(new RateLimitFilter(settings, meters));
        limits.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return limits;
    }
}
