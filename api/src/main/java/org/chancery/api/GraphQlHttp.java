package org.chancery.api;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.chancery.domain.Digests;
import org.chancery.domain.Failures;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP: {@link GraphQlTransport} ahead of everything, POST through {@link ContractHttpHandler},
 * and GET, for queries only: its answer carries {@code Cache-Control} (with {@code stale-if-error}, as the
 * server itself serves kept answers while its database is out) and an {@code ETag}, so HTTP caches can serve
 * entity pages, and a client holding the same answer gets {@code 304 Not Modified}. A mutation over GET is
 * refused with {@code 405}, as the GraphQL over HTTP specification says.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class GraphQlHttp {

    /** Ahead of everything else that may answer {@code /graphql}, so that every answer keeps the contract. */
    @Bean
    FilterRegistrationBean<GraphQlTransport> graphQlTransport(
            GraphQlLimits limits, ObjectProvider<ActorSource> actors, JsonMapper json, Failures failures) {
        FilterRegistrationBean<GraphQlTransport> transport = new FilterRegistrationBean<>(new GraphQlTransport(
                limits, () -> actors.getIfAvailable(() -> () -> Actor.ANONYMOUS).current(), json, failures));
        transport.addUrlPatterns("/graphql");
        transport.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return transport;
    }

    /** POST {@code /graphql}, answering with the statuses of the error contract. */
    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
        return new ContractHttpHandler(handler);
    }

    private static final MediaType GRAPHQL_RESPONSE = ContractHttpHandler.GRAPHQL_RESPONSE;

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetRoute(
            WebGraphQlHandler handler,
            JsonMapper json,
            ObjectProvider<ActorSource> actors,
            GraphQlLimits limits,
            PersistedQueryCache persisted) {
        return RouterFunctions.route()
                .GET("/graphql", request -> get(request, handler, json, actors, limits.staleIfError(), persisted))
                .build();
    }

    private static ServerResponse get(
            ServerRequest request,
            WebGraphQlHandler handler,
            JsonMapper json,
            ObjectProvider<ActorSource> actors,
            Duration staleIfError,
            PersistedQueryCache persisted) {
        String query = request.param("query").filter(s -> !s.isBlank()).orElse(null);
        Map<String, Object> body = new HashMap<>();
        request.param("operationName").filter(s -> !s.isBlank()).ifPresent(name -> body.put("operationName", name));
        for (String part : List.of("variables", "extensions")) {
            try {
                request.param(part)
                        .filter(s -> !s.isBlank())
                        .ifPresent(value -> body.put(part, json.readValue(value, Map.class)));
            } catch (RuntimeException e) {
                return refuse(
                        request, HttpStatus.BAD_REQUEST, "The '%s' parameter is not a JSON object".formatted(part));
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> extensions = (Map<String, Object>) body.get("extensions");
        if (query == null && (extensions == null || !extensions.containsKey("persistedQuery"))) {
            return refuse(request, HttpStatus.BAD_REQUEST, "Give the query in the 'query' parameter");
        }
        String document;
        try {
            document = persisted.document(query, extensions);
            if (extensions != null) {
                extensions.remove("persistedQuery"); // resolved: the document is hashed once a request
            }
        } catch (PersistedQueryCache.Refusal refusal) {
            document = null; // answered in the contract when the request is handled
        }
        body.put(
                "query",
                document != null ? document : query != null ? query : PersistedQuerySupport.PERSISTED_QUERY_MARKER);
        if (document != null && isMutation(document, (String) body.get("operationName"))) {
            request.servletRequest().setAttribute(GraphQlTransport.MESSAGE, "Send mutations with POST, not GET");
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .header("Allow", "POST")
                    .build();
        }
        WebGraphQlRequest graphQl = new WebGraphQlRequest(
                URI.create(request.uri().toString()),
                request.headers().asHttpHeaders(),
                new LinkedMultiValueMap<>(),
                request.remoteAddress().orElse(null),
                request.attributes(),
                body,
                UUID.randomUUID().toString(),
                Locale.ROOT);
        WebGraphQlResponse response = handler.handleRequest(graphQl).block();
        byte[] bytes = json.writeValueAsString(response.toMap()).getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Digests.sha256(bytes).substring(0, 32) + "\"";
        boolean personal =
                !actors.getIfAvailable(() -> () -> Actor.ANONYMOUS).current().anonymous();
        MediaType type = request.headers().accept().stream().anyMatch(GRAPHQL_RESPONSE::equalsTypeAndSubtype)
                ? GRAPHQL_RESPONSE
                : MediaType.APPLICATION_JSON;
        HttpStatus status = ContractHttpHandler.status(response, type);
        boolean unknownDocument =
                response.getErrors().stream().anyMatch(e -> PersistedQueryCache.NOT_FOUND.equals(e.getMessage()));
        CacheControl cache = personal || unknownDocument || status.is5xxServerError()
                ? CacheControl.noStore()
                : CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().staleIfError(staleIfError);
        if (request.headers().header("If-None-Match").contains(etag)) {
            return ServerResponse.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .build();
        }
        return ServerResponse.status(status)
                .headers(headers -> headers.putAll(response.getResponseHeaders()))
                .contentType(type)
                .eTag(etag)
                .cacheControl(cache)
                .header("Vary", "Accept, Authorization, Cookie")
                .body(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Whether the operation the request selects is a mutation; a document that does not parse is left to GraphQL. */
    private static boolean isMutation(String query, @Nullable String operationName) {
        try {
            Document document = Parser.parse(query);
            return document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(o -> operationName == null || operationName.equals(o.getName()))
                    .anyMatch(o -> o.getOperation() == OperationDefinition.Operation.MUTATION);
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    /** Refuses the request in {@code message}: {@link GraphQlTransport} writes the answer. */
    private static ServerResponse refuse(ServerRequest request, HttpStatus status, String message) {
        request.servletRequest().setAttribute(GraphQlTransport.MESSAGE, message);
        return ServerResponse.status(status).build();
    }
}
