package org.chancery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliceTests {

    @Test
    void oneItemMoreThanThePageMeansMoreFollow() {
        Slice<String> slice = Slice.of(List.of("E1", "E2", "E3"), 2);

        assertThat(slice.items()).containsExactly("E1", "E2");
        assertThat(slice.hasNext()).isTrue();
    }

    @Test
    void aFullPageAndNoMoreIsTheLastPage() {
        Slice<String> slice = Slice.of(List.of("E1", "E2"), 2);

        assertThat(slice.items()).containsExactly("E1", "E2");
        assertThat(slice.hasNext()).isFalse();
    }

    @Test
    void aShortPageIsTheLastPage() {
        Slice<String> slice = Slice.of(List.of("E1"), 2);

        assertThat(slice.items()).containsExactly("E1");
        assertThat(slice.hasNext()).isFalse();
    }

    @Test
    void mappingKeepsWhetherMoreFollow() {
        assertThat(Slice.of(List.of("E1", "E22", "E3"), 2).map(String::length))
                .isEqualTo(new Slice<>(List.of(2, 3), true));
        assertThat(Slice.of(List.of("E1"), 2).map(String::length)).isEqualTo(new Slice<>(List.of(2), false));
    }

    @Test
    void keepsItsOwnCopyOfTheItems() {
        List<String> items = new ArrayList<>(List.of("E1"));
        Slice<String> slice = new Slice<>(items, false);

        items.clear();

        assertThat(slice.items()).containsExactly("E1");
    }
}
