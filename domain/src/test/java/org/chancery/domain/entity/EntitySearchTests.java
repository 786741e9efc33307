package org.chancery.domain.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntitySearchTests {

    @Test
    void searchesForTheKeyOfTheTextGiven() {
        assertThat(new EntitySearch("  LUGANSK People's ", Set.of(), null).key())
                .isEqualTo("lugansk peoples");
    }

    @Test
    void noTextOrTextWithoutLettersOrDigitsSearchesForEverything() {
        assertThat(new EntitySearch(null, Set.of(), null).key()).isNull();
        assertThat(new EntitySearch(" ?! ", Set.of(), null).key()).isNull();
    }

    @Test
    void keepsItsOwnCopyOfTheKinds() {
        Set<EntityKind> kinds = new HashSet<>(Set.of(EntityKind.POLITY));
        EntitySearch search = new EntitySearch(null, kinds, null);

        kinds.clear();

        assertThat(search.kinds()).containsExactly(EntityKind.POLITY);
    }
}
