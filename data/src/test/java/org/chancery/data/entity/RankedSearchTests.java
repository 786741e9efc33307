package org.chancery.data.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.chancery.data.RegistryTests;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntitySearch;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.SourceSearch;
import org.chancery.domain.source.Sources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/**
 * Search finds the exact name first, then names that start with the text, then names with a word
 * starting with each word, then names holding the words anywhere, each tier by id; the cursor carries the
 * rank, so a walk page by page meets each match once, in that order. PostgreSQL adds near spellings last.
 */
class RankedSearchTests extends RegistryTests {

    @Autowired
    Entities entities;

    @Autowired
    Sources sources;

    @BeforeEach
    void registry() {
        String lines = String.join(
                "\n",
                entity(1, "Embassy of Russia"),
                entity(2, "Belarussia"),
                entity(3, "Russian Embassy in Minsk"),
                entity(4, "Arcadia"),
                entity(5, "Russia"),
                entity(6, "Rusia Holdings"),
                entity(7, "Republic of Abkhazia"),
                source(1, "Russia in Africa"),
                source(2, "Talks in Moscow: Russia and the republics"),
                source(3, "Russia"),
                source(4, "Prussian archives"),
                "");
        load(new ByteArrayResource(lines.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "ranked.ndjson";
            }
        });
    }

    /** On H2: exact, prefix, word, within; no near spellings. */
    protected List<String> expectedRussia() {
        return List.of("Russia", "Russian Embassy in Minsk", "Embassy of Russia", "Belarussia");
    }

    protected List<String> expectedAbkhasia() {
        return List.of();
    }

    @Test
    void entitiesComeBestMatchFirstAndPageByRank() {
        EntitySearch russia = new EntitySearch("RUSSIA", Set.of(), null);

        assertThat(names(entities.search(russia, PageRequest.first(20)).items()))
                .isEqualTo(expectedRussia());
        assertThat(walk(
                        page -> entities.search(russia, page),
                        v -> russia.rank(v.state()),
                        v -> v.state().id().value()))
                .extracting(v -> v.state().name())
                .isEqualTo(expectedRussia());
        assertThat(entities.count(russia)).isEqualTo(expectedRussia().size());
        assertThat(names(entities.search(new EntitySearch("abkhasia", Set.of(), null), PageRequest.first(20))
                        .items()))
                .isEqualTo(expectedAbkhasia());
    }

    @Test
    void sourcesComeBestMatchFirstAndPageByRank() {
        SourceSearch russia = new SourceSearch("Russia", null);

        List<String> titles =
                walk(
                                page -> sources.list(russia, page),
                                v -> russia.rank(v.state()),
                                v -> v.state().id().value())
                        .stream()
                        .map(v -> v.state().title())
                        .toList();

        assertThat(titles)
                .startsWith(
                        "Russia", "Russia in Africa", "Talks in Moscow: Russia and the republics", "Prussian archives");
        assertThat(sources.count(russia)).isEqualTo(titles.size());
    }

    /** Every item of a search, a page of one at a time, each page after the cursor of the last. */
    private static <T> List<T> walk(
            Function<PageRequest, Slice<T>> search, Function<T, Integer> rank, Function<T, Long> id) {
        List<T> all = new ArrayList<>();
        PageRequest page = PageRequest.first(1);
        while (true) {
            Slice<T> slice = search.apply(page);
            all.addAll(slice.items());
            if (!slice.hasNext()) {
                return all;
            }
            T last = slice.items().get(slice.items().size() - 1);
            page = new PageRequest(1, id.apply(last), rank.apply(last));
        }
    }

    private static List<String> names(List<Version<Entity>> versions) {
        return versions.stream().map(v -> v.state().name()).toList();
    }

    private static String entity(int id, String name) {
        return "{\"type\":\"entity\",\"id\":\"E%d\",\"kind\":\"ORGANISATION\",\"name\":\"%s\"}".formatted(id, name);
    }

    private static String source(int id, String title) {
        return "{\"type\":\"source\",\"id\":\"S%d\",\"kind\":\"WIRE_REPORT\",\"title\":\"%s\"}".formatted(id, title);
    }
}
