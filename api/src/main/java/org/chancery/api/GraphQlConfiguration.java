package org.chancery.api;

import org.chancery.api.claim.ClaimNode;
import org.chancery.api.entity.EntityNode;
import org.chancery.api.source.SourceNode;
import org.chancery.domain.Failures;
import org.chancery.domain.RegistryVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
    ParsedDocuments parsedDocuments() {
        return new ParsedDocuments(500);
    }

    /** Each distinct query is parsed and validated once, not on every request. */
    @Bean
    GraphQlSourceBuilderCustomizer preparsedDocuments(ParsedDocuments documents) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    /** After {@link RequestContext}, which puts every answer, kept ones included, in the contract. */
    @Bean
    @Order(0)
    ResponseCache responseCache(
            RegistryVersion registry,
            ParsedDocuments documents,
            ObjectProvider<ActorSource> actors,
            JsonMapper json,
            Failures failures,
            GraphQlLimits limits) {
        return new ResponseCache(registry, documents, actors, json, failures, limits);
    }
}
