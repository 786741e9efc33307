package org.chancery.domain.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chancery.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class EntitySearchTests {

    @Test
    void searchesForTheKeyOfTheTextGiven() {
        assertThat(new EntitySearch("  LUGANSK People's ", Set.of(), null).key())
                .isEqualTo("lugansk peoples");
    }

    @Test
    void noTextOrBlankTextSearchesForEverything() {
        assertThat(new EntitySearch(null, Set.of(), null).key()).isNull();
        assertThat(new EntitySearch("  ", Set.of(), null).key()).isNull();
        assertThat(new EntitySearch("  ", Set.of(), null).matchesNothing()).isFalse();
    }

    @Test
    void textWithoutLettersOrDigitsMatchesNothing() {
        for (String punctuation : List.of("%", "_", "!", " ?! ")) {
            assertThat(new EntitySearch(punctuation, Set.of(), null).matchesNothing())
                    .as(punctuation)
                    .isTrue();
        }
    }

    @Test
    void aTextLongerThanTheBoundIsRefusedNamingItsLength() {
        assertThatThrownBy(() -> new EntitySearch("ab ".repeat(70), Set.of(), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("text"))
                .hasMessageContaining("at most 200 characters")
                .hasMessageContaining("210 were sent");
    }

    @Test
    void keepsItsOwnCopyOfTheKinds() {
        Set<EntityKind> kinds = new HashSet<>(Set.of(EntityKind.POLITY));
        EntitySearch search = new EntitySearch(null, kinds, null);

        kinds.clear();

        assertThat(search.kinds()).containsExactly(EntityKind.POLITY);
    }
}
