package org.chancery.domain;

import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.merge.MergeCuration;
import org.chancery.domain.merge.Merges;
import org.chancery.domain.merge.SurvivorLookup;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.Reviewing;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.InMemoryAccounts;
import org.chancery.domain.security.Users;
import org.chancery.domain.source.SourceCuration;
import org.chancery.domain.source.Sources;
import org.chancery.domain.vocabulary.Predicates;
import org.chancery.domain.vocabulary.VocabularyAdministration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The domain over in-memory ports holding the fixtures, for the slice tests of the API and the curator
 * pages: what the controllers read is what a test wrote through the same use cases the application runs.
 * The accounts start with one admin, {@code ada} (see {@link InMemoryAccounts}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryDomain {

    private final InMemoryRegistry registry = InMemoryRegistry.withFixtures();
    private final InMemoryAccounts accounts = new InMemoryAccounts();

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

    @Bean
    EntityCuration entityCuration() {
        return registry.entityCuration();
    }

    @Bean
    SourceCuration sourceCuration() {
        return registry.sourceCuration();
    }

    @Bean
    MergeCuration mergeCuration() {
        return registry.mergeCuration();
    }

    @Bean
    Reviewing reviewing() {
        return registry.reviewing();
    }

    @Bean
    VocabularyAdministration vocabularyAdministration() {
        return registry.vocabularyAdministration();
    }

    @Bean
    InMemoryAccounts inMemoryAccounts() {
        return accounts;
    }

    @Bean
    AccountAdministration accounts() {
        return accounts.accounts;
    }

    @Bean
    Users users() {
        return accounts.users;
    }

    /** A registry that keeps no answers between requests: its version never moves. */
    @Bean
    RegistryVersion registryVersion() {
        return new RegistryVersion() {
            @Override
            public long current() {
                return 0;
            }

            @Override
            public SortedMap<Long, Set<String>> touchedAfter(long version) {
                return new TreeMap<>();
            }
        };
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
