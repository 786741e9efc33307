package org.chancery.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.time.EdtfDate;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * A change to a claim touches a key of every list whose answer it changes: over random registries, random
 * changes and random filters, whenever the claims a filter finds differ after a change, the keys the
 * change touched (those of the claim before and after) share one with the keys the filter reads.
 */
class ClaimKeysTests {

    private static final List<EntityId> ENTITIES = List.of(new EntityId(1), new EntityId(2), new EntityId(3));
    private static final List<SourceId> SOURCES = List.of(new SourceId(1), new SourceId(2));
    private static final List<String> PREDICATES = List.of("recognizes", "spoke_with");

    @RepeatedTest(20)
    void everyListAChangeAltersReadsAKeyItTouches() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        InMemoryClaims claims = new InMemoryClaims();
        for (long id = 1; id <= 12; id++) {
            claims.store(new ClaimId(id), claim(random, id));
        }
        for (int change = 0; change < 30; change++) {
            long id = 1 + random.nextInt(12);
            Claim before = claims.find(new ClaimId(id)).orElseThrow().state();
            Claim after = claim(random, id);
            List<ClaimFilter> filters = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                filters.add(filter(random));
            }
            List<Set<ClaimId>> found =
                    filters.stream().map(f -> found(claims, f)).toList();

            claims.store(new ClaimId(id), after);

            Set<String> touched = new HashSet<>(ClaimKeys.of(before));
            touched.addAll(ClaimKeys.of(after));
            for (int i = 0; i < filters.size(); i++) {
                if (!found(claims, filters.get(i)).equals(found.get(i))) {
                    assertThat(ClaimKeys.of(filters.get(i)))
                            .as("seed %d: %s changed from %s to %s", seed, filters.get(i), before, after)
                            .containsAnyElementsOf(touched);
                }
            }
        }
    }

    @Test
    void aListReadsTheKeysOfOneCondition() {
        EntityId russia = ENTITIES.get(0);

        assertThat(ClaimKeys.of(ClaimFilter.ALL)).containsExactly("claims");
        assertThat(ClaimKeys.of(ClaimFilter.ALL.withSubject(russia).withPredicates(PREDICATES)))
                .containsExactly("subject:E1");
        assertThat(ClaimKeys.of(ClaimFilter.ALL.withInvolving(russia))).containsExactly("subject:E1", "object:E1");
        assertThat(ClaimKeys.of(ClaimFilter.ALL.withPredicates(List.of("recognizes"))))
                .containsExactly("predicate:recognizes");
    }

    private static Set<ClaimId> found(InMemoryClaims claims, ClaimFilter filter) {
        Set<ClaimId> ids = new HashSet<>();
        claims.find(filter).forEach(v -> ids.add(v.state().id()));
        return ids;
    }

    private static Claim claim(Random random, long id) {
        Rank rank = Rank.values()[random.nextInt(Rank.values().length)];
        return ClaimDraftBuilder.aClaim()
                .subject(pick(random, ENTITIES))
                .predicate(pick(random, PREDICATES))
                .object(pick(random, ENTITIES))
                .validFrom(String.valueOf(2010 + random.nextInt(10)))
                .rank(rank)
                .citations(new Citation(pick(random, SOURCES), "quote", List.of(), Modality.STATED))
                .claim(id, rank == Rank.DEPRECATED ? "wrong" : null);
    }

    private static ClaimFilter filter(Random random) {
        ClaimFilter filter = ClaimFilter.ALL;
        if (random.nextInt(3) == 0) {
            filter = filter.withSubject(pick(random, ENTITIES));
        }
        if (random.nextInt(3) == 0) {
            filter = filter.withObject(pick(random, ENTITIES));
        }
        if (random.nextInt(4) == 0) {
            filter = filter.withInvolving(pick(random, ENTITIES));
        }
        if (random.nextInt(3) == 0) {
            filter = filter.withPredicates(List.of(pick(random, PREDICATES)));
        }
        if (random.nextInt(4) == 0) {
            filter = filter.withSource(pick(random, SOURCES));
        }
        if (random.nextInt(3) == 0) {
            filter = filter.withValidAt(EdtfDate.parse(String.valueOf(2010 + random.nextInt(10))));
        }
        if (random.nextInt(4) == 0) {
            filter = filter.withRanks(List.of(Rank.values()[random.nextInt(Rank.values().length)]));
        }
        return filter.withBestRank(random.nextBoolean());
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
