package org.chancery.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.Fixtures.DONETSK;
import static org.chancery.domain.Fixtures.LUGANSK;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.PUSHILIN;
import static org.chancery.domain.Fixtures.RUSSIA;
import static org.chancery.domain.Fixtures.curator;
import static org.chancery.domain.Fixtures.lugansk;
import static org.chancery.domain.Fixtures.luhansk;
import static org.chancery.domain.claim.ClaimDraftBuilder.aClaim;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.ClaimId;
import org.chancery.domain.ConflictException;
import org.chancery.domain.EntityId;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.InMemoryClaims;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.InMemoryEntities;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MergeCurationTests {

    private static final ClaimId RECOGNIZES_LUGANSK = new ClaimId(1);
    private static final ClaimId LUGANSK_RELATIONS = new ClaimId(2);
    private static final ClaimId RECOGNIZES_DONETSK = new ClaimId(3);

    private final InMemoryRegistry registry = InMemoryRegistry.withFixtures();
    private final InMemoryEntities entities = registry.entities();
    private final InMemoryClaims claims = registry.claims();
    private final InMemoryMerges merges = registry.merges();
    private final ClaimCuration claimCuration = registry.claimCuration();
    private final MergeCuration curation = registry.mergeCuration();

    @BeforeEach
    void claimsAboutTheDuplicate() {
        claimCuration.assertClaim(curator(), aClaim().object(LUGANSK).build());
        claimCuration.assertClaim(
                curator(),
                aClaim().subject(LUGANSK)
                        .predicate("diplomatic_relations_with")
                        .object(RUSSIA)
                        .build());
        claimCuration.assertClaim(curator(), aClaim().build());
    }

    @Test
    void mergeMovesTheClaimsWithARevisionEach() {
        Merge merge = curation.merge(curator(), LUHANSK, LUGANSK, 1, null);

        assertThat(merge).isEqualTo(new Merge(LUGANSK, LUHANSK, Map.of(RECOGNIZES_LUGANSK, 2, LUGANSK_RELATIONS, 2)));
        assertThat(merges.find(LUGANSK)).contains(merge);
        Version<Entity> merged = entities.find(LUGANSK).orElseThrow();
        assertThat(merged.number()).isEqualTo(2);
        assertThat(merged.action()).isEqualTo(Action.MERGE);
        assertThat(merged.author()).isEqualTo("olga");
        assertThat(merged.summary()).isEqualTo("Merged E6 into E3");
        assertThat(merged.state().mergedInto()).isEqualTo(LUHANSK);
        Version<Claim> moved = claims.find(RECOGNIZES_LUGANSK).orElseThrow();
        assertThat(moved.number()).isEqualTo(2);
        assertThat(moved.action()).isEqualTo(Action.MERGE);
        assertThat(moved.summary()).isEqualTo("Merged E6 into E3");
        assertThat(moved.state().object()).isEqualTo(ClaimValue.entity(LUHANSK));
        assertThat(claims.find(LUGANSK_RELATIONS).orElseThrow().state().subject())
                .isEqualTo(LUHANSK);
        assertThat(claims.history(RECOGNIZES_DONETSK)).hasSize(1);
        assertThat(entities.history(LUHANSK)).hasSize(1);
    }

    @Test
    void mergeKeepsTheSummaryGiven() {
        curation.merge(curator(), LUHANSK, LUGANSK, 1, " Same republic ");

        assertThat(entities.find(LUGANSK).orElseThrow().summary()).isEqualTo("Same republic");
        assertThat(claims.find(RECOGNIZES_LUGANSK).orElseThrow().summary()).isEqualTo("Same republic");
    }

    @Test
    void mergingIntoAMergedEntityIsRefused() {
        entities.store(LUHANSK, luhansk().mergeInto(DONETSK));

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.merge(curator(), LUHANSK, LUGANSK, 1, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("survivor"))
                .withMessage("E3 was merged into E2: merge into that one");
        assertNothingMerged();
    }

    @Test
    void mergingEntitiesOfDifferentKindsIsRefused() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.merge(curator(), PUSHILIN, LUGANSK, 1, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("merged"))
                .withMessage("E5 and E6 are of different kinds: only the same kind can be one entity");
        assertNothingMerged();
    }

    @Test
    void mergingAnEntityIntoItselfIsRefused() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.merge(curator(), LUGANSK, LUGANSK, 1, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("survivor"));
        assertNothingMerged();
    }

    @Test
    void mergingAnEntityTwiceIsRefused() {
        curation.merge(curator(), LUHANSK, LUGANSK, 1, null);

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.merge(curator(), DONETSK, LUGANSK, 2, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("id"));
        assertThat(entities.history(LUGANSK)).hasSize(2);
        assertThat(merges.find(LUGANSK).orElseThrow().survivor()).isEqualTo(LUHANSK);
    }

    @Test
    void mergingFromStaleRevisionIsAConflict() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> curation.merge(curator(), LUHANSK, LUGANSK, 2, null))
                .satisfies(e -> {
                    assertThat(e.objectId()).isEqualTo("E6");
                    assertThat(e.currentRevision()).isEqualTo(1);
                });
        assertNothingMerged();
    }

    @Test
    void mergingWithAnEntityThatDoesNotExistIsNotFound() {
        EntityId missing = new EntityId(99);

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> curation.merge(curator(), missing, LUGANSK, 1, null))
                .satisfies(e -> assertThat(e.id()).isEqualTo("E99"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> curation.merge(curator(), LUHANSK, missing, 1, null))
                .satisfies(e -> assertThat(e.id()).isEqualTo("E99"));
        assertNothingMerged();
    }

    @Test
    void unmergeMovesTheClaimsBack() {
        curation.merge(curator(), LUHANSK, LUGANSK, 1, null);

        Version<Entity> unmerged = curation.unmerge(curator(), LUGANSK, 2, null);

        assertThat(unmerged.number()).isEqualTo(3);
        assertThat(unmerged.action()).isEqualTo(Action.UNMERGE);
        assertThat(unmerged.summary()).isEqualTo("Undid the merge of E6 into E3");
        assertThat(unmerged.state()).isEqualTo(lugansk());
        assertThat(merges.find(LUGANSK)).isEmpty();
        Version<Claim> back = claims.find(RECOGNIZES_LUGANSK).orElseThrow();
        assertThat(back.number()).isEqualTo(3);
        assertThat(back.action()).isEqualTo(Action.UNMERGE);
        assertThat(back.summary()).isEqualTo("Undid the merge of E6 into E3");
        assertThat(back.state())
                .isEqualTo(claims.revision(RECOGNIZES_LUGANSK, 1).orElseThrow().state());
        assertThat(claims.find(LUGANSK_RELATIONS).orElseThrow().state().subject())
                .isEqualTo(LUGANSK);
        assertThat(claims.history(RECOGNIZES_DONETSK)).hasSize(1);
    }

    @Test
    void unmergeKeepsTheSummaryGiven() {
        curation.merge(curator(), LUHANSK, LUGANSK, 1, null);

        curation.unmerge(curator(), LUGANSK, 2, " Two republics after all ");

        assertThat(entities.find(LUGANSK).orElseThrow().summary()).isEqualTo("Two republics after all");
        assertThat(claims.find(LUGANSK_RELATIONS).orElseThrow().summary()).isEqualTo("Two republics after all");
    }

    @Test
    void unmergeLeavesReferencesToTheSurvivorThatWereThereBefore() {
        Version<Claim> both = claimCuration.assertClaim(
                curator(),
                aClaim().subject(LUHANSK)
                        .predicate("spoke_with")
                        .object(LUGANSK)
                        .build());
        ClaimId id = both.state().id();
        curation.merge(curator(), LUHANSK, LUGANSK, 1, null);
        assertThat(claims.find(id).orElseThrow().state().object()).isEqualTo(ClaimValue.entity(LUHANSK));

        curation.unmerge(curator(), LUGANSK, 2, null);

        assertThat(claims.find(id).orElseThrow().state()).isEqualTo(both.state());
    }

    @Test
    void unmergeLeavesAClaimCorrectedAwayFromTheSurvivor() {
        curation.merge(curator(), LUHANSK, LUGANSK, 1, null);
        claimCuration.correct(
                curator(),
                RECOGNIZES_LUGANSK,
                2,
                aClaim().object(DONETSK).validFrom("2022-02").build(),
                "It was the DPR");

        curation.unmerge(curator(), LUGANSK, 2, null);

        assertThat(claims.history(RECOGNIZES_LUGANSK)).hasSize(3);
        assertThat(claims.find(RECOGNIZES_LUGANSK).orElseThrow().state().object())
                .isEqualTo(ClaimValue.entity(DONETSK));
        assertThat(claims.history(LUGANSK_RELATIONS)).hasSize(3);
    }

    @Test
    void onlyAMergedEntityIsUnmerged() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.unmerge(curator(), LUGANSK, 1, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("id"))
                .withMessage("E6 is not merged into another entity");
        assertNothingMerged();
    }

    @Test
    void unmergingFromStaleRevisionIsAConflict() {
        curation.merge(curator(), LUHANSK, LUGANSK, 1, null);

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> curation.unmerge(curator(), LUGANSK, 1, null))
                .satisfies(e -> {
                    assertThat(e.objectId()).isEqualTo("E6");
                    assertThat(e.currentRevision()).isEqualTo(2);
                });
        assertThat(entities.history(LUGANSK)).hasSize(2);
        assertThat(claims.history(RECOGNIZES_LUGANSK)).hasSize(2);
        assertThat(merges.find(LUGANSK)).isPresent();
    }

    @Test
    void unmergingAnEntityThatDoesNotExistIsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> curation.unmerge(curator(), new EntityId(99), 1, null))
                .satisfies(e -> assertThat(e.id()).isEqualTo("E99"));
    }

    @ParameterizedTest
    @MethodSource("org.chancery.domain.Fixtures#actorsWhoMayNotCurate")
    void onlyCuratorsMergeOrUnmergeAndNothingIsWrittenOtherwise(Actor actor, boolean anonymous) {
        curation.merge(curator(), LUHANSK, LUGANSK, 1, null);
        List<Consumer<Actor>> uses = List.of(
                a -> curation.merge(a, DONETSK, LUHANSK, 1, null),
                a -> curation.unmerge(a, LUGANSK, 2, null),
                a -> curation.unmerge(a, new EntityId(99), 1, null));

        for (Consumer<Actor> use : uses) {
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> use.accept(actor))
                    .satisfies(e -> assertThat(e.anonymous()).isEqualTo(anonymous));
        }
        assertThat(entities.history(LUHANSK)).hasSize(1);
        assertThat(entities.history(LUGANSK)).hasSize(2);
        assertThat(claims.history(RECOGNIZES_LUGANSK)).hasSize(2);
        assertThat(merges.find(LUGANSK)).isPresent();
        assertThat(merges.find(LUHANSK)).isEmpty();
    }

    private void assertNothingMerged() {
        assertThat(entities.history(LUGANSK)).hasSize(1);
        assertThat(claims.history(RECOGNIZES_LUGANSK)).hasSize(1);
        assertThat(claims.history(LUGANSK_RELATIONS)).hasSize(1);
        assertThat(merges.find(LUGANSK)).isEmpty();
    }
}
