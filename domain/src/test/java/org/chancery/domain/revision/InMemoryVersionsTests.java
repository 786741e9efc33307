package org.chancery.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.chancery.domain.ConflictException;
import org.chancery.domain.EntityId;
import org.junit.jupiter.api.Test;

/** The fake other tests rely on behaves as the database does. */
class InMemoryVersionsTests {

    private static final EntityId E1 = new EntityId(1);

    private final InMemoryVersions<EntityId, String> versions = new InMemoryVersions<>(EntityId::new);

    @Test
    void appendingARevisionThatIsTakenIsAConflict() {
        versions.append(E1, 1, "Lugansk", new Change("olga", Action.CREATE, null));
        versions.append(E1, 2, "Luhansk", new Change("olga", Action.CORRECT, "Spelling"));

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> versions.append(E1, 2, "LNR", new Change("ada", Action.CORRECT, "Short")))
                .satisfies(e -> assertThat(e.currentRevision()).isEqualTo(2));
        assertThat(versions.find(E1).orElseThrow().state()).isEqualTo("Luhansk");
    }

    @Test
    void revisionsFollowEachOtherWithoutGaps() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> versions.append(E1, 2, "Lugansk", new Change("olga", Action.CREATE, null)));
        assertThat(versions.ids()).isEmpty();
    }

    @Test
    void theNextRevisionClosesTheOneBefore() {
        versions.append(E1, 1, "Lugansk", new Change("olga", Action.CREATE, null));
        versions.append(E1, 2, "Luhansk", new Change("olga", Action.CORRECT, "Spelling"));

        Version<String> first = versions.revision(E1, 1).orElseThrow();
        Version<String> second = versions.revision(E1, 2).orElseThrow();
        assertThat(first.recordedUntil()).isEqualTo(second.recordedFrom());
        assertThat(second.current()).isTrue();
        assertThat(versions.history(E1)).containsExactly(first, second);
        assertThat(versions.find(E1, first.recordedFrom())).contains(first);
        assertThat(versions.find(E1, second.recordedFrom())).contains(second);
        assertThat(versions.find(E1, RecordClock.START)).isEmpty();
    }

    @Test
    void handsOutIdsNotStoredBefore() {
        versions.store(E1, "Lugansk");

        assertThat(versions.nextId()).isEqualTo(new EntityId(2));
        assertThat(versions.nextId()).isEqualTo(new EntityId(3));
    }
}
