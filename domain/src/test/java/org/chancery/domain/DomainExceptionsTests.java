package org.chancery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class DomainExceptionsTests {

    @Test
    void invalidInputNestedUnderAnObjectNamesThePathFromIt() {
        InvalidInputException refusal = new InvalidInputException("citations[0].quote", "Copy the quote verbatim");

        InvalidInputException nested = refusal.under("input");

        assertThat(nested.field()).isEqualTo("input.citations[0].quote");
        assertThat(nested).hasMessage("Copy the quote verbatim");
    }

    @Test
    void invalidInputNestedUnderAListJoinsTheIndexWithoutADot() {
        InvalidInputException refusal = new InvalidInputException("[2].value", "Write a Wikidata item id");

        assertThat(refusal.under("externalIds").field()).isEqualTo("externalIds[2].value");
    }

    @Test
    void aChangeFromTheCurrentRevisionIsNoConflict() {
        assertThatCode(() -> ConflictException.check(new ClaimId(12), 3, 3)).doesNotThrowAnyException();
    }

    @Test
    void aChangeFromAnotherRevisionIsAConflictNamingTheCurrentOne() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> ConflictException.check(new ClaimId(12), 2, 3))
                .satisfies(e -> {
                    assertThat(e.objectId()).isEqualTo("C12");
                    assertThat(e.currentRevision()).isEqualTo(3);
                })
                .withMessage("C12 was changed meanwhile: you edited revision 2, the current revision is 3");
    }

    @Test
    void notFoundNamesTheId() {
        NotFoundException refusal = new NotFoundException(new EntityId(99));

        assertThat(refusal.id()).isEqualTo("E99");
        assertThat(refusal).hasMessage("E99 does not exist");
    }

    @Test
    void accessRefusalTellsWhetherSigningInCouldHelp() {
        assertThat(new AccessRefusedException(true, "Sign in").anonymous()).isTrue();
        assertThat(new AccessRefusedException(false, "Only a curator").anonymous())
                .isFalse();
    }
}
