package org.chancery.api;

import org.chancery.api.claim.ClaimNode;
import org.chancery.api.entity.EntityNode;
import org.chancery.api.source.SourceNode;
import org.chancery.domain.RegistryVersion;
import org.chancery.domain.security.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema's scalars, which GraphQL type each of the API's node classes stands for, and what is kept
 * between requests: parsed documents and answers.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME).scalar(Scalars.JSON);
    }

    @Bean
    GraphQlSourceBuilderCustomizer typeNames() {
        ClassNameTypeResolver resolver = new ClassNameTypeResolver();
        resolver.addMapping(EntityNode.class, "Entity");
        resolver.addMapping(ClaimNode.class, "Claim");
        resolver.addMapping(SourceNode.class, "Source");
        return builder -> builder.defaultTypeResolver(resolver);
    }

    @Bean
    FailureLog failureLog() {
        return new FailureLog();
    }

    /** Ahead of everything else that may answer {@code /graphql}, so that every answer keeps the contract. */
    @Bean
    FilterRegistrationBean<GraphQlTransport> graphQlTransport(
            GraphQlLimits limits, ObjectProvider<ActorSource> actors, JsonMapper json, FailureLog failures) {
        FilterRegistrationBean<GraphQlTransport> transport = new FilterRegistrationBean<>(new GraphQlTransport(
                limits.maxRequestSize().toBytes(),
                limits.maxAnonymousRequestSize().toBytes(),
                () -> actors.getIfAvailable(() -> () -> Actor.ANONYMOUS).current(),
                json,
                failures));
        transport.addUrlPatterns("/graphql");
        transport.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return transport;
    }

    @Bean
    ParsedDocuments parsedDocuments() {
        return new ParsedDocuments(500);
    }

    /** Each distinct query is parsed and validated once, not on every request. */
    @Bean
    GraphQlSourceBuilderCustomizer preparsedDocuments(ParsedDocuments documents) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    @Bean
    ResponseCache responseCache(
            RegistryVersion registry,
            ParsedDocuments documents,
            ObjectProvider<ActorSource> actors,
            JsonMapper json,
            GraphQlLimits limits) {
        return new ResponseCache(
                registry, documents, actors, json, limits.responseCache().toBytes());
    }
}
