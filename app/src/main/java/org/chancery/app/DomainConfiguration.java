package org.chancery.app;

import org.chancery.api.ActorSource;
import org.chancery.app.security.CurrentActor;
import org.chancery.data.json.RegistryJson;
import org.chancery.domain.Transactions;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.claim.RegistryContext;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.merge.MergeCuration;
import org.chancery.domain.merge.Merges;
import org.chancery.domain.merge.SurvivorLookup;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.Reviewing;
import org.chancery.domain.source.SourceCuration;
import org.chancery.domain.source.Sources;
import org.chancery.domain.vocabulary.Predicates;
import org.chancery.domain.vocabulary.VocabularyAdministration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

/** The domain's use cases, given the ports that the data module implements. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    RegistryContext registryContext(Predicates predicates, Entities entities, Sources sources) {
        return new RegistryContext(predicates, entities, sources);
    }

    @Bean
    EntityCuration entityCuration(Entities entities, Transactions transactions) {
        return new EntityCuration(entities, transactions);
    }

    @Bean
    SourceCuration sourceCuration(Sources sources, Entities entities, Claims claims, Transactions transactions) {
        return new SourceCuration(sources, entities, claims, transactions);
    }

    @Bean
    ClaimCuration claimCuration(Claims claims, RegistryContext context, Transactions transactions) {
        return new ClaimCuration(claims, context, transactions);
    }

    @Bean
    VocabularyAdministration vocabularyAdministration(Predicates predicates, Transactions transactions) {
        return new VocabularyAdministration(predicates, transactions);
    }

    /** The API acts for the user that Spring Security authenticated. */
    @Bean
    ActorSource actorSource(CurrentActor current) {
        return current::current;
    }

    @Bean
    Reviewing reviewing(History history, Transactions transactions) {
        return new Reviewing(history, transactions);
    }

    /** Writes the registry's values (ids, dates, claim values) in their own forms wherever JSON is written. */
    @Bean
    JacksonModule registryValues() {
        return RegistryJson.module();
    }

    @Bean
    SurvivorLookup survivors(Entities entities) {
        return new SurvivorLookup(entities);
    }

    @Bean
    MergeCuration mergeCuration(Entities entities, Claims claims, Merges merges, Transactions transactions) {
        return new MergeCuration(entities, claims, merges, transactions);
    }
}
