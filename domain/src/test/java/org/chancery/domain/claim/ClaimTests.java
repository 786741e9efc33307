package org.chancery.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.Fixtures.DONETSK;
import static org.chancery.domain.Fixtures.LUGANSK;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.PUSHILIN;
import static org.chancery.domain.Fixtures.RUSSIA;
import static org.chancery.domain.Fixtures.TASS_REPORT;
import static org.chancery.domain.Fixtures.VINDOBONA;
import static org.chancery.domain.Fixtures.VINDOBONA_ARTICLE;
import static org.chancery.domain.Fixtures.claim;
import static org.chancery.domain.Fixtures.recognitionCitation;
import static org.chancery.domain.Fixtures.russiaRecognizesDonetsk;
import static org.chancery.domain.Fixtures.russiaRecognizesLuhansk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.time.EdtfDate;
import org.chancery.domain.time.ValidTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimTests {

    @Test
    void aNewClaimHasTheContentOfItsDraft() {
        Claim claim = Claim.of(new ClaimId(7), russiaRecognizesDonetsk());

        assertThat(claim.id()).isEqualTo(new ClaimId(7));
        assertThat(claim.content()).isEqualTo(russiaRecognizesDonetsk());
        assertThat(claim.deprecationReason()).isNull();
        assertThat(claim.deprecated()).isFalse();
    }

    @Test
    void aNewClaimIsNotDeprecated() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Claim.of(new ClaimId(7), withRank(Rank.DEPRECATED)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("rank"))
                .withMessage("Deprecate a claim with its own action, giving a reason");
    }

    @Test
    void itsValidTimeRunsFromItsStartToItsEnd() {
        ClaimDraft d = russiaRecognizesDonetsk();
        ClaimDraft draft = new ClaimDraft(
                d.subject(),
                d.predicate(),
                d.object(),
                EdtfDate.parse("2022-02-21"),
                EdtfDate.parse("2022-09"),
                d.qualifiers(),
                d.rank(),
                d.citations());

        assertThat(Claim.of(new ClaimId(7), draft).validTime())
                .isEqualTo(new ValidTime(EdtfDate.parse("2022-02-21"), EdtfDate.parse("2022-09")));
    }

    @Test
    void deprecatingKeepsTheContentAndTheReason() {
        Claim deprecated = claim(7, russiaRecognizesDonetsk()).deprecate("  Misread the article ");

        assertThat(deprecated.rank()).isEqualTo(Rank.DEPRECATED);
        assertThat(deprecated.deprecated()).isTrue();
        assertThat(deprecated.deprecationReason()).isEqualTo("Misread the article");
        assertThat(deprecated.subject()).isEqualTo(RUSSIA);
        assertThat(deprecated.citations()).containsExactly(recognitionCitation());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void deprecatingNeedsAReason(String reason) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> claim(7, russiaRecognizesDonetsk()).deprecate(reason))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void deprecatingNeedsAReasonOfAtMost2000Characters() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> claim(7, russiaRecognizesDonetsk()).deprecate("x".repeat(2001)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void aDeprecatedClaimIsNotDeprecatedAgain() {
        Claim deprecated = claim(7, russiaRecognizesDonetsk()).deprecate("Wrong");

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> deprecated.deprecate("Still wrong"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("rank"))
                .withMessage("C7 is deprecated already");
    }

    @Test
    void restoringGivesTheRankAndDropsTheReason() {
        Claim restored = claim(7, withRank(Rank.PREFERRED)).deprecate("Wrong").restore(Rank.PREFERRED);

        assertThat(restored).isEqualTo(claim(7, withRank(Rank.PREFERRED)));
        assertThat(claim(7, russiaRecognizesDonetsk()).deprecate("Wrong").restore(Rank.NORMAL))
                .isEqualTo(claim(7, russiaRecognizesDonetsk()));
    }

    @Test
    void onlyADeprecatedClaimIsRestored() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> claim(7, russiaRecognizesDonetsk()).restore(Rank.NORMAL))
                .satisfies(e -> assertThat(e.field()).isEqualTo("rank"))
                .withMessage("C7 is not deprecated");
    }

    @Test
    void restoringToDeprecatedIsRefused() {
        Claim deprecated = claim(7, russiaRecognizesDonetsk()).deprecate("Wrong");

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> deprecated.restore(Rank.DEPRECATED))
                .satisfies(e -> assertThat(e.field()).isEqualTo("rank"));
    }

    @Test
    void correctingReplacesTheContentAndKeepsTheId() {
        Claim corrected = claim(7, russiaRecognizesDonetsk()).correct(russiaRecognizesLuhansk());

        assertThat(corrected).isEqualTo(claim(7, russiaRecognizesLuhansk()));
    }

    @Test
    void aDeprecatedClaimIsRestoredBeforeItIsCorrected() {
        Claim deprecated = claim(7, russiaRecognizesDonetsk()).deprecate("Wrong");

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> deprecated.correct(russiaRecognizesLuhansk()))
                .satisfies(e -> assertThat(e.field()).isEqualTo("rank"))
                .withMessage("C7 is deprecated: restore it before correcting it");
    }

    @Test
    void aCorrectionDoesNotDeprecate() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> claim(7, russiaRecognizesDonetsk()).correct(withRank(Rank.DEPRECATED)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("rank"));
    }

    @Test
    void refersToTheEntitiesItMentionsAnywhere() {
        Claim claim = claim(7, everyPlace(RUSSIA, DONETSK, PUSHILIN, VINDOBONA));

        assertThat(claim.refersTo(RUSSIA)).as("subject").isTrue();
        assertThat(claim.refersTo(DONETSK)).as("object").isTrue();
        assertThat(claim.refersTo(PUSHILIN)).as("qualifier").isTrue();
        assertThat(claim.refersTo(VINDOBONA)).as("attribution").isTrue();
        assertThat(claim.refersTo(LUHANSK)).isFalse();
        assertThat(claim.refersTo(new EntityId(0))).isFalse();
    }

    @Test
    void replacingPointsEveryReferenceElsewhere() {
        Claim claim = claim(7, everyPlace(LUGANSK, LUGANSK, LUGANSK, LUGANSK));

        Claim replaced = claim.replace(LUGANSK, LUHANSK);

        assertThat(replaced).isEqualTo(claim(7, everyPlace(LUHANSK, LUHANSK, LUHANSK, LUHANSK)));
        assertThat(claim(7, everyPlace(RUSSIA, DONETSK, PUSHILIN, VINDOBONA)).replace(LUGANSK, LUHANSK))
                .isEqualTo(claim(7, everyPlace(RUSSIA, DONETSK, PUSHILIN, VINDOBONA)));
    }

    @Test
    void replacingKeepsEverythingElse() {
        Claim deprecated =
                claim(7, everyPlace(LUGANSK, DONETSK, PUSHILIN, VINDOBONA)).deprecate("Wrong");

        Claim replaced = deprecated.replace(LUGANSK, LUHANSK);

        assertThat(replaced.rank()).isEqualTo(Rank.DEPRECATED);
        assertThat(replaced.deprecationReason()).isEqualTo("Wrong");
        assertThat(replaced.citations().get(0).attribution().get(1)).isEqualTo(AttributionLink.of("Russian sources"));
        assertThat(replaced.citations().get(0).quotePosition()).isEqualTo(18);
        assertThat(replaced.citations().get(0).locator()).isEqualTo("para. 4");
    }

    @Test
    void unmergingPointsBackOnlyWhereTheMergeChangedTheClaim() {
        // Before the merge, the object and the second qualifier named the duplicate; the first qualifier
        // and the first link already named the survivor, and must stay so.
        Claim beforeMerge = claim(
                7,
                draft(
                        RUSSIA,
                        LUGANSK,
                        List.of(entityQualifier(LUHANSK), entityQualifier(LUGANSK)),
                        List.of(AttributionLink.of(LUHANSK), AttributionLink.of(LUGANSK))));
        Claim merged = beforeMerge.replace(LUGANSK, LUHANSK);

        Claim back = merged.unmerge(beforeMerge, LUHANSK, LUGANSK);

        assertThat(back).isEqualTo(beforeMerge);
    }

    @Test
    void unmergingPointsTheSubjectBack() {
        Claim beforeMerge = claim(7, draft(LUGANSK, LUHANSK, List.of(), List.of()));

        Claim back = beforeMerge.replace(LUGANSK, LUHANSK).unmerge(beforeMerge, LUHANSK, LUGANSK);

        assertThat(back.subject()).isEqualTo(LUGANSK);
        assertThat(back.object()).isEqualTo(ClaimValue.entity(LUHANSK));
    }

    @Test
    void unmergingLeavesWhatWasAddedAfterTheMerge() {
        Claim beforeMerge = claim(
                7, draft(RUSSIA, LUGANSK, List.of(entityQualifier(LUGANSK)), List.of(AttributionLink.of(LUGANSK))));
        Claim corrected = claim(
                7,
                draft(
                        RUSSIA,
                        DONETSK,
                        List.of(entityQualifier(LUHANSK), entityQualifier(LUHANSK)),
                        List.of(AttributionLink.of(LUHANSK), AttributionLink.of(LUHANSK)),
                        List.of(AttributionLink.of(LUHANSK))));

        Claim back = corrected.unmerge(beforeMerge, LUHANSK, LUGANSK);

        assertThat(back)
                .isEqualTo(claim(
                        7,
                        draft(
                                RUSSIA,
                                DONETSK,
                                List.of(entityQualifier(LUGANSK), entityQualifier(LUHANSK)),
                                List.of(AttributionLink.of(LUGANSK), AttributionLink.of(LUHANSK)),
                                List.of(AttributionLink.of(LUHANSK)))));
    }

    @Test
    void unmergingLeavesALinkThatBecameAText() {
        Claim beforeMerge = claim(7, draft(RUSSIA, DONETSK, List.of(), List.of(AttributionLink.of(LUGANSK))));
        Claim corrected = claim(7, draft(RUSSIA, DONETSK, List.of(), List.of(AttributionLink.of("LPR officials"))));

        assertThat(corrected.unmerge(beforeMerge, LUHANSK, LUGANSK)).isEqualTo(corrected);
    }

    @Test
    void unmergingLeavesAQualifierThatBecameAText() {
        Claim beforeMerge = claim(7, draft(RUSSIA, DONETSK, List.of(entityQualifier(LUGANSK)), List.of()));
        Claim corrected =
                claim(7, draft(RUSSIA, DONETSK, List.of(new Qualifier("role", ClaimValue.text("envoy"))), List.of()));

        assertThat(corrected.unmerge(beforeMerge, LUHANSK, LUGANSK)).isEqualTo(corrected);
    }

    @Test
    void unmergingKeepsRankReasonAndCitationDetails() {
        Claim beforeMerge =
                claim(7, everyPlace(RUSSIA, LUGANSK, PUSHILIN, VINDOBONA)).deprecate("Wrong");
        Claim merged = beforeMerge.replace(LUGANSK, LUHANSK);

        assertThat(merged.unmerge(beforeMerge, LUHANSK, LUGANSK)).isEqualTo(beforeMerge);
    }

    @Test
    void keepsItsOwnCopyOfTheLists() {
        List<Qualifier> qualifiers = new ArrayList<>(List.of(entityQualifier(PUSHILIN)));
        ClaimDraft draft = draft(RUSSIA, DONETSK, qualifiers, List.of());

        qualifiers.clear();

        assertThat(draft.qualifiers()).hasSize(1);
        assertThat(claim(7, draft).qualifiers()).hasSize(1);
    }

    private static ClaimDraft withRank(Rank rank) {
        ClaimDraft d = russiaRecognizesDonetsk();
        return new ClaimDraft(
                d.subject(),
                d.predicate(),
                d.object(),
                d.validFrom(),
                d.validUntil(),
                d.qualifiers(),
                rank,
                d.citations());
    }

    private static Qualifier entityQualifier(EntityId entity) {
        return new Qualifier("appointed_by", ClaimValue.entity(entity));
    }

    /** A claim naming the four entities as subject, object, qualifier and first attribution link. */
    private static ClaimDraft everyPlace(EntityId subject, EntityId object, EntityId qualifier, EntityId link) {
        return new ClaimDraft(
                subject,
                "recognizes",
                ClaimValue.entity(object),
                null,
                null,
                List.of(entityQualifier(qualifier), new Qualifier("role", ClaimValue.text("head"))),
                Rank.NORMAL,
                List.of(new Citation(
                        VINDOBONA_ARTICLE,
                        "quoted",
                        "para. 4",
                        List.of(AttributionLink.of(link), AttributionLink.of("Russian sources")),
                        Modality.ATTRIBUTED,
                        18)));
    }

    @SafeVarargs
    private static ClaimDraft draft(
            EntityId subject, EntityId object, List<Qualifier> qualifiers, List<AttributionLink>... attributions) {
        return new ClaimDraft(
                subject,
                "recognizes",
                ClaimValue.entity(object),
                null,
                null,
                qualifiers,
                Rank.NORMAL,
                Arrays.stream(attributions)
                        .map(links -> new Citation(TASS_REPORT, "quoted", links, Modality.ATTRIBUTED))
                        .toList());
    }

    @Test
    void aClaimIsContestedWhenOneCitationAffirmsItAndAnotherDeniesOrDisputesIt() {
        assertThat(withModalities(Modality.STATED, Modality.DENIED).contested()).isTrue();
        assertThat(withModalities(Modality.ATTRIBUTED, Modality.DISPUTED).contested())
                .isTrue();
        assertThat(withModalities(Modality.STATED, Modality.ALLEGED).contested())
                .isFalse();
        assertThat(withModalities(Modality.DENIED, Modality.DISPUTED).contested())
                .isFalse();
        assertThat(withModalities(Modality.SPECULATIVE, Modality.DENIED).contested())
                .isFalse();
    }

    private static Claim withModalities(Modality... modalities) {
        List<Citation> citations = new ArrayList<>();
        for (Modality modality : modalities) {
            citations.add(new Citation(VINDOBONA_ARTICLE, "a quote " + citations.size(), List.of(), modality));
        }
        return Claim.of(
                new ClaimId(1),
                new ClaimDraft(
                        RUSSIA,
                        "recognizes",
                        new ClaimValue.EntityValue(LUHANSK),
                        null,
                        null,
                        List.of(),
                        Rank.NORMAL,
                        citations));
    }
}
