package org.chancery.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.Fixtures.DONETSK;
import static org.chancery.domain.Fixtures.EMBASSY_QUOTE;
import static org.chancery.domain.Fixtures.LUGANSK;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.PUSHILIN;
import static org.chancery.domain.Fixtures.RECOGNITION_QUOTE;
import static org.chancery.domain.Fixtures.RUSSIA;
import static org.chancery.domain.Fixtures.TASS_REPORT;
import static org.chancery.domain.Fixtures.VINDOBONA;
import static org.chancery.domain.Fixtures.VINDOBONA_ARTICLE;
import static org.chancery.domain.Fixtures.lugansk;
import static org.chancery.domain.claim.ClaimDraftBuilder.aClaim;

import java.util.List;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.chancery.domain.EntityId;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.SourceId;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimRulesTests {

    private static final EntityId UNKNOWN = new EntityId(99);

    private final InMemoryRegistry registry = InMemoryRegistry.withFixtures();
    private final ClaimContext context = registry.context();

    @Test
    void aClaimThatFollowsEveryRuleComesBackWithWhereItsQuotesStart() {
        Claim claim = aClaim().citations(
                        citation(VINDOBONA_ARTICLE, RECOGNITION_QUOTE),
                        citation(VINDOBONA_ARTICLE, EMBASSY_QUOTE),
                        citation(TASS_REPORT, "not checked: the text is not stored"))
                .claim(1);

        Claim checked = ClaimRules.check(claim, context);

        assertThat(checked.citations()).extracting(Citation::quotePosition).containsExactly(18, 103, null);
        assertThat(checked.content())
                .usingRecursiveComparison()
                .ignoringFields("citations")
                .isEqualTo(claim.content());
        assertThat(checked.id()).isEqualTo(claim.id());
    }

    @Test
    void aClaimComesBackWithItsTextStripped() {
        Claim claim = aClaim().subject(PUSHILIN)
                .predicate("role")
                .object(ClaimValue.text("  Head of the DPR "))
                .qualifiers(new Qualifier("role", ClaimValue.text(" acting ")))
                .citations(new Citation(
                        VINDOBONA_ARTICLE,
                        "  " + RECOGNITION_QUOTE + "\n",
                        " para. 4 ",
                        List.of(AttributionLink.of(VINDOBONA), AttributionLink.of("  Russian sources ")),
                        Modality.ATTRIBUTED,
                        null))
                .claim(1);

        Claim checked = ClaimRules.check(claim, context);

        assertThat(checked.object()).isEqualTo(ClaimValue.text("Head of the DPR"));
        assertThat(checked.qualifiers()).containsExactly(new Qualifier("role", ClaimValue.text("acting")));
        assertThat(checked.citations())
                .containsExactly(new Citation(
                        VINDOBONA_ARTICLE,
                        RECOGNITION_QUOTE,
                        "para. 4",
                        List.of(AttributionLink.of(VINDOBONA), AttributionLink.of("Russian sources")),
                        Modality.ATTRIBUTED,
                        18));
    }

    @Test
    void refusesAPredicateOutsideTheVocabulary() {
        refused(aClaim().predicate("annexes").claim(1), "predicate").withMessage("'annexes' is not in the vocabulary");
    }

    @Test
    void refusesASubjectThatDoesNotExist() {
        refused(aClaim().subject(UNKNOWN).claim(1), "subject")
                .withMessage("E99 does not exist, or was merged into another entity");
    }

    @Test
    void refusesASubjectThatWasMerged() {
        registry.entities().store(LUGANSK, lugansk().mergeInto(LUHANSK));

        refused(aClaim().subject(LUGANSK).claim(1), "subject");
    }

    @Test
    void refusesASubjectOfAKindThePredicateIsNotSaidOf() {
        refused(aClaim().subject(PUSHILIN).claim(1), "subject")
                .withMessage("'recognizes' is said of a polity, not of a person");
    }

    @Test
    void namesEveryKindAPredicateIsSaidOf() {
        EntityId group = new EntityId(20);
        registry.entities()
                .store(
                        group,
                        new Entity(
                                group, EntityKind.GROUP, "Most states of the world", List.of(), null, List.of(), null));

        refused(aClaim().subject(group).predicate("head_of").claim(1), "subject")
                .withMessage("'head_of' is said of a polity or a person, not of a group");
    }

    @Test
    void refusesAnObjectThatDoesNotExistOrWasMerged() {
        refused(aClaim().object(UNKNOWN).claim(1), "object");
        registry.entities().store(LUGANSK, lugansk().mergeInto(LUHANSK));
        refused(aClaim().object(LUGANSK).claim(1), "object");
    }

    @Test
    void refusesAnObjectOfAKindThePredicateDoesNotTake() {
        refused(aClaim().object(PUSHILIN).claim(1), "object").withMessage("'recognizes' takes a polity, not a person");
    }

    @Test
    void refusesATextOrADateWhereThePredicateTakesAnEntity() {
        refused(aClaim().object(ClaimValue.text("the DPR")).claim(1), "object")
                .withMessage("'recognizes' takes a polity, not a text");
        refused(aClaim().object(ClaimValue.date(EdtfDate.parse("2022"))).claim(1), "object")
                .withMessage("'recognizes' takes a polity, not a date");
        refused(
                        aClaim().predicate("spoke_with")
                                .object(ClaimValue.text("Lavrov"))
                                .claim(1),
                        "object")
                .withMessage("'spoke_with' takes any entity, not a text");
    }

    @Test
    void acceptsAnyEntityWhereThePredicateTakesAnyEntity() {
        Claim claim = aClaim().predicate("spoke_with").object(PUSHILIN).claim(1);

        assertThat(ClaimRules.check(claim, context).object()).isEqualTo(ClaimValue.entity(PUSHILIN));
    }

    @Test
    void refusesAnEntityOrADateWhereThePredicateTakesAText() {
        ClaimDraftBuilder role = aClaim().subject(PUSHILIN).predicate("role");

        refused(role.object(DONETSK).claim(1), "object").withMessage("'role' takes a text, not a polity");
        refused(role.object(ClaimValue.date(EdtfDate.parse("2022"))).claim(1), "object")
                .withMessage("'role' takes a text, not a date");
    }

    @Test
    void refusesAnEntityOrATextWhereThePredicateTakesADate() {
        ClaimDraftBuilder announced = aClaim().predicate("announced_on");

        refused(announced.object(ClaimValue.text("February 21")).claim(1), "object")
                .withMessage("'announced_on' takes a date, not a text");
        refused(announced.object(DONETSK).claim(1), "object").withMessage("'announced_on' takes a date, not a polity");
        Claim claim =
                announced.object(ClaimValue.date(EdtfDate.parse("2022-02-21"))).claim(1);
        assertThat(ClaimRules.check(claim, context).object()).isEqualTo(ClaimValue.date(EdtfDate.parse("2022-02-21")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refusesABlankText(String text) {
        refused(
                aClaim().subject(PUSHILIN)
                        .predicate("role")
                        .object(ClaimValue.text(text))
                        .claim(1),
                "object");
    }

    @Test
    void aTextHasAtMost1000Characters() {
        ClaimDraftBuilder role = aClaim().subject(PUSHILIN).predicate("role");

        refused(role.object(ClaimValue.text("x".repeat(1001))).claim(1), "object");
        assertThat(ClaimRules.check(
                                role.object(ClaimValue.text("x".repeat(1000))).claim(1), context)
                        .object())
                .isEqualTo(ClaimValue.text("x".repeat(1000)));
    }

    @Test
    void refusesAClaimThatRelatesAnEntityToItself() {
        refused(aClaim().object(RUSSIA).claim(1), "object").withMessage("A claim cannot relate an entity to itself");
    }

    @Test
    void refusesAClaimThatEndsBeforeItStarts() {
        refused(aClaim().validFrom("2014").validUntil("2013-12").claim(1), "validUntil")
                .withMessage("It ends (2013-12) before it starts (2014): check both dates");
    }

    @Test
    void acceptsAClaimThatMayEndTheDayItStarts() {
        Claim claim = aClaim().validFrom("2022-02").validUntil("2022-02-01").claim(1);

        assertThat(ClaimRules.check(claim, context).validUntil()).isEqualTo(EdtfDate.parse("2022-02-01"));
    }

    @Test
    void refusesAQualifierOutsideTheVocabulary() {
        Claim claim = aClaim().qualifiers(
                        new Qualifier("role", ClaimValue.text("envoy")),
                        new Qualifier("level", ClaimValue.text("embassy")))
                .claim(1);

        refused(claim, "qualifiers[1].predicate").withMessage("'level' is not in the vocabulary");
    }

    @Test
    void refusesAQualifierValueItsPredicateDoesNotTake() {
        refused(
                        aClaim().qualifiers(new Qualifier("appointed_by", ClaimValue.text("Pushilin")))
                                .claim(1),
                        "qualifiers[0].value")
                .withMessage("'appointed_by' takes a person, not a text");
        refused(
                aClaim().qualifiers(
                                new Qualifier("appointed_by", ClaimValue.entity(PUSHILIN)),
                                new Qualifier("appointed_by", ClaimValue.entity(DONETSK)))
                        .claim(1),
                "qualifiers[1].value");
        refused(
                aClaim().qualifiers(new Qualifier("appointed_by", ClaimValue.entity(UNKNOWN)))
                        .claim(1),
                "qualifiers[0].value");
        refused(aClaim().qualifiers(new Qualifier("role", ClaimValue.text(" "))).claim(1), "qualifiers[0].value");
    }

    @Test
    void acceptsQualifiersOfEveryType() {
        List<Qualifier> qualifiers = List.of(
                new Qualifier("appointed_by", ClaimValue.entity(PUSHILIN)),
                new Qualifier("role", ClaimValue.text("Ambassador Extraordinary and Plenipotentiary")),
                new Qualifier("announced_on", ClaimValue.date(EdtfDate.parse("2022-05-06"))));

        Claim checked = ClaimRules.check(
                aClaim().qualifiers(qualifiers.toArray(Qualifier[]::new)).claim(1), context);

        assertThat(checked.qualifiers()).isEqualTo(qualifiers);
    }

    @Test
    void aDeprecatedClaimNeedsAReason() {
        refused(aClaim().rank(Rank.DEPRECATED).claim(1, null), "deprecationReason")
                .withMessage("Give the reason why the claim is deprecated");
        refused(aClaim().rank(Rank.DEPRECATED).claim(1, "   "), "deprecationReason")
                .withMessage("Give the reason why the claim is deprecated");
    }

    @Test
    void onlyADeprecatedClaimHasADeprecationReason() {
        refused(aClaim().rank(Rank.PREFERRED).claim(1, "Wrong"), "deprecationReason")
                .withMessage("Only a deprecated claim has a deprecation reason");
    }

    @Test
    void aDeprecationReasonComesBackStripped() {
        Claim checked = ClaimRules.check(aClaim().rank(Rank.DEPRECATED).claim(1, " Misread "), context);

        assertThat(checked.deprecationReason()).isEqualTo("Misread");
        assertThat(checked.rank()).isEqualTo(Rank.DEPRECATED);
    }

    @Test
    void aDeprecationReasonHasAtMost2000Characters() {
        refused(aClaim().rank(Rank.DEPRECATED).claim(1, "x".repeat(2001)), "deprecationReason");
    }

    @Test
    void aClaimCitesAtLeastOneSource() {
        refused(aClaim().citations().claim(1), "citations").withMessage("Cite at least one source, with a quote");
    }

    @Test
    void refusesACitationOfASourceThatDoesNotExist() {
        Claim claim = aClaim().citations(
                        citation(VINDOBONA_ARTICLE, RECOGNITION_QUOTE), citation(new SourceId(99), "x"))
                .claim(1);

        refused(claim, "citations[1].source").withMessage("S99 does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refusesABlankQuote(String quote) {
        refused(aClaim().citations(citation(TASS_REPORT, quote)).claim(1), "citations[0].quote");
    }

    @Test
    void aQuoteHasAtMost2000Characters() {
        refused(aClaim().citations(citation(TASS_REPORT, "x".repeat(2001))).claim(1), "citations[0].quote");
        assertThat(ClaimRules.check(
                                aClaim().citations(citation(TASS_REPORT, "x".repeat(2000)))
                                        .claim(1),
                                context)
                        .citations())
                .hasSize(1);
    }

    @Test
    void refusesAQuoteThatIsNotInTheStoredText() {
        Claim claim = aClaim().citations(
                        citation(TASS_REPORT, "anything"),
                        citation(VINDOBONA_ARTICLE, "Putin recognized Abkhazia on February 21"))
                .claim(1);

        refused(claim, "citations[1].quote")
                .withMessage("The quote does not occur in the stored text of S1: copy it verbatim");
    }

    @Test
    void anAttributedStatementSaysToWhomItIsAttributed() {
        Claim claim = aClaim().citations(
                        new Citation(VINDOBONA_ARTICLE, RECOGNITION_QUOTE, List.of(), Modality.ATTRIBUTED))
                .claim(1);

        refused(claim, "citations[0].attribution").withMessage("Say to whom the source attributes the statement");
    }

    @ParameterizedTest
    @EnumSource(value = Modality.class, names = "ATTRIBUTED", mode = EnumSource.Mode.EXCLUDE)
    void otherStatementsNeedNoAttribution(Modality modality) {
        Claim claim = aClaim().citations(new Citation(VINDOBONA_ARTICLE, RECOGNITION_QUOTE, List.of(), modality))
                .claim(1);

        assertThat(ClaimRules.check(claim, context).citations().get(0).modality())
                .isEqualTo(modality);
    }

    @Test
    void eachAttributionLinkIsAnEntityOrATextNotBoth() {
        refused(
                        withLinks(AttributionLink.of(VINDOBONA), new AttributionLink(DONETSK, "DPR")),
                        "citations[0].attribution[1]")
                .withMessage("Give either an entity or a text for each link, not both");
        refused(
                withLinks(AttributionLink.of(VINDOBONA), new AttributionLink(null, null)),
                "citations[0].attribution[1]");
    }

    @Test
    void refusesAnAttributionToAnEntityThatDoesNotExist() {
        refused(
                        withLinks(AttributionLink.of(VINDOBONA), AttributionLink.of(UNKNOWN)),
                        "citations[0].attribution[1].entity")
                .withMessage("E99 does not exist, or was merged into another entity");
    }

    @Test
    void refusesABlankOrLongAttributionText() {
        refused(withLinks(AttributionLink.of(" ")), "citations[0].attribution[0].text");
        refused(withLinks(AttributionLink.of("x".repeat(301))), "citations[0].attribution[0].text");
    }

    @Test
    void aLocatorHasAtMost200Characters() {
        Claim claim = aClaim().citations(new Citation(
                        VINDOBONA_ARTICLE, RECOGNITION_QUOTE, "x".repeat(201), List.of(), Modality.STATED, null))
                .claim(1);

        refused(claim, "citations[0].locator");
    }

    @Test
    void aBlankLocatorIsNoLocator() {
        Claim claim = aClaim().citations(
                        new Citation(VINDOBONA_ARTICLE, RECOGNITION_QUOTE, " ", List.of(), Modality.STATED, null))
                .claim(1);

        assertThat(ClaimRules.check(claim, context).citations().get(0).locator())
                .isNull();
    }

    private static Claim withLinks(AttributionLink... links) {
        return aClaim().citations(
                        new Citation(VINDOBONA_ARTICLE, RECOGNITION_QUOTE, List.of(links), Modality.ATTRIBUTED))
                .claim(1);
    }

    private static Citation citation(SourceId source, String quote) {
        return new Citation(source, quote, List.of(), Modality.STATED);
    }

    private ThrowableAssertAlternative<InvalidInputException> refused(Claim claim, @Nullable String field) {
        return assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> ClaimRules.check(claim, context))
                .satisfies(e -> assertThat(e.field()).isEqualTo(field));
    }
}
