package org.chancery.api;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * GraphQL over HTTP POST with the statuses of the error contract: an answer that the registry could not
 * give because its database is out (an UNAVAILABLE error) is a 503, with the {@code Retry-After} that
 * {@link RequestContext} sets; otherwise as the GraphQL over HTTP specification says.
 */
final class ContractHttpHandler extends GraphQlHttpHandler {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    ContractHttpHandler(WebGraphQlHandler handler) {
        super(handler);
    }

    @Override
    protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType type) {
        return status(response, type);
    }

    /** The HTTP status of an answer of {@code type}, over POST or GET alike. */
    static HttpStatus status(WebGraphQlResponse response, MediaType type) {
        if (response.getErrors().stream()
                .anyMatch(e -> "UNAVAILABLE".equals(e.getExtensions().get("code")))) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return !response.getExecutionResult().isDataPresent() && GRAPHQL_RESPONSE.equalsTypeAndSubtype(type)
                ? HttpStatus.BAD_REQUEST
                : HttpStatus.OK;
    }
}
