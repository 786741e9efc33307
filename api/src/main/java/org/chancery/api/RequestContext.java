package org.chancery.api;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.domain.Failures;
import org.chancery.domain.security.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts who is asking, and from where, into every request's GraphQL context (under {@link ContextKeys}),
 * and keeps every error of an answer in the contract: its classification is one of the contract's set, also
 * given as {@code extensions.code}, with the offending argument as {@code extensions.field} where known.
 * The errors graphql-java raises before execution (syntax, validation, a limit, bad-faith introspection)
 * are BAD_REQUEST. Messages are English, from graphql-java's bundles and the project's own
 * {@code i18n/*_en.properties}, which never repeat a value the client sent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestContext implements WebGraphQlInterceptor {

    /** The classifications of the contract (DESIGN.md): every error of every answer has one of them. */
    static final Set<String> CLASSIFICATIONS = Set.of(
            "BAD_REQUEST",
            "NOT_FOUND",
            "UNAUTHORIZED",
            "FORBIDDEN",
            "CONFLICT",
            "TOO_MANY_REQUESTS",
            "UNAVAILABLE",
            "INTERNAL_ERROR");

    private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'|[Vv]ariable '([^']+)'");

    private final ObjectProvider<ActorSource> actors;
    private final Failures failures;
    private final String retryAfter;

    RequestContext(ObjectProvider<ActorSource> actors, Failures failures, GraphQlLimits limits) {
        this.actors = actors;
        this.failures = failures;
        this.retryAfter = Long.toString(Math.max(1, limits.retryAfter().toSeconds()));
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Actor actor = actors.getIfAvailable(() -> () -> Actor.ANONYMOUS).current();
        String address =
                request.getRemoteAddress() == null || request.getRemoteAddress().getAddress() == null
                        ? null
                        : request.getRemoteAddress().getAddress().getHostAddress();
        request.configureExecutionInput((input, builder) -> builder.locale(Locale.ENGLISH)
                .graphQLContext(context -> {
                    context.put(ContextKeys.ACTOR, actor);
                    if (address != null) {
                        context.put(ContextKeys.CLIENT_ADDRESS, address);
                    }
                })
                .build());
        return chain.next(request).map(response -> {
            if (response.getErrors().isEmpty()) {
                return response;
            }
            WebGraphQlResponse classified = response.transform(b -> b.errors(response.getErrors().stream()
                    .map(RequestContext::classified)
                    .toList()));
            GraphQLError first = classified.getExecutionResult().getErrors().get(0);
            Object kind = first.getExtensions().get("code");
            if (classified.getExecutionResult().getErrors().stream()
                    .anyMatch(e -> "UNAVAILABLE".equals(e.getExtensions().get("code")))) {
                classified.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, retryAfter);
            }
            if (!"INTERNAL_ERROR".equals(kind) && !"UNAVAILABLE".equals(kind)) {
                failures.refused(
                        "GraphQL " + (request.getOperationName() == null ? "request" : request.getOperationName()),
                        String.valueOf(kind),
                        first.getMessage() + (classified.getErrors().size() > 1 ? " (and more)" : ""));
            }
            return classified;
        });
    }

    private static GraphQLError classified(ResponseError error) {
        String classification = classification(error.getErrorType());
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .errorType(ErrorClassification.errorClassification(classification));
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
        Matcher argument = ARGUMENT.matcher(String.valueOf(error.getMessage()));
        if (!extensions.containsKey("field") && graphQlJavas(error.getErrorType()) && argument.find()) {
            extensions.put("field", argument.group(1) != null ? argument.group(1) : argument.group(2));
        }
        extensions.remove("classification");
        extensions.put("code", classification);
        return builder.extensions(extensions).build();
    }

    /** The contract's name for an error of {@code type}, whoever raised it. */
    private static String classification(ErrorClassification type) {
        String name = type.toString();
        if (CLASSIFICATIONS.contains(name)) {
            return name;
        }
        if (type == ErrorType.DataFetchingException || type == ErrorType.NullValueInNonNullableField) {
            return "INTERNAL_ERROR";
        }
        // syntax, validation, aborted by a limit, bad-faith or disabled introspection, unsupported operation
        return "BAD_REQUEST";
    }

    private static boolean graphQlJavas(ErrorClassification type) {
        return type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax;
    }
}
