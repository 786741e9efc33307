package org.chancery.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.domain.Fixtures.LUGANSK;
import static org.chancery.domain.Fixtures.LUHANSK;

import java.util.HashMap;
import java.util.Map;
import org.chancery.domain.ClaimId;
import org.junit.jupiter.api.Test;

class MergeTests {

    @Test
    void keepsItsOwnCopyOfTheMovedClaims() {
        Map<ClaimId, Integer> moved = new HashMap<>(Map.of(new ClaimId(1), 2));
        Merge merge = new Merge(LUGANSK, LUHANSK, moved);

        moved.clear();

        assertThat(merge.moved()).containsExactly(Map.entry(new ClaimId(1), 2));
    }
}
