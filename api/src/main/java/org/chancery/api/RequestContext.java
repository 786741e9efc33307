package org.chancery.api;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.domain.security.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts who is asking, and from where, into every request's GraphQL context (under {@link ContextKeys}),
 * and gives the errors
 * graphql-java raises before execution (syntax, validation, refused by a limit) the contract's
 * classification, BAD_REQUEST, with the offending argument as {@code extensions.field} where known.
 */
@Component
class RequestContext implements WebGraphQlInterceptor {

    private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'|[Vv]ariable '([^']+)'");

    private final ObjectProvider<ActorSource> actors;

    RequestContext(ObjectProvider<ActorSource> actors) {
        this.actors = actors;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Actor actor = actors.getIfAvailable(() -> () -> Actor.ANONYMOUS).current();
        String address =
                request.getRemoteAddress() == null || request.getRemoteAddress().getAddress() == null
                        ? null
                        : request.getRemoteAddress().getAddress().getHostAddress();
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
                    context.put(ContextKeys.ACTOR, actor);
                    if (address != null) {
                        context.put(ContextKeys.CLIENT_ADDRESS, address);
                    }
                })
                .build());
        return chain.next(request)
                .map(response -> response.getErrors().stream().anyMatch(RequestContext::early)
                        ? response.transform(b -> b.errors(response.getErrors().stream()
                                .map(RequestContext::classified)
                                .toList()))
                        : response);
    }

    private static boolean early(ResponseError error) {
        return error.getErrorType() instanceof ErrorType type
                && (type == ErrorType.ValidationError
                        || type == ErrorType.InvalidSyntax
                        || type == ErrorType.ExecutionAborted);
    }

    private static GraphQLError classified(ResponseError error) {
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .errorType(
                        early(error)
                                ? org.springframework.graphql.execution.ErrorType.BAD_REQUEST
                                : error.getErrorType());
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        Map<String, Object> extensions = new java.util.LinkedHashMap<>(error.getExtensions());
        Matcher argument = ARGUMENT.matcher(String.valueOf(error.getMessage()));
        if (early(error) && argument.find()) {
            extensions.put("field", argument.group(1) != null ? argument.group(1) : argument.group(2));
        }
        extensions.remove("classification");
        return builder.extensions(extensions).build();
    }
}
