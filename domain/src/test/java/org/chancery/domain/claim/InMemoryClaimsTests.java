package org.chancery.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.domain.Fixtures.DONETSK;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.RUSSIA;
import static org.chancery.domain.Fixtures.TASS_REPORT;
import static org.chancery.domain.Fixtures.VINDOBONA;
import static org.chancery.domain.Fixtures.VINDOBONA_ARTICLE;
import static org.chancery.domain.claim.ClaimDraftBuilder.aClaim;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.chancery.domain.ClaimId;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.revision.Version;
import org.chancery.domain.time.EdtfDate;
import org.junit.jupiter.api.Test;

/** The fake other modules may reuse answers as {@link Claims} promises. */
class InMemoryClaimsTests {

    private final InMemoryClaims claims = new InMemoryClaims()
            .with(aClaim().claim(1))
            .with(aClaim().object(LUHANSK)
                    .validUntil("2022-12")
                    .rank(Rank.PREFERRED)
                    .claim(2))
            .with(aClaim().subject(DONETSK).object(RUSSIA).rank(Rank.DEPRECATED).claim(3, "Wrong"));

    @Test
    void findsClaimsReferringToAnEntityOrCitingASource() {
        assertThat(claims.referencing(LUHANSK)).extracting(Claim::id).containsExactly(new ClaimId(2));
        assertThat(claims.referencing(VINDOBONA)).hasSize(3);
        assertThat(claims.citing(VINDOBONA_ARTICLE)).hasSize(3);
        assertThat(claims.citing(TASS_REPORT)).isEmpty();
    }

    @Test
    void filtersAsTheFilterSays() {
        assertThat(ids(ClaimFilter.ALL)).containsExactly(1L, 2L);
        assertThat(ids(ClaimFilter.ALL.withRanks(Set.of(Rank.DEPRECATED)))).containsExactly(3L);
        assertThat(ids(ClaimFilter.ALL.withInvolving(DONETSK))).containsExactly(1L);
        assertThat(ids(ClaimFilter.ALL.withSubject(RUSSIA).withValidAt(EdtfDate.parse("2023"))))
                .containsExactly(1L);
        assertThat(ids(ClaimFilter.ALL.withPredicates(Set.of("head_of")))).isEmpty();
        assertThat(ids(ClaimFilter.ALL.withSource(TASS_REPORT))).isEmpty();
    }

    @Test
    void answersAsTheRegistryStoodWhenAsked() {
        Instant before = claims.now();
        claims.store(new ClaimId(1), aClaim().rank(Rank.DEPRECATED).claim(1, "Wrong"));

        assertThat(ids(ClaimFilter.ALL)).containsExactly(2L);
        assertThat(ids(ClaimFilter.ALL.withKnownAt(before))).containsExactly(1L, 2L);
    }

    @Test
    void bestRankKeepsThePreferredClaimsOfASubjectAndPredicateIfAny() {
        claims.with(
                aClaim().subject(DONETSK).predicate("spoke_with").object(RUSSIA).claim(4));

        assertThat(ids(ClaimFilter.ALL.withBestRank(true))).containsExactly(2L, 4L);
        assertThat(ids(ClaimFilter.ALL.withBestRank(true).withValidAt(EdtfDate.parse("2023"))))
                .containsExactly(1L, 4L);
    }

    @Test
    void givesPagesAndCounts() {
        Slice<Version<Claim>> first = claims.find(ClaimFilter.ALL, PageRequest.first(1));

        assertThat(first.items()).extracting(v -> v.state().id()).containsExactly(new ClaimId(1));
        assertThat(first.hasNext()).isTrue();
        assertThat(claims.find(ClaimFilter.ALL, new PageRequest(1, 1)).hasNext())
                .isFalse();
        assertThat(claims.count(ClaimFilter.ALL.withRanks(Set.of(Rank.NORMAL, Rank.DEPRECATED))))
                .isEqualTo(2);
        assertThat(claims.findAll(List.of(new ClaimId(3), new ClaimId(9)), null))
                .containsOnlyKeys(new ClaimId(3));
    }

    private List<Long> ids(ClaimFilter filter) {
        return claims.find(filter).stream()
                .map(Version::state)
                .map(c -> c.id().value())
                .toList();
    }
}
