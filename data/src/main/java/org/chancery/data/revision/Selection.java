package org.chancery.data.revision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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

    public Selection and(String condition, String name, Object value) {
        Map<String, Object> more = new HashMap<>(params);
        more.put(name, value);
        return new Selection(where + " AND " + condition, more);
    }
}
