package org.chancery.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.Fixtures.DONETSK;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.PUSHILIN;
import static org.chancery.domain.Fixtures.admin;
import static org.chancery.domain.Fixtures.curator;
import static org.chancery.domain.Fixtures.donetsk;
import static org.chancery.domain.Fixtures.russiaRecognizesLuhansk;
import static org.chancery.domain.claim.ClaimDraftBuilder.aClaim;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.ClaimId;
import org.chancery.domain.ConflictException;
import org.chancery.domain.Fixtures;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimCurationTests {

    private static final ClaimId C1 = new ClaimId(1);

    private final InMemoryRegistry registry = InMemoryRegistry.withFixtures();
    private final InMemoryClaims claims = registry.claims();
    private final ClaimCuration curation = registry.claimCuration();

    @Test
    void aCuratorAssertsAClaimAsRevisionOne() {
        Version<Claim> asserted = curation.assertClaim(curator(), aClaim().build());

        assertThat(asserted.number()).isEqualTo(1);
        assertThat(asserted.author()).isEqualTo("olga");
        assertThat(asserted.action()).isEqualTo(Action.CREATE);
        assertThat(asserted.summary()).isNull();
        assertThat(asserted.state().id()).isEqualTo(C1);
        assertThat(asserted.state().citations().get(0).quotePosition()).isEqualTo(18);
        assertThat(claims.find(C1)).contains(asserted);
    }

    @Test
    void anAdminMayAssertToo() {
        assertThat(curation.assertClaim(admin(), aClaim().build()).author()).isEqualTo("ada");
    }

    @Test
    void aClaimThatBreaksARuleIsNotAsserted() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() ->
                        curation.assertClaim(curator(), aClaim().citations().build()))
                .satisfies(e -> assertThat(e.field()).isEqualTo("citations"));
        assertThat(claims.ids()).isEmpty();
    }

    @Test
    void aClaimThatStatesWhatACurrentClaimStatesIsRefusedNamingIt() {
        asserted();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.assertClaim(curator(), aClaim().build()))
                .satisfies(e -> assertThat(e.existing()).contains(C1))
                .withMessageStartingWith("C1 already states this");
        assertThat(claims.ids()).containsExactly(C1);
    }

    @Test
    void aClaimLikeACurrentOneButForItsDatesOrDetailsIsNoRepeat() {
        asserted();

        assertThat(curation.assertClaim(
                                curator(), aClaim().validFrom("2022-02-22").build())
                        .state()
                        .id())
                .isNotEqualTo(C1);
    }

    @Test
    void aClaimLikeADeprecatedOneIsNoRepeat() {
        asserted();
        curation.deprecate(curator(), C1, 1, "Wrong source");

        assertThat(curation.assertClaim(curator(), aClaim().build()).number()).isEqualTo(1);
    }

    @Test
    void aCorrectionIntoWhatAnotherCurrentClaimStatesIsRefused() {
        asserted();
        Version<Claim> other = curation.assertClaim(curator(), russiaRecognizesLuhansk());

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.correct(curator(), other.state().id(), 1, aClaim().build(), "Same"))
                .satisfies(e -> assertThat(e.existing()).contains(C1));
        assertThat(claims.history(other.state().id())).hasSize(1);
    }

    @Test
    void aCorrectionThatLeavesWhatTheClaimStatesAsItWasIsNoRepeat() {
        asserted();

        assertThat(curation.correct(curator(), C1, 1, aClaim().validUntil(null).build(), "Checked")
                        .number())
                .isEqualTo(2);
    }

    @Test
    void aCorrectionOfOneOfTwoClaimsAnImportLetInThatStateTheSameIsNoNewRepeat() {
        asserted();
        Claim twin = Claim.of(new ClaimId(2), aClaim().build());
        claims.append(twin.id(), 1, twin, new Change("import", Action.IMPORT, null));

        assertThat(curation.correct(
                                curator(),
                                twin.id(),
                                1,
                                aClaim().rank(Rank.PREFERRED).build(),
                                "Checked")
                        .number())
                .isEqualTo(2);
    }

    @Test
    void theSameCitationTwiceIsRefusedAtTheSecond() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.assertClaim(
                        curator(),
                        aClaim().citations(Fixtures.recognitionCitation(), Fixtures.recognitionCitation())
                                .build()))
                .satisfies(e -> assertThat(e.field()).isEqualTo("citations[1]"))
                .withMessage("It repeats citation 1: cite each quote once");
        assertThat(claims.ids()).isEmpty();
    }

    @Test
    void moreCitationsThanTheBoundAreRefusedBeforeAnIdIsTaken() {
        Citation[] many = new Citation[ClaimDraft.MAX_CITATIONS + 1];
        Arrays.fill(many, Fixtures.recognitionCitation());

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() ->
                        curation.assertClaim(curator(), aClaim().citations(many).build()))
                .satisfies(e -> assertThat(e.field()).isEqualTo("citations"))
                .withMessage("Give at most 20 of these (21 were sent)");
        assertThat(curation.assertClaim(curator(), aClaim().build()).state().id())
                .isEqualTo(C1);
    }

    @Test
    void aCorrectionIsTheNextRevisionCheckedAndWithItsReason() {
        asserted();

        Version<Claim> corrected = curation.correct(curator(), C1, 1, russiaRecognizesLuhansk(), " It was the LPR ");

        assertThat(corrected.number()).isEqualTo(2);
        assertThat(corrected.action()).isEqualTo(Action.CORRECT);
        assertThat(corrected.summary()).isEqualTo("It was the LPR");
        assertThat(corrected.state().object()).isEqualTo(ClaimValue.entity(LUHANSK));
        assertThat(corrected.state().citations().get(0).quotePosition()).isEqualTo(18);
        assertThat(claims.revision(C1, 1).orElseThrow().state().object()).isEqualTo(ClaimValue.entity(DONETSK));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void correctRequiresAReason(@Nullable String reason) {
        asserted();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.correct(curator(), C1, 1, russiaRecognizesLuhansk(), reason))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(claims.history(C1)).hasSize(1);
    }

    @Test
    void aCorrectionThatBreaksARuleIsRefused() {
        asserted();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.correct(
                        curator(), C1, 1, aClaim().object(PUSHILIN).build(), "Person"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("object"));
        assertThat(claims.history(C1)).hasSize(1);
    }

    @Test
    void correctingFromStaleRevisionIsAConflict() {
        asserted();
        curation.correct(curator(), C1, 1, russiaRecognizesLuhansk(), "It was the LPR");

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> curation.correct(
                        curator(), C1, 1, aClaim().validFrom("2022-02-22").build(), "Date"))
                .satisfies(e -> {
                    assertThat(e.objectId()).isEqualTo("C1");
                    assertThat(e.currentRevision()).isEqualTo(2);
                })
                .withMessage("C1 was changed meanwhile: you edited revision 1, the current revision is 2");
        assertThat(claims.history(C1)).hasSize(2);
        assertThat(claims.find(C1).orElseThrow().state().object()).isEqualTo(ClaimValue.entity(LUHANSK));
    }

    @Test
    void aDeprecatedClaimIsNotCorrected() {
        asserted();
        curation.deprecate(curator(), C1, 1, "Wrong");

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.correct(curator(), C1, 2, russiaRecognizesLuhansk(), "Fix"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("rank"));
        assertThat(claims.history(C1)).hasSize(2);
    }

    @Test
    void changingAClaimThatDoesNotExistIsNotFound() {
        ClaimId missing = new ClaimId(99);
        List<Runnable> changes = List.of(
                () -> curation.correct(curator(), missing, 1, aClaim().build(), "Fix"),
                () -> curation.deprecate(curator(), missing, 1, "Wrong"),
                () -> curation.restore(curator(), missing, 1, null),
                () -> curation.revert(curator(), missing, 2, 1, null));

        for (Runnable change : changes) {
            assertThatExceptionOfType(NotFoundException.class)
                    .isThrownBy(change::run)
                    .satisfies(e -> assertThat(e.id()).isEqualTo("C99"));
        }
        assertThat(claims.ids()).isEmpty();
    }

    @Test
    void deprecatingMarksTheClaimWithTheReason() {
        asserted();

        Version<Claim> deprecated = curation.deprecate(curator(), C1, 1, " Misread the article ");

        assertThat(deprecated.number()).isEqualTo(2);
        assertThat(deprecated.action()).isEqualTo(Action.DEPRECATE);
        assertThat(deprecated.summary()).isEqualTo("Misread the article");
        assertThat(deprecated.state().rank()).isEqualTo(Rank.DEPRECATED);
        assertThat(deprecated.state().deprecationReason()).isEqualTo("Misread the article");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void deprecatingRequiresAReason(@Nullable String reason) {
        asserted();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.deprecate(curator(), C1, 1, reason))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(claims.history(C1)).hasSize(1);
    }

    @Test
    void deprecatingFromStaleRevisionIsAConflict() {
        asserted();
        curation.correct(curator(), C1, 1, russiaRecognizesLuhansk(), "It was the LPR");

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> curation.deprecate(curator(), C1, 1, "Wrong"))
                .satisfies(e -> assertThat(e.currentRevision()).isEqualTo(2));
        assertThat(claims.history(C1)).hasSize(2);
    }

    @Test
    void aClaimThatNoLongerPassesTheRulesCanStillBeDeprecatedButNotCorrected() {
        asserted();
        registry.entities().store(DONETSK, donetsk().mergeInto(LUHANSK));

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.correct(curator(), C1, 1, aClaim().build(), "Same"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("object"));
        assertThat(curation.deprecate(curator(), C1, 1, "Wrong").state().deprecated())
                .isTrue();
    }

    @Test
    void restoreGivesBackTheRankBeforeDeprecation() {
        curation.assertClaim(curator(), aClaim().rank(Rank.PREFERRED).build());
        curation.deprecate(curator(), C1, 1, "Wrong");

        Version<Claim> restored = curation.restore(curator(), C1, 2, " Right after all ");

        assertThat(restored.number()).isEqualTo(3);
        assertThat(restored.action()).isEqualTo(Action.RESTORE);
        assertThat(restored.summary()).isEqualTo("Right after all");
        assertThat(restored.state().rank()).isEqualTo(Rank.PREFERRED);
        assertThat(restored.state().deprecationReason()).isNull();
    }

    @Test
    void restoreGivesBackTheLatestRankBeforeDeprecation() {
        asserted();
        curation.correct(curator(), C1, 1, aClaim().rank(Rank.PREFERRED).build(), "Best value");
        curation.deprecate(curator(), C1, 2, "Wrong");
        curation.restore(curator(), C1, 3, null);
        curation.deprecate(curator(), C1, 4, "Wrong again");

        Version<Claim> restored = curation.restore(curator(), C1, 5, null);

        assertThat(restored.state().rank()).isEqualTo(Rank.PREFERRED);
        assertThat(restored.summary()).isNull();
    }

    @Test
    void aClaimThatWasAlwaysDeprecatedIsRestoredAsNormal() {
        claims.with(aClaim().rank(Rank.DEPRECATED).claim(1, "Imported as deprecated"));

        assertThat(curation.restore(curator(), C1, 1, null).state().rank()).isEqualTo(Rank.NORMAL);
    }

    @Test
    void onlyADeprecatedClaimIsRestored() {
        asserted();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.restore(curator(), C1, 1, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("rank"));
        assertThat(claims.history(C1)).hasSize(1);
    }

    @Test
    void restoringFromStaleRevisionIsAConflict() {
        asserted();
        curation.deprecate(curator(), C1, 1, "Wrong");

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> curation.restore(curator(), C1, 1, null))
                .satisfies(e -> assertThat(e.currentRevision()).isEqualTo(2));
        assertThat(claims.history(C1)).hasSize(2);
    }

    @Test
    void revertMakesAnEarlierRevisionCurrentAgain() {
        asserted();
        curation.correct(curator(), C1, 1, russiaRecognizesLuhansk(), "It was the LPR");

        Version<Claim> reverted = curation.revert(curator(), C1, 2, 1, null);

        assertThat(reverted.number()).isEqualTo(3);
        assertThat(reverted.action()).isEqualTo(Action.REVERT);
        assertThat(reverted.summary()).isEqualTo("Reverted to revision 1");
        assertThat(reverted.state())
                .isEqualTo(claims.revision(C1, 1).orElseThrow().state());
    }

    @Test
    void revertKeepsTheSummaryGiven() {
        asserted();
        curation.correct(curator(), C1, 1, russiaRecognizesLuhansk(), "It was the LPR");

        assertThat(curation.revert(curator(), C1, 2, 1, " It was the DPR ").summary())
                .isEqualTo("It was the DPR");
    }

    @Test
    void revertTakesADeprecationBack() {
        asserted();
        curation.deprecate(curator(), C1, 1, "Wrong");

        Version<Claim> reverted = curation.revert(curator(), C1, 2, 1, null);

        assertThat(reverted.state().rank()).isEqualTo(Rank.NORMAL);
        assertThat(reverted.state().deprecationReason()).isNull();
    }

    @Test
    void revertToTheCurrentRevisionIsRefused() {
        asserted();
        curation.correct(curator(), C1, 1, russiaRecognizesLuhansk(), "It was the LPR");

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.revert(curator(), C1, 2, 2, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("toRevision"))
                .withMessage("Revision 2 is the current one");
        assertThat(claims.history(C1)).hasSize(2);
    }

    @Test
    void revertToARevisionThatDoesNotExistIsRefused() {
        asserted();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.revert(curator(), C1, 1, 7, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("toRevision"))
                .withMessage("C1 has no revision 7");
        assertThat(claims.history(C1)).hasSize(1);
    }

    @Test
    void revertingFromStaleRevisionIsAConflict() {
        asserted();
        curation.correct(curator(), C1, 1, russiaRecognizesLuhansk(), "It was the LPR");
        curation.correct(curator(), C1, 2, aClaim().build(), "It was the DPR");

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> curation.revert(curator(), C1, 2, 1, null))
                .satisfies(e -> assertThat(e.currentRevision()).isEqualTo(3));
        assertThat(claims.history(C1)).hasSize(3);
    }

    @Test
    void aRevertedStateMustStillPassTheRules() {
        asserted();
        curation.correct(curator(), C1, 1, russiaRecognizesLuhansk(), "It was the LPR");
        registry.entities().store(DONETSK, donetsk().mergeInto(LUHANSK));

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.revert(curator(), C1, 2, 1, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("object"));
        assertThat(claims.history(C1)).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("org.chancery.domain.Fixtures#actorsWhoMayNotCurate")
    void onlyCuratorsChangeClaimsAndNothingIsWrittenOtherwise(Actor actor, boolean anonymous) {
        asserted();
        curation.deprecate(curator(), C1, 1, "Wrong");
        List<Consumer<Actor>> uses = List.of(
                a -> curation.assertClaim(a, aClaim().build()),
                a -> curation.correct(a, C1, 2, russiaRecognizesLuhansk(), "Fix"),
                a -> curation.correct(a, new ClaimId(99), 1, russiaRecognizesLuhansk(), null),
                a -> curation.deprecate(a, C1, 2, "Wrong"),
                a -> curation.restore(a, C1, 2, null),
                a -> curation.revert(a, C1, 2, 1, null));

        for (Consumer<Actor> use : uses) {
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> use.accept(actor))
                    .satisfies(e -> assertThat(e.anonymous()).isEqualTo(anonymous));
        }
        assertThat(claims.ids()).containsExactly(C1);
        assertThat(claims.history(C1)).hasSize(2);
    }

    private void asserted() {
        curation.assertClaim(curator(), aClaim().build());
    }
}
