package org.chancery.domain.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.Fixtures.appointedBy;
import static org.chancery.domain.Fixtures.recognizes;
import static org.chancery.domain.Fixtures.role;
import static org.chancery.domain.Fixtures.spokeWith;

import java.util.Set;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.entity.EntityKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PredicateTests {

    @Test
    void aPredicateThatFollowsEveryRuleComesBackStripped() {
        Predicate predicate = new Predicate(
                "envoy_to",
                " is envoy to ",
                " has as envoy ",
                "  An ambassador or another head of mission ",
                Set.of(EntityKind.PERSON),
                ObjectType.ENTITY,
                Set.of(EntityKind.POLITY, EntityKind.ORGANISATION),
                false,
                "0421",
                "P1000");

        assertThat(predicate.checked())
                .isEqualTo(new Predicate(
                        "envoy_to",
                        "is envoy to",
                        "has as envoy",
                        "An ambassador or another head of mission",
                        Set.of(EntityKind.PERSON),
                        ObjectType.ENTITY,
                        Set.of(EntityKind.POLITY, EntityKind.ORGANISATION),
                        false,
                        "0421",
                        "P1000"));
        assertThat(recognizes().checked()).isEqualTo(recognizes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Recognizes", "1st_key", "envoy-to", "", "_envoy", "envoy to"})
    void refusesAKeyThatIsNotSnakeCase(String key) {
        refused(withKey(key), "key").withMessage("Write the key in lower case with underscores, such as envoy_to");
    }

    @Test
    void aKeyHasAtMost64Characters() {
        assertThat(withKey("k" + "_".repeat(63)).checked().key()).hasSize(64);
        refused(withKey("k" + "_".repeat(64)), "key");
    }

    @Test
    void onlyAnEntityObjectHasObjectKinds() {
        Predicate predicate = new Predicate(
                "role", "as", "of", null, Set.of(), ObjectType.TEXT, Set.of(EntityKind.PERSON), false, null, null);

        refused(predicate, "objectKinds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "54a", "12345", "", "O54"})
    void refusesACameoCodeThatIsNotTwoToFourDigits(String code) {
        refused(withCodes(code, null), "cameoCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"04", "054", "1611"})
    void acceptsCameoCodesOfTwoToFourDigits(String code) {
        assertThat(withCodes(code, null).checked().cameoCode()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"530", "P0", "p530", "P530a", "Q530"})
    void refusesAWikidataPropertyThatIsNoPropertyId(String property) {
        refused(withCodes(null, property), "wikidataProperty");
    }

    @Test
    void acceptsAWikidataPropertyId() {
        assertThat(withCodes(null, "P530").checked().wikidataProperty()).isEqualTo("P530");
    }

    @Test
    void refusesBlankLabels() {
        Predicate noLabel = new Predicate("k", " ", "x", null, Set.of(), ObjectType.TEXT, Set.of(), false, null, null);
        Predicate noInverse = new Predicate("k", "x", "", null, Set.of(), ObjectType.TEXT, Set.of(), false, null, null);

        refused(noLabel, "label");
        refused(noInverse, "inverseLabel");
    }

    @Test
    void refusesLabelsLongerThan200Characters() {
        String label = "x".repeat(201);

        refused(new Predicate("k", label, "x", null, Set.of(), ObjectType.TEXT, Set.of(), false, null, null), "label");
        refused(
                new Predicate("k", "x", label, null, Set.of(), ObjectType.TEXT, Set.of(), false, null, null),
                "inverseLabel");
    }

    @Test
    void refusesADescriptionLongerThan2000Characters() {
        Predicate predicate =
                new Predicate("k", "x", "y", "x".repeat(2001), Set.of(), ObjectType.TEXT, Set.of(), false, null, null);

        refused(predicate, "description");
    }

    @Test
    void aPredicateWithoutSubjectKindsIsSaidOfAnything() {
        for (EntityKind kind : EntityKind.values()) {
            assertThat(spokeWith().allowsSubject(kind)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = EntityKind.class, names = "POLITY", mode = EnumSource.Mode.EXCLUDE)
    void aPredicateWithSubjectKindsIsSaidOfThoseOnly(EntityKind kind) {
        assertThat(recognizes().allowsSubject(EntityKind.POLITY)).isTrue();
        assertThat(recognizes().allowsSubject(kind)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EntityKind.class)
    void anEntityPredicateWithoutObjectKindsTakesAnyEntity(EntityKind kind) {
        assertThat(spokeWith().allowsObject(kind)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = EntityKind.class, names = "PERSON", mode = EnumSource.Mode.EXCLUDE)
    void anEntityPredicateWithObjectKindsTakesThoseOnly(EntityKind kind) {
        assertThat(appointedBy().allowsObject(EntityKind.PERSON)).isTrue();
        assertThat(appointedBy().allowsObject(kind)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(EntityKind.class)
    void aTextPredicateTakesNoEntity(EntityKind kind) {
        assertThat(role().allowsObject(kind)).isFalse();
    }

    private static Predicate withKey(String key) {
        return new Predicate(key, "x", "y", null, Set.of(), ObjectType.TEXT, Set.of(), false, null, null);
    }

    private static Predicate withCodes(@Nullable String cameo, @Nullable String property) {
        return new Predicate("k", "x", "y", null, Set.of(), ObjectType.ENTITY, Set.of(), false, cameo, property);
    }

    private static ThrowableAssertAlternative<InvalidInputException> refused(Predicate predicate, String field) {
        return assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(predicate::checked)
                .satisfies(e -> assertThat(e.field()).isEqualTo(field));
    }
}
