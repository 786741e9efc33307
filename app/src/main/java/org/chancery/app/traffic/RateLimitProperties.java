package org.chancery.app.traffic;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests one client may make, under {@code chancery.rate-limit.*}. A client is the bearer token
 * it sends, or else its address (see the README on proxies for what the address is behind one). Each
 * instance counts its own clients: behind a load balancer over {@code n} instances a client gets up to
 * {@code n} times the limit.
 *
 * @param enabled whether requests are limited at all; off for load tests and test suites whose traffic
 *     all comes from one address
 * @param graphql requests to {@code /graphql} one client may make within {@code period}, at most this
 *     many at once in a burst
 * @param admin requests to the curator pages and the sign-in form one client may make within
 *     {@code period}
 * @param period the time over which a client's allowance refills
 * @param clients how many clients are remembered at once; the least recently seen are forgotten first
 */
@ConfigurationProperties("chancery.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("600") int graphql,
        @DefaultValue("300") int admin,
        @DefaultValue("1m") Duration period,
        @DefaultValue("100000") int clients) {}
