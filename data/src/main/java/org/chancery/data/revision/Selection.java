package org.chancery.data.revision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.chancery.domain.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * Which version rows to read: a condition on the version table, aliased {@code v}, with its parameters.
 * The same condition selects the versions' child rows, so a whole page of objects loads in a fixed
 * number of statements.
 */
public record Selection(String where, Map<String, Object> params) {

    public Selection {
        params = Map.copyOf(params);
    }

    public static Selection current(String idColumn, long id) {
        return new Selection("v.recorded_until IS NULL AND v.%s = :id".formatted(idColumn), Map.of("id", id));
    }

    public static Selection currentIn(String idColumn, Collection<Long> ids) {
        return new Selection("v.recorded_until IS NULL AND v.%s IN (:ids)".formatted(idColumn), Map.of("ids", ids));
    }

    public static Selection knownAt(String idColumn, long id, Instant knownAt) {
        return new Selection(
                "v.%s = :id AND v.recorded_from <= :knownAt AND (v.recorded_until IS NULL OR v.recorded_until > :knownAt)"
                        .formatted(idColumn),
                Map.of("id", id, "knownAt", OffsetDateTime.ofInstant(knownAt, ZoneOffset.UTC)));
    }

    public static Selection revision(String idColumn, long id, int revision) {
        return new Selection(
                "v.%s = :id AND v.revision = :revision".formatted(idColumn), Map.of("id", id, "revision", revision));
    }

    public static Selection history(String idColumn, long id) {
        return new Selection("v.%s = :id".formatted(idColumn), Map.of("id", id));
    }

    /** All current rows matching {@code condition}. */
    public static Selection currentWhere(String condition, Map<String, Object> params) {
        return new Selection("v.recorded_until IS NULL AND " + condition, params);
    }

    /** The current versions, or those current at {@code knownAt} when given, among those with {@code idColumn} in {@code ids}. */
    public static Selection in(String idColumn, Collection<Long> ids, @Nullable Instant knownAt) {
        Selection at = at(knownAt);
        Map<String, Object> more = new HashMap<>(at.params);
        more.put("ids", ids);
        return new Selection(at.where + " AND v.%s IN (:ids)".formatted(idColumn), more);
    }

    /** The versions current at {@code knownAt}, or now when it is {@code null}. */
    public static Selection at(@Nullable Instant knownAt) {
        if (knownAt == null) {
            return new Selection("v.recorded_until IS NULL", Map.of());
        }
        return new Selection(
                "v.recorded_from <= :knownAt AND (v.recorded_until IS NULL OR v.recorded_until > :knownAt)",
                Map.of("knownAt", OffsetDateTime.ofInstant(knownAt, ZoneOffset.UTC)));
    }

    /** This selection's SQL over {@code table}, limited to one page by {@code idColumn} plus one row. */
    public String page(String table, String idColumn, PageRequest page) {
        return "SELECT v.* FROM %s v WHERE %s AND v.%s > :after ORDER BY v.%3$s FETCH FIRST %d ROWS ONLY"
                .formatted(table, where, idColumn, page.size() + 1);
    }

    /**
     * This selection's SQL over {@code table}, ordered by {@code rank} (an SQL expression over {@code v},
     * see {@link SearchRanks}) and then by {@code idColumn}, limited to one page plus one row.
     */
    public String rankedPage(String table, String idColumn, String rank, PageRequest page) {
        return """
                SELECT * FROM (SELECT v.*, %s AS search_rank FROM %s v WHERE %s) v
                WHERE v.search_rank > :afterRank OR (v.search_rank = :afterRank AND v.%s > :after)
                ORDER BY v.search_rank, v.%4$s FETCH FIRST %d ROWS ONLY""".formatted(rank, table, where, idColumn, page.size() + 1);
    }

    public Map<String, Object> params(PageRequest page) {
        Map<String, Object> more = new HashMap<>(params);
        more.put("after", page.after());
        more.put("afterRank", page.afterRank());
        return more;
    }

    public Selection and(String condition, String name, Object value) {
        Map<String, Object> more = new HashMap<>(params);
        more.put(name, value);
        return new Selection(where + " AND " + condition, more);
    }
}
