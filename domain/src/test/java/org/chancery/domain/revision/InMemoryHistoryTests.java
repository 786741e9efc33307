package org.chancery.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.domain.Fixtures.LUHANSK;
import static org.chancery.domain.Fixtures.RUSSIA;
import static org.chancery.domain.Fixtures.admin;
import static org.chancery.domain.Fixtures.curator;
import static org.chancery.domain.Fixtures.russia;
import static org.chancery.domain.claim.ClaimDraftBuilder.aClaim;

import java.util.List;
import org.chancery.domain.EntityId;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.NodeId;
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

        assertThat(recent.items())
                .extracting(RecentChange::objectId)
                .containsExactly(NodeId.parse("E1"), NodeId.parse("C1"), NodeId.parse("S2"));
        assertThat(recent.items().get(0).revision()).isEqualTo(2);
        assertThat(recent.hasNext()).isTrue();
        assertThat(history.recent(ChangeFilter.ALL, 3, recent.items().get(2)).items())
                .extracting(RecentChange::objectId)
                .containsExactly(NodeId.parse("S1"), NodeId.parse("E6"), NodeId.parse("E5"));
    }

    @Test
    void filtersByAuthorEntityAndReview() {
        history.review(new History.RevisionKey(NodeId.parse("C1"), 1), "ada");

        assertThat(objectIds(new ChangeFilter("olga", null, null))).containsExactly(NodeId.parse("C1"));
        assertThat(objectIds(new ChangeFilter(null, EntityId.parse("E3"), null)))
                .containsExactly(NodeId.parse("C1"), NodeId.parse("E3"));
        assertThat(objectIds(new ChangeFilter(null, null, true))).containsExactly(NodeId.parse("C1"));
        assertThat(objectIds(new ChangeFilter(null, null, false))).hasSize(9).doesNotContain(NodeId.parse("C1"));
        assertThat(objectIds(ChangeFilter.ALL.notBy("olga"))).hasSize(9).doesNotContain(NodeId.parse("C1"));
        assertThat(history.find(NodeId.parse("E1"), 2).orElseThrow().summary()).isEqualTo("Checked");
    }

    private List<NodeId> objectIds(ChangeFilter filter) {
        return history.recent(filter, 10, null).items().stream()
                .map(RecentChange::objectId)
                .toList();
    }
}
