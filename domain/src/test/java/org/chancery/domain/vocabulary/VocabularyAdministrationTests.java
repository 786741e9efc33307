package org.chancery.domain.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.domain.Fixtures.admin;
import static org.chancery.domain.Fixtures.curator;
import static org.chancery.domain.Fixtures.recognizes;

import java.util.Set;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.ChangedMeanwhileException;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.junit.jupiter.api.Test;

class VocabularyAdministrationTests {

    final InMemoryPredicates predicates = new InMemoryPredicates();
    final VocabularyAdministration vocabulary = new VocabularyAdministration(predicates, InMemoryRegistry.DIRECTLY);

    @Test
    void anAdminAddsAPredicateOnce() {
        vocabulary.create(admin(), recognizes());

        assertThat(predicates.find("recognizes")).contains(recognizes());
        assertThatThrownBy(() -> vocabulary.create(admin(), recognizes()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("key"));
    }

    @Test
    void anAdminChangesAnExistingPredicateOnly() {
        vocabulary.create(admin(), recognizes());
        Predicate relabelled = new Predicate(
                "recognizes",
                "grants recognition to",
                "is recognized by",
                null,
                Set.of(),
                ObjectType.ENTITY,
                Set.of(),
                false,
                "054",
                null);

        assertThat(vocabulary.update(admin(), recognizes(), relabelled).label()).isEqualTo("grants recognition to");
        assertThat(predicates.find("recognizes")).contains(relabelled);
        assertThatThrownBy(() -> vocabulary.update(admin(), withKey("unknown_key"), withKey("unknown_key")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aChangeFromAPredicateSomeoneChangedMeanwhileIsRefusedAndChangesNothing() {
        vocabulary.create(admin(), recognizes());
        Predicate theirs = withLabel("grants recognition to");
        vocabulary.update(admin(), recognizes(), theirs);

        assertThatThrownBy(() -> vocabulary.update(admin(), recognizes(), withLabel("acknowledges")))
                .isInstanceOfSatisfying(
                        ChangedMeanwhileException.class,
                        e -> assertThat(e.objectId()).isEqualTo("recognizes"))
                .hasMessage("recognizes was changed meanwhile: what you edited is no longer what is stored");
        assertThat(predicates.find("recognizes")).contains(theirs);
    }

    @Test
    void aCuratorMayNotEditTheVocabularyAndNothingIsWritten() {
        assertThatThrownBy(() -> vocabulary.create(curator(), recognizes()))
                .isInstanceOfSatisfying(
                        AccessRefusedException.class,
                        e -> assertThat(e.anonymous()).isFalse());
        assertThatThrownBy(() -> vocabulary.update(curator(), recognizes(), recognizes()))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(predicates.all()).isEmpty();
    }

    @Test
    void aPredicateBreakingARuleIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> vocabulary.create(admin(), withKey("Not A Key")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("key"));
        assertThat(predicates.all()).isEmpty();
    }

    private static Predicate withLabel(String label) {
        Predicate p = recognizes();
        return new Predicate(
                p.key(),
                label,
                p.inverseLabel(),
                p.description(),
                p.subjectKinds(),
                p.objectType(),
                p.objectKinds(),
                p.symmetric(),
                p.cameoCode(),
                p.wikidataProperty());
    }

    private static Predicate withKey(String key) {
        Predicate p = recognizes();
        return new Predicate(
                key,
                p.label(),
                p.inverseLabel(),
                p.description(),
                p.subjectKinds(),
                p.objectType(),
                p.objectKinds(),
                p.symmetric(),
                p.cameoCode(),
                p.wikidataProperty());
    }
}
