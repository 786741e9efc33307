package org.chancery.data.revision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.chancery.domain.SearchRank;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link SearchRank} in SQL, so that a store finds and orders its matches exactly as the domain ranks
 * them: which rows of folded names match the text searched for, and how well. On PostgreSQL, with its
 * {@code pg_trgm} extension, near spellings match too; H2 finds none.
 */
@Component
public class SearchRanks {

    /**
     * How much of the text's trigrams a stretch of the name must share for a near spelling: "abkhasia"
     * shares 0.56 with "republic of abkhazia", "russia" 0.71 with "rusia".
     */
    private static final String NEAR = "0.5";

    private final JdbcClient jdbc;
    private final boolean postgres;
    /** Whether pg_trgm is installed, once asked: the migration installs it where its role may. */
    private volatile @Nullable Boolean nearSpellings;

    SearchRanks(JdbcClient jdbc, @Value("${spring.datasource.url:}") String url) {
        this.jdbc = jdbc;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    private boolean nearSpellings() {
        Boolean near = nearSpellings;
        if (near == null) {
            near = postgres
                    && jdbc.sql("SELECT COUNT(*) FROM pg_extension WHERE extname = 'pg_trgm'")
                                    .query(Long.class)
                                    .single()
                            > 0;
            nearSpellings = near;
        }
        return near;
    }

    /**
     * The search for {@code text} (folded, words separated by single spaces) in {@code column}: the
     * condition a matching name meets, its rank as a {@code CASE} expression, and their parameters.
     */
    public Search search(String column, String text) {
        List<String> words = List.of(text.split(" "));
        Map<String, Object> params = new HashMap<>();
        params.put("searchText", text);
        params.put("searchPrefix", like(text) + "%");
        for (int i = 0; i < words.size(); i++) {
            params.put("searchStart" + i, "% " + like(words.get(i)) + "%");
            params.put("searchWithin" + i, "%" + like(words.get(i)) + "%");
        }
        String within = all(words.size(), i -> "%s LIKE :searchWithin%d ESCAPE '!'".formatted(column, i));
        String starts = all(words.size(), i -> "(' ' || %s) LIKE :searchStart%d ESCAPE '!'".formatted(column, i));
        String rank = ("CASE WHEN %1$s = :searchText THEN %2$d WHEN %1$s LIKE :searchPrefix ESCAPE '!' THEN %3$d"
                        + " WHEN %4$s THEN %5$d WHEN %6$s THEN %7$d ELSE %8$d END")
                .formatted(
                        column,
                        SearchRank.EXACT,
                        SearchRank.PREFIX,
                        starts,
                        SearchRank.WORDS,
                        within,
                        SearchRank.WITHIN,
                        SearchRank.NEAR);
        String matches = nearSpellings()
                ? "(%s OR word_similarity(:searchText, %s) >= %s)".formatted(within, column, NEAR)
                : within;
        return new Search(matches, rank, params);
    }

    /**
     * @param matches the condition that a name matches
     * @param rank the name's {@link SearchRank}
     * @param params the parameters of both
     */
    public record Search(String matches, String rank, Map<String, Object> params) {}

    private static String all(int count, IntFunction<String> condition) {
        return IntStream.range(0, count).mapToObj(condition).collect(Collectors.joining(" AND ", "(", ")"));
    }

    /** {@code text} for a LIKE pattern that escapes with {@code !}: its wildcards stand for themselves. */
    private static String like(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
