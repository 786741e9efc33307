package org.chancery.domain.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.domain.Fixtures.DONETSK;
import static org.chancery.domain.Fixtures.LUGANSK;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.RUSSIA;
import static org.chancery.domain.Fixtures.lugansk;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.chancery.domain.EntityId;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.revision.Version;
import org.junit.jupiter.api.Test;

/** The fake other modules may reuse answers as {@link Entities} promises. */
class InMemoryEntitiesTests {

    private final InMemoryEntities entities = InMemoryRegistry.withFixtures().entities();

    @Test
    void searchFindsEveryWordInOneNameOrAlias() {
        assertThat(ids(new EntitySearch("lugansk republic", Set.of(), null))).containsExactly(LUHANSK);
        assertThat(ids(new EntitySearch("Луганская", Set.of(), null))).containsExactly(LUHANSK);
        assertThat(ids(new EntitySearch("people's republic", Set.of(EntityKind.POLITY), null)))
                .containsExactly(DONETSK, LUHANSK);
        assertThat(ids(new EntitySearch("republic", Set.of(EntityKind.PERSON), null)))
                .isEmpty();
        assertThat(entities.count(new EntitySearch(null, Set.of(), null))).isEqualTo(6);
    }

    @Test
    void searchLeavesOutMergedEntitiesUnlessAskedAboutEarlier() {
        Instant before = entities.now();
        entities.store(LUGANSK, lugansk().mergeInto(LUHANSK));

        assertThat(ids(new EntitySearch("LNR", Set.of(), null))).isEmpty();
        assertThat(ids(new EntitySearch("LNR", Set.of(), before))).containsExactly(LUGANSK);
    }

    @Test
    void searchGivesPagesById() {
        EntitySearch all = new EntitySearch(null, Set.of(), null);

        Slice<Version<Entity>> first = entities.search(all, PageRequest.first(2));
        Slice<Version<Entity>> last = entities.search(all, new PageRequest(2, 4));

        assertThat(first.items()).extracting(v -> v.state().id()).containsExactly(RUSSIA, DONETSK);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).extracting(v -> v.state().id().value()).containsExactly(5L, 6L);
        assertThat(last.hasNext()).isFalse();
    }

    private List<EntityId> ids(EntitySearch search) {
        return entities.search(search, PageRequest.first(100)).items().stream()
                .map(v -> v.state().id())
                .toList();
    }
}
