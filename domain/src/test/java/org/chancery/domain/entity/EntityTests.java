package org.chancery.domain.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.Fixtures.LUGANSK;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.lugansk;
import static org.chancery.domain.Fixtures.luhansk;
import static org.chancery.domain.Fixtures.makeeva;
import static org.chancery.domain.Fixtures.russia;

import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class EntityTests {

    @Test
    void aNewEntityHasTheContentOfItsDraftAndIsNotMerged() {
        Entity entity = Entity.of(new EntityId(40), makeeva());

        assertThat(entity.id()).isEqualTo(new EntityId(40));
        assertThat(entity.content()).isEqualTo(makeeva());
        assertThat(entity.merged()).isFalse();
        assertThat(entity.mergedInto()).isNull();
    }

    @Test
    void aCorrectionReplacesTheContentAndKeepsTheId() {
        Entity corrected = russia().correct(makeeva());

        assertThat(corrected.id()).isEqualTo(russia().id());
        assertThat(corrected.content()).isEqualTo(makeeva());
    }

    @Test
    void aMergedEntityIsCorrectedThroughItsSurvivor() {
        Entity merged = lugansk().mergeInto(LUHANSK);

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> merged.correct(makeeva()))
                .satisfies(e -> assertThat(e.field()).isEqualTo("id"))
                .withMessage("E6 was merged into E3: change that one");
    }

    @Test
    void mergingKeepsTheContentAndPointsToTheSurvivor() {
        Entity merged = lugansk().mergeInto(LUHANSK);

        assertThat(merged.merged()).isTrue();
        assertThat(merged.mergedInto()).isEqualTo(LUHANSK);
        assertThat(merged.content()).isEqualTo(lugansk().content());
        assertThat(merged.id()).isEqualTo(LUGANSK);
    }

    @Test
    void anEntityCannotBeMergedIntoItself() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> lugansk().mergeInto(LUGANSK))
                .satisfies(e -> assertThat(e.field()).isEqualTo("survivor"));
    }

    @Test
    void aMergedEntityCannotBeMergedAgain() {
        Entity merged = lugansk().mergeInto(LUHANSK);

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> merged.mergeInto(new EntityId(1)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("id"));
    }

    @Test
    void unmergingMakesItStandOnItsOwnAgain() {
        Entity back = lugansk().mergeInto(LUHANSK).unmerge();

        assertThat(back).isEqualTo(lugansk());
    }

    @Test
    void onlyAMergedEntityCanBeUnmerged() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> luhansk().unmerge())
                .satisfies(e -> assertThat(e.field()).isEqualTo("id"))
                .withMessage("E3 is not merged into another entity");
    }

    @Test
    void itsNamesAreTheShownNameThenTheAliases() {
        assertThat(luhansk().names())
                .containsExactly(
                        "Luhansk People's Republic",
                        "Lugansk People's Republic",
                        "LPR",
                        "Луганская Народная Республика");
        assertThat(lugansk().names()).containsExactly("LNR");
    }
}
