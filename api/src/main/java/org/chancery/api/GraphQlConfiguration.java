package org.chancery.api;

import org.chancery.api.claim.ClaimNode;
import org.chancery.api.entity.EntityNode;
import org.chancery.api.source.SourceNode;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The schema's scalars, and which GraphQL type each of the API's node classes stands for. */
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

    /** Each distinct query is parsed and validated once, not on every request. */
    @Bean
    GraphQlSourceBuilderCustomizer parsedDocuments() {
        ParsedDocuments documents = new ParsedDocuments(500);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }
}
