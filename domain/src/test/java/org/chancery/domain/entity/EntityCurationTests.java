package org.chancery.domain.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.Fixtures.LUGANSK;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.RUSSIA;
import static org.chancery.domain.Fixtures.admin;
import static org.chancery.domain.Fixtures.curator;
import static org.chancery.domain.Fixtures.lugansk;
import static org.chancery.domain.Fixtures.makeeva;
import static org.chancery.domain.Fixtures.russia;

import java.util.List;
import java.util.function.Consumer;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.ConflictException;
import org.chancery.domain.EntityId;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityCurationTests {

    private final InMemoryRegistry registry = InMemoryRegistry.withFixtures();
    private final InMemoryEntities entities = registry.entities();
    private final EntityCuration curation = registry.entityCuration();

    @Test
    void aCuratorCreatesAnEntityAsRevisionOne() {
        EntityDraft draft = new EntityDraft(EntityKind.PERSON, " Olga Makeeva ", List.of(), null, List.of());

        Version<Entity> created = curation.create(curator(), draft);

        assertThat(created.number()).isEqualTo(1);
        assertThat(created.author()).isEqualTo("olga");
        assertThat(created.action()).isEqualTo(Action.CREATE);
        assertThat(created.summary()).isNull();
        assertThat(created.state().name()).isEqualTo("Olga Makeeva");
        assertThat(entities.ids()).hasSize(7);
        assertThat(entities.find(created.state().id())).contains(created);
    }

    @Test
    void anAdminMayCreateAnEntityToo() {
        assertThat(curation.create(admin(), makeeva()).author()).isEqualTo("ada");
    }

    @Test
    void anEntityThatBreaksARuleIsNotCreated() {
        EntityDraft draft = new EntityDraft(EntityKind.PERSON, " ", List.of(), null, List.of());

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.create(curator(), draft))
                .satisfies(e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(entities.ids()).hasSize(6);
    }

    @Test
    void aCorrectionIsTheNextRevisionWithItsReason() {
        EntityDraft draft = new EntityDraft(EntityKind.POLITY, "Russian Federation ", List.of(), null, List.of());

        Version<Entity> corrected = curation.correct(curator(), RUSSIA, 1, draft, " Official name ");

        assertThat(corrected.number()).isEqualTo(2);
        assertThat(corrected.action()).isEqualTo(Action.CORRECT);
        assertThat(corrected.summary()).isEqualTo("Official name");
        assertThat(corrected.author()).isEqualTo("olga");
        assertThat(corrected.state().name()).isEqualTo("Russian Federation");
        assertThat(corrected.state().id()).isEqualTo(RUSSIA);
        assertThat(entities.revision(RUSSIA, 1).orElseThrow().state()).isEqualTo(russia());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void aCorrectionNeedsAReason(String reason) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.correct(curator(), RUSSIA, 1, makeeva(), reason))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(entities.history(RUSSIA)).hasSize(1);
    }

    @Test
    void aCorrectionThatBreaksARuleIsRefused() {
        EntityDraft draft = new EntityDraft(null, "Russia", List.of(), null, List.of());

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.correct(curator(), RUSSIA, 1, draft, "kind"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("kind"));
        assertThat(entities.history(RUSSIA)).hasSize(1);
    }

    @Test
    void correctingFromStaleRevisionIsAConflict() {
        curation.correct(curator(), RUSSIA, 1, russia().content(), "first");

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> curation.correct(curator(), RUSSIA, 1, makeeva(), "second"))
                .satisfies(e -> {
                    assertThat(e.objectId()).isEqualTo("E1");
                    assertThat(e.currentRevision()).isEqualTo(2);
                });
        assertThat(entities.history(RUSSIA)).hasSize(2);
        assertThat(entities.find(RUSSIA).orElseThrow().state()).isEqualTo(russia());
    }

    @Test
    void correctingAnEntityThatDoesNotExistIsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> curation.correct(curator(), new EntityId(99), 1, makeeva(), "why"))
                .satisfies(e -> assertThat(e.id()).isEqualTo("E99"));
    }

    @Test
    void aMergedEntityIsNotCorrected() {
        entities.store(LUGANSK, lugansk().mergeInto(LUHANSK));

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.correct(curator(), LUGANSK, 2, makeeva(), "why"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("id"));
        assertThat(entities.history(LUGANSK)).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("org.chancery.domain.Fixtures#actorsWhoMayNotCurate")
    void onlyCuratorsCreateOrCorrectAndNothingIsWrittenOtherwise(Actor actor, boolean anonymous) {
        List<Consumer<Actor>> uses = List.of(
                a -> curation.create(a, makeeva()),
                a -> curation.correct(a, RUSSIA, 1, makeeva(), "why"),
                a -> curation.correct(a, new EntityId(99), 1, makeeva(), null));

        for (Consumer<Actor> use : uses) {
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> use.accept(actor))
                    .satisfies(e -> assertThat(e.anonymous()).isEqualTo(anonymous));
        }
        assertThat(entities.ids()).hasSize(6);
        assertThat(entities.history(RUSSIA)).hasSize(1);
    }
}
