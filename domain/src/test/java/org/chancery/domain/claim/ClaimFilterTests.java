package org.chancery.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.domain.Fixtures.DONETSK;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.RUSSIA;
import static org.chancery.domain.Fixtures.VINDOBONA_ARTICLE;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.chancery.domain.time.EdtfDate;
import org.junit.jupiter.api.Test;

class ClaimFilterTests {

    private static final Instant MARCH = Instant.parse("2024-03-01T00:00:00Z");

    @Test
    void allAsksForNothingInParticular() {
        assertThat(ClaimFilter.ALL)
                .isEqualTo(
                        new ClaimFilter(null, null, null, Set.of(), null, Set.of(), null, Set.of(), null, false, null));
    }

    @Test
    void eachConditionIsAddedToTheOthers() {
        ClaimFilter filter = ClaimFilter.ALL
                .withSubject(RUSSIA)
                .withObject(LUHANSK)
                .withInvolving(DONETSK)
                .withPredicates(Set.of("recognizes"))
                .withValidAt(EdtfDate.parse("2022"))
                .withRanks(Set.of(Rank.PREFERRED))
                .withSource(VINDOBONA_ARTICLE)
                .withModalities(Set.of(Modality.ATTRIBUTED))
                .withContested(true)
                .withBestRank(true)
                .withKnownAt(MARCH);

        assertThat(filter)
                .isEqualTo(new ClaimFilter(
                        RUSSIA,
                        LUHANSK,
                        DONETSK,
                        Set.of("recognizes"),
                        EdtfDate.parse("2022"),
                        Set.of(Rank.PREFERRED),
                        VINDOBONA_ARTICLE,
                        Set.of(Modality.ATTRIBUTED),
                        true,
                        true,
                        MARCH));
    }

    @Test
    void eachConditionKeepsTheOthers() {
        ClaimFilter full = new ClaimFilter(
                RUSSIA,
                DONETSK,
                DONETSK,
                Set.of("recognizes"),
                EdtfDate.parse("2022"),
                Set.of(Rank.NORMAL),
                VINDOBONA_ARTICLE,
                Set.of(Modality.STATED),
                false,
                true,
                MARCH);

        assertThat(full.withSubject(RUSSIA)).isEqualTo(full);
        assertThat(full.withObject(DONETSK)).isEqualTo(full);
        assertThat(full.withInvolving(DONETSK)).isEqualTo(full);
        assertThat(full.withPredicates(Set.of("recognizes"))).isEqualTo(full);
        assertThat(full.withValidAt(EdtfDate.parse("2022"))).isEqualTo(full);
        assertThat(full.withRanks(Set.of(Rank.NORMAL))).isEqualTo(full);
        assertThat(full.withSource(VINDOBONA_ARTICLE)).isEqualTo(full);
        assertThat(full.withModalities(Set.of(Modality.STATED))).isEqualTo(full);
        assertThat(full.withContested(false)).isEqualTo(full);
        assertThat(full.withBestRank(true)).isEqualTo(full);
        assertThat(full.withKnownAt(MARCH)).isEqualTo(full);
    }

    @Test
    void knownAtCanBeResetToNow() {
        assertThat(ClaimFilter.ALL.withKnownAt(MARCH).withKnownAt(null)).isEqualTo(ClaimFilter.ALL);
    }

    @Test
    void keepsItsOwnCopyOfTheSets() {
        Set<String> predicates = new HashSet<>(Set.of("recognizes"));
        ClaimFilter filter = ClaimFilter.ALL.withPredicates(predicates);

        predicates.clear();

        assertThat(filter.predicates()).containsExactly("recognizes");
    }
}
