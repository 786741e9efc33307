package org.chancery.api;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.chancery.domain.Failures;
import org.chancery.domain.RegistryVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import tools.jackson.databind.json.JsonMapper;

/** What is kept between requests (parsed documents and answers), and what is observed of each. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    ParsedDocumentCache parsedDocuments() {
        return new ParsedDocumentCache(500);
    }

    /** Each distinct query is parsed and validated once, not on every request. */
    @Bean
    GraphQlSourceBuilderCustomizer preparsedDocuments(ParsedDocumentCache documents) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    /**
     * One observation a request ({@code graphql.request}) and one a batch load, none a field: Spring's
     * default observes every field that has a fetcher of its own, thousands on an entity page.
     */
    @Bean
    GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObjectProvider<ObservationRegistry> registry) {
        return new GraphQlObservationInstrumentation(registry.getIfAvailable(() -> ObservationRegistry.NOOP)) {
            @Override
            public DataFetcher<?> instrumentDataFetcher(
                    DataFetcher<?> fetcher,
                    InstrumentationFieldFetchParameters parameters,
                    InstrumentationState state) {
                return fetcher;
            }
        };
    }

    /** After {@link RequestContext}, which puts every answer, kept ones included, in the contract. */
    @Bean
    @Order(0)
    ResponseCache responseCache(
            RegistryVersion registry,
            ParsedDocumentCache documents,
            ObjectProvider<ActorSource> actors,
            JsonMapper json,
            Failures failures,
            GraphQlLimits limits,
            ObjectProvider<MeterRegistry> meters) {
        return new ResponseCache(
                registry, documents, actors, json, failures, limits, meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
