package org.chancery.app.traffic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.chancery.domain.security.AccountAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Limits the requests of each client to {@code /graphql}, to the curator pages and to the sign-in form,
 * with a token bucket per client (Bucket4j), the buckets kept in a Caffeine cache. A request over the limit
 * is answered 429 with {@code Retry-After} before anything else runs, the session and the token check
 * included: {@code /graphql} in the error contract, the pages with the error page.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimitProperties settings;
    private final Cache<String, Bucket> buckets;
    private final MeterRegistry meters;

    RateLimitFilter(RateLimitProperties settings, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(settings.clients())
                .expireAfterAccess(settings.period().multipliedBy(2))
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !settings.enabled() || face(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String face = face(request);
        int allowance = "graphql".equals(face) ? settings.graphql() : settings.admin();
        Bucket bucket = buckets.get(
                face + " " + client(request),
                key -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(allowance).refillGreedy(allowance, settings.period()))
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        meters.counter("chancery.rate.limit.refusals", "face", face).increment();
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    /** Which limit a request counts against, if any. */
    private static @Nullable String face(HttpServletRequest request) {
        // decoded, as Spring MVC matches it: /%67raphql is /graphql
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        if (path.equals("/graphql")) {
            return "graphql";
        }
        if (path.equals("/login") || path.equals("/admin") || path.startsWith("/admin/")) {
            return "admin";
        }
        return null;
    }

    /** The token a request carries, by its hash, or else the address it comes from. */
    private static String client(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "token "
                    + AccountAdministration.sha256(authorization.substring(7).strip());
        }
        return "address " + request.getRemoteAddr();
    }
}
