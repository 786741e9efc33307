package org.chancery.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.RUSSIA;
import static org.chancery.domain.Fixtures.admin;
import static org.chancery.domain.Fixtures.curator;
import static org.chancery.domain.Fixtures.russia;
import static org.chancery.domain.claim.ClaimDraftBuilder.aClaim;

import java.util.List;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.Slice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake other modules may reuse answers as {@link History} promises. */
class InMemoryHistoryTests {

    private final InMemoryRegistry registry = InMemoryRegistry.withFixtures();
    private final InMemoryHistory history = registry.history();

    @BeforeEach
    void aClaimAndACorrectionAfterTheFixtures() {
        registry.claimCuration().assertClaim(curator(), aClaim().object(LUHANSK).build());
        registry.entityCuration().correct(admin(), RUSSIA, 1, russia().content(), "Checked");
    }

    @Test
    void listsChangesNewestFirst() {
        Slice<RecentChange> recent = history.recent(ChangeFilter.ALL, 3, null);

        assertThat(recent.items()).extracting(RecentChange::objectId).containsExactly("E1", "C1", "S2");
        assertThat(recent.items().get(0).revision()).isEqualTo(2);
        assertThat(recent.hasNext()).isTrue();
        assertThat(history.recent(ChangeFilter.ALL, 3, recent.items().get(2)).items())
                .extracting(RecentChange::objectId)
                .containsExactly("S1", "E6", "E5");
    }

    @Test
    void filtersByAuthorEntityAndReview() {
        history.review(new History.RevisionKey("C1", 1), "ada");

        assertThat(objectIds(new ChangeFilter("olga", null, null))).containsExactly("C1");
        assertThat(objectIds(new ChangeFilter(null, "E3", null))).containsExactly("C1", "E3");
        assertThat(objectIds(new ChangeFilter(null, null, true))).containsExactly("C1");
        assertThat(objectIds(new ChangeFilter(null, null, false))).hasSize(9).doesNotContain("C1");
        assertThat(objectIds(ChangeFilter.ALL.notBy("olga"))).hasSize(9).doesNotContain("C1");
        assertThat(history.find("E1", 2).orElseThrow().summary()).isEqualTo("Checked");
    }

    private List<String> objectIds(ChangeFilter filter) {
        return history.recent(filter, 10, null).items().stream()
                .map(RecentChange::objectId)
                .toList();
    }
}
