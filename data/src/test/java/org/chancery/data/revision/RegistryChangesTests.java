package org.chancery.data.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.chancery.data.RegistryTests;
import org.chancery.data.claim.ClaimStore;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.Transactions;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.History;
import org.chancery.domain.security.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each committed change raises the registry's version by one and says what it touched, under that version,
 * visible with it: a correction names the lists its claim leaves as well as those it enters, and a change
 * whose keys are no longer kept reads as a change to everything.
 */
class RegistryChangesTests extends RegistryTests {

    private static final Change CORRECTION = new Change(Actor.SYSTEM.author(), Action.CORRECT, "moved");

    @Autowired
    RegistryVersionStore registry;

    @Autowired
    ClaimStore claims;

    @Autowired
    History history;

    @Autowired
    Transactions transactions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void registry() {
        load(everyField());
    }

    @Test
    void aCorrectionTouchesTheListsItsClaimLeavesAndEnters() {
        long before = registry.current();
        Claim claim = claims.find(new ClaimId(1)).orElseThrow().state();
        ClaimDraft content = claim.content();
        ClaimDraft moved = new ClaimDraft(
                content.subject(),
                content.predicate(),
                ClaimValue.entity(new EntityId(3)),
                content.validFrom(),
                content.validUntil(),
                content.qualifiers(),
                content.rank(),
                content.citations());

        transactions.inTransaction(() -> {
            claims.append(claim.id(), 2, claim.correct(moved), CORRECTION);
            return null;
        });

        SortedMap<Long, Set<String>> touched = registry.touchedAfter(before);
        assertThat(touched).containsOnlyKeys(before + 1);
        assertThat(touched.get(before + 1))
                .contains("C1", "object:E2", "object:E3", "subject:E1", "predicate:recognizes", "citing:S1")
                .contains(ChangeKeys.CLAIMS, ChangeKeys.CHANGES)
                .doesNotContain(ChangeKeys.EVERYTHING);
        assertThat(registry.current()).isEqualTo(before + 1);
    }

    @Test
    void changesInOneTransactionAreOneVersion() {
        long before = registry.current();

        transactions.inTransaction(() -> {
            history.review(new History.RevisionKey(new ClaimId(1), 1), "rita");
            history.review(new History.RevisionKey(new EntityId(2), 1), "rita");
            return null;
        });

        assertThat(registry.current()).isEqualTo(before + 1);
        assertThat(registry.touchedAfter(before).get(before + 1)).containsExactlyInAnyOrder("C1", "E2", "changes");
    }

    @Test
    void anImportTouchesWhatItAdds() {
        assertThat(registry.touchedAfter(registry.current() - 1).values())
                .singleElement()
                .satisfies(keys -> assertThat(keys).contains("E1", "S1", "C1", "subject:E1", ChangeKeys.ENTITIES));
    }

    @Test
    void onlyTheLatestChangesKeepTheirKeys() {
        long before = registry.current();
        for (String reviewer : List.of("rita", "rosa", "ruth")) {
            transactions.inTransaction(() -> {
                history.review(new History.RevisionKey(new ClaimId(1), 1), reviewer);
                return null;
            });
        }
        jdbc.sql("DELETE FROM registry_change WHERE version <= :version")
                .param("version", before + 1)
                .update();

        assertThat(registry.touchedAfter(before)).containsOnlyKeys(before + 2, before + 3);
        assertThat(registry.touchedAfter(before + 2)).containsOnlyKeys(before + 3);
    }
}
