package org.chancery.domain;

import java.util.function.Supplier;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.InMemoryClaims;
import org.chancery.domain.claim.RegistryContext;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.InMemoryEntities;
import org.chancery.domain.merge.InMemoryMerges;
import org.chancery.domain.merge.MergeCuration;
import org.chancery.domain.revision.InMemoryHistory;
import org.chancery.domain.revision.RecordClock;
import org.chancery.domain.revision.Reviewing;
import org.chancery.domain.source.InMemorySources;
import org.chancery.domain.source.SourceCuration;
import org.chancery.domain.vocabulary.InMemoryPredicates;
import org.chancery.domain.vocabulary.VocabularyAdministration;

/**
 * A registry kept in memory, with the use cases wired to it, for tests. Writes are not rolled back on a
 * refusal, so a test that finds nothing written knows the use case refused before it wrote.
 */
public final class InMemoryRegistry {

    /** Runs the work as it is: no rollback, so a refusal after a write would show. */
    public static final Transactions DIRECTLY = Supplier::get;

    private final RecordClock clock = new RecordClock();
    private final InMemoryEntities entities = new InMemoryEntities(clock);
    private final InMemorySources sources = new InMemorySources(clock);
    private final InMemoryClaims claims = new InMemoryClaims(clock);
    private final InMemoryPredicates predicates = new InMemoryPredicates();
    private final InMemoryMerges merges = new InMemoryMerges();
    private final InMemoryHistory history = new InMemoryHistory(entities, sources, claims, clock);

    private InMemoryRegistry() {}

    public static InMemoryRegistry empty() {
        return new InMemoryRegistry();
    }

    /**
     * The {@link Fixtures} entities ({@code lugansk()}, the duplicate, included), both sources and every
     * predicate, each at revision 1; no claims.
     */
    public static InMemoryRegistry withFixtures() {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.entities
                .with(Fixtures.russia())
                .with(Fixtures.donetsk())
                .with(Fixtures.luhansk())
                .with(Fixtures.vindobona())
                .with(Fixtures.pushilin())
                .with(Fixtures.lugansk());
        registry.sources.with(Fixtures.vindobonaArticle()).with(Fixtures.tassReport());
        registry.predicates.with(
                Fixtures.recognizes(),
                Fixtures.diplomaticRelationsWith(),
                Fixtures.headOf(),
                Fixtures.spokeWith(),
                Fixtures.appointedBy(),
                Fixtures.role(),
                Fixtures.announcedOn());
        return registry;
    }

    public InMemoryEntities entities() {
        return entities;
    }

    public InMemorySources sources() {
        return sources;
    }

    public InMemoryClaims claims() {
        return claims;
    }

    public InMemoryPredicates predicates() {
        return predicates;
    }

    public InMemoryMerges merges() {
        return merges;
    }

    /** The revisions of every entity, source and claim, and their reviews. */
    public InMemoryHistory history() {
        return history;
    }

    /** The record time of the latest change. */
    public RecordClock clock() {
        return clock;
    }

    public RegistryContext context() {
        return new RegistryContext(predicates, entities, sources);
    }

    public ClaimCuration claimCuration() {
        return new ClaimCuration(claims, context(), DIRECTLY);
    }

    public EntityCuration entityCuration() {
        return new EntityCuration(entities, DIRECTLY);
    }

    public SourceCuration sourceCuration() {
        return new SourceCuration(sources, entities, claims, DIRECTLY);
    }

    public Reviewing reviewing() {
        return new Reviewing(history, DIRECTLY);
    }

    public MergeCuration mergeCuration() {
        return new MergeCuration(entities, claims, merges, DIRECTLY);
    }

    public VocabularyAdministration vocabularyAdministration() {
        return new VocabularyAdministration(predicates, DIRECTLY);
    }
}
