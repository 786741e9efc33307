package org.chancery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRankTests {

    @Test
    void aNameRanksByHowItHoldsTheText() {
        assertThat(SearchRank.of("russia", "russia")).isEqualTo(SearchRank.EXACT);
        assertThat(SearchRank.of("russia", "russian federation")).isEqualTo(SearchRank.PREFIX);
        assertThat(SearchRank.of("russia", "embassy of russia")).isEqualTo(SearchRank.WORDS);
        assertThat(SearchRank.of("of russia", "embassy of russia")).isEqualTo(SearchRank.WORDS);
        assertThat(SearchRank.of("russia embassy", "embassy of russia")).isEqualTo(SearchRank.WORDS);
        assertThat(SearchRank.of("russia", "belarussia")).isEqualTo(SearchRank.WITHIN);
        assertThat(SearchRank.of("ssia bel", "belarussia")).isEqualTo(SearchRank.WITHIN);
        assertThat(SearchRank.of("russia", "rusia")).isEqualTo(SearchRank.NEAR);
    }

    @Test
    void anEntityRanksByItsBestName() {
        assertThat(SearchRank.of("lnr", List.of("luhansk people s republic", "lnr")))
                .isEqualTo(SearchRank.EXACT);
        assertThat(SearchRank.of("lug", List.of("luhansk people s republic", "lugansk")))
                .isEqualTo(SearchRank.PREFIX);
        assertThat(SearchRank.of("x", List.of())).isEqualTo(SearchRank.NEAR);
    }
}
