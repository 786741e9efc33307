package org.chancery.domain.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.domain.Fixtures.TASS_REPORT;
import static org.chancery.domain.Fixtures.VINDOBONA;
import static org.chancery.domain.Fixtures.VINDOBONA_ARTICLE;

import java.util.List;
import org.chancery.domain.EntityId;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.PageRequest;
import org.chancery.domain.SourceId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The fake other modules may reuse answers as {@link Sources} promises. */
class InMemorySourcesTests {

    private final InMemorySources sources = InMemoryRegistry.withFixtures().sources();

    @Test
    void listsSourcesByTitleAndPublisher() {
        assertThat(ids(null, null)).containsExactly(VINDOBONA_ARTICLE, TASS_REPORT);
        assertThat(ids(" KREMLIN ", null)).containsExactly(VINDOBONA_ARTICLE);
        assertThat(ids(null, VINDOBONA)).containsExactly(VINDOBONA_ARTICLE);
        assertThat(ids("missions", VINDOBONA)).isEmpty();
        assertThat(sources.count(new SourceSearch("diplomat", null))).isEqualTo(2);
    }

    private List<SourceId> ids(@Nullable String title, @Nullable EntityId publisher) {
        return sources.list(new SourceSearch(title, publisher), PageRequest.first(10)).items().stream()
                .map(v -> v.state().id())
                .toList();
    }
}
