package org.chancery.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.domain.Fixtures.LUGANSK;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.PUSHILIN;
import static org.chancery.domain.Fixtures.VINDOBONA;
import static org.chancery.domain.Fixtures.VINDOBONA_ARTICLE;
import static org.chancery.domain.Fixtures.lugansk;
import static org.chancery.domain.Fixtures.recognizes;
import static org.chancery.domain.Fixtures.vindobonaArticle;

import org.chancery.domain.EntityId;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.SourceId;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.source.CitedSource;
import org.junit.jupiter.api.Test;

class RegistryContextTests {

    private final InMemoryRegistry registry = InMemoryRegistry.withFixtures();
    private final RegistryContext context = registry.context();

    @Test
    void findsPredicatesInTheVocabulary() {
        assertThat(context.predicate("recognizes")).contains(recognizes());
        assertThat(context.predicate("annexes")).isEmpty();
    }

    @Test
    void knowsTheKindOfEveryEntityThatStandsOnItsOwn() {
        assertThat(context.entityKind(PUSHILIN)).contains(EntityKind.PERSON);
        assertThat(context.entityKind(VINDOBONA)).contains(EntityKind.ORGANISATION);
        assertThat(context.entityKind(new EntityId(99))).isEmpty();
    }

    @Test
    void aMergedEntityHasNoKindToClaimsAnyMore() {
        registry.entities().store(LUGANSK, lugansk().mergeInto(LUHANSK));

        assertThat(context.entityKind(LUGANSK)).isEmpty();
        assertThat(context.entityKind(LUHANSK)).contains(EntityKind.POLITY);
    }

    @Test
    void givesTheCurrentTextOfACitedSource() {
        assertThat(context.source(VINDOBONA_ARTICLE)).contains(CitedSource.of(vindobonaArticle()));
        assertThat(context.source(new SourceId(99))).isEmpty();
    }
}
