package org.chancery.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits a query must keep to be run at all; a query beyond one is refused as a BAD_REQUEST that
 * names the limit, before it reads anything.
 *
 * @param maxDepth how deeply fields may nest (introspection excepted)
 * @param maxComplexity how many fields a query may select, counting each field once per nesting
 * @param maxAliases how many aliased fields a document may hold
 * @param maxCharacters how long a document may be
 * @param maxTokens how many grammar tokens a document may hold
 * @param introspection whether clients may read the schema through introspection
 * @param maxRequestSize the largest request body read from a curator; larger ones are refused unread
 *     (413). The default leaves room for a source of the longest text the registry keeps, however its JSON
 *     is encoded
 * @param maxAnonymousRequestSize the largest request body read from anyone else (the public and readers):
 *     room for the longest document and every bounded variable, so that no read needs more
 * @param staleIfError how long a kept answer is still served, marked stale, while the database cannot
 *     answer (RFC 5861's {@code stale-if-error}, which GET answers also carry for HTTP caches)
 * @param retryAfter how long a client is told to wait before it tries again when the database cannot
 *     answer ({@code Retry-After} of a 503)
 * @param responseCache how much memory the answers kept between changes to the registry may take; 0 keeps
 *     none (see {@link ResponseCache})
 */
@ConfigurationProperties("chancery.graphql")
public record GraphQlLimits(
        @DefaultValue("12") int maxDepth,
        @DefaultValue("1000") int maxComplexity,
        @DefaultValue("30") int maxAliases,
        @DefaultValue("20000") int maxCharacters,
        @DefaultValue("3000") int maxTokens,
        @DefaultValue("true") boolean introspection,
        @DefaultValue("8MB") DataSize maxRequestSize,
        @DefaultValue("256KB") DataSize maxAnonymousRequestSize,
        @DefaultValue("15m") Duration staleIfError,
        @DefaultValue("5s") Duration retryAfter,
        @DefaultValue("64MB") DataSize responseCache) {}
