package org.chancery.api;

import org.chancery.domain.Failures;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.merge.Merges;
import org.chancery.domain.merge.SurvivorLookup;
import org.chancery.domain.revision.History;
import org.chancery.domain.source.Sources;
import org.chancery.domain.vocabulary.Predicates;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The domain over in-memory ports holding the fixtures, for slice tests of the GraphQL API: what the
 * controllers read is what a test wrote through the same use cases the application runs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryDomain {

    private final InMemoryRegistry registry = InMemoryRegistry.withFixtures();

    @Bean
    InMemoryRegistry registry() {
        return registry;
    }

    @Bean
    Entities entities() {
        return registry.entities();
    }

    @Bean
    Sources sources() {
        return registry.sources();
    }

    @Bean
    Claims claims() {
        return registry.claims();
    }

    @Bean
    Predicates predicates() {
        return registry.predicates();
    }

    @Bean
    Merges merges() {
        return registry.merges();
    }

    @Bean
    History history() {
        return registry.history();
    }

    @Bean
    SurvivorLookup survivors() {
        return new SurvivorLookup(registry.entities());
    }

    @Bean
    ClaimCuration claimCuration() {
        return registry.claimCuration();
    }

    /** Failures are no outage here, and logged nowhere: a test sees them in the answer. */
    @Bean
    Failures failures() {
        return new Failures() {
            @Override
            public boolean isOutage(Throwable failure) {
                return false;
            }

            @Override
            public String failed(String what, Throwable failure) {
                throw new AssertionError("failed serving " + what, failure);
            }

            @Override
            public void refused(String what, String classification, String reason) {}
        };
    }
}
