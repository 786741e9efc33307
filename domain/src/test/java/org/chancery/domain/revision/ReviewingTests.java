package org.chancery.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.Fixtures.admin;
import static org.chancery.domain.Fixtures.curator;
import static org.chancery.domain.claim.ClaimDraftBuilder.aClaim;

import java.util.List;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.ClaimId;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewingTests {

    private static final ClaimId C1 = new ClaimId(1);
    private static final History.RevisionKey C1_REVISION_1 = new History.RevisionKey(C1, 1);

    private final InMemoryRegistry registry = InMemoryRegistry.withFixtures();
    private final InMemoryHistory history = registry.history();
    private final Reviewing reviewing = registry.reviewing();

    @BeforeEach
    void aClaimAssertedByOlga() {
        registry.claimCuration().assertClaim(curator(), aClaim().build());
    }

    @Test
    void anotherCuratorReviewsARevision() {
        Review review = reviewing.review(admin(), new ClaimId(1), 1);

        assertThat(review.objectId()).isEqualTo(C1);
        assertThat(review.revision()).isEqualTo(1);
        assertThat(review.reviewer()).isEqualTo("ada");
        assertThat(review.reviewedAt()).isEqualTo(history.now());
        assertThat(history.reviews(List.of(C1_REVISION_1))).containsEntry(C1_REVISION_1, List.of(review));
    }

    @Test
    void nobodyReviewsTheirOwnRevision() {
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> reviewing.review(curator(), new ClaimId(1), 1))
                .satisfies(e -> assertThat(e.anonymous()).isFalse())
                .withMessage("Nobody reviews their own revision: ask another curator");
        assertThat(history.reviews(List.of(C1_REVISION_1))).isEmpty();
    }

    @Test
    void reviewingTheSameRevisionAgainChangesNothing() {
        Review first = reviewing.review(admin(), new ClaimId(1), 1);

        Review again = reviewing.review(admin(), new ClaimId(1), 1);

        assertThat(again).isEqualTo(first);
        assertThat(history.reviews(List.of(C1_REVISION_1)).get(C1_REVISION_1)).containsExactly(first);
    }

    @Test
    void eachReviewerReviewsOnce() {
        Review byAda = reviewing.review(admin(), new ClaimId(1), 1);
        Review byIgor = reviewing.review(Actor.user("igor", Role.CURATOR), C1, 1);

        assertThat(history.reviews(List.of(C1_REVISION_1)).get(C1_REVISION_1)).containsExactly(byAda, byIgor);
    }

    @Test
    void reviewingARevisionThatDoesNotExistIsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> reviewing.review(admin(), new ClaimId(1), 2))
                .satisfies(e -> assertThat(e.id()).isEqualTo("C1 revision 2"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> reviewing.review(admin(), new ClaimId(9), 1));
    }

    @ParameterizedTest
    @MethodSource("org.chancery.domain.Fixtures#actorsWhoMayNotCurate")
    void onlyCuratorsReview(Actor actor, boolean anonymous) {
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> reviewing.review(actor, new ClaimId(1), 1))
                .satisfies(e -> assertThat(e.anonymous()).isEqualTo(anonymous));
        assertThat(history.reviews(List.of(C1_REVISION_1))).isEmpty();
    }
}
