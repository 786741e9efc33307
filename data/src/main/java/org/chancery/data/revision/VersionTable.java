package org.chancery.data.revision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.ConflictException;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every version table does: read the versions a {@link Selection} picks, one row a version and one
 * statement a selection, and append a version. The new row is inserted first, so that the primary key
 * (id, revision) picks the winner of two concurrent changes; then the row before it is closed at the new
 * row's record time, taken from the database clock.
 *
 * @param <I> the objects' id
 * @param <T> the objects' state
 * @param <R> the table's row
 */
public abstract class VersionTable<I, T, R extends VersionTable.Row> {

    /** The columns every version row has. */
    public interface Row {

        Integer revision();

        @Nullable
        OffsetDateTime recordedFrom();

        @Nullable
        OffsetDateTime recordedUntil();

        String author();

        String action();

        @Nullable
        String summary();
    }

    /**
     * A version to append.
     *
     * @param id the object
     * @param number its revision number
     * @param state the object as this revision leaves it
     */
    public record Appended<I, T>(I id, int number, T state) {}

    protected final JdbcClient jdbc;
    protected final NamedParameterJdbcTemplate batch;
    private final RegistryVersionStore version;
    private final String table;
    private final String idColumn;
    private final Class<R> rowType;
    private final ToLongFunction<I> idValue;

    protected VersionTable(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate batch,
            RegistryVersionStore version,
            String table,
            String idColumn,
            Class<R> rowType,
            ToLongFunction<I> idValue) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.version = version;
        this.table = table;
        this.idColumn = idColumn;
        this.rowType = rowType;
        this.idValue = idValue;
    }

    /** The state a row holds. */
    protected abstract T state(R row);

    /** The id of a state. */
    protected abstract I id(T state);

    public Optional<Version<T>> find(I id) {
        return select(Selection.current(idColumn, idValue.applyAsLong(id))).stream()
                .findFirst();
    }

    public Optional<Version<T>> find(I id, Instant knownAt) {
        return select(Selection.knownAt(idColumn, idValue.applyAsLong(id), knownAt)).stream()
                .findFirst();
    }

    public Optional<Version<T>> revision(I id, int number) {
        return select(Selection.revision(idColumn, idValue.applyAsLong(id), number)).stream()
                .findFirst();
    }

    public List<Version<T>> history(I id) {
        return select(Selection.history(idColumn, idValue.applyAsLong(id)));
    }

    public Map<I, Map<Integer, Version<T>>> revisions(Map<I, Set<Integer>> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        Map<Long, I> byValue = new HashMap<>();
        numbers.forEach((id, wanted) -> {
            int n = byValue.size();
            byValue.put(idValue.applyAsLong(id), id);
            where.append(where.isEmpty() ? "(" : " OR (")
                    .append("v.%s = :id%d AND v.revision IN (:revisions%d))".formatted(idColumn, n, n));
            params.put("id" + n, idValue.applyAsLong(id));
            params.put("revisions" + n, wanted);
        });
        Map<I, Map<Integer, Version<T>>> all = new HashMap<>();
        select(new Selection("(" + where + ")", params))
                .forEach(v ->
                        all.computeIfAbsent(id(v.state()), k -> new HashMap<>()).put(v.number(), v));
        return all;
    }

    public Map<I, List<Version<T>>> histories(Collection<I> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, I> byValue =
                ids.stream().collect(Collectors.toMap(idValue::applyAsLong, Function.identity(), (a, b) -> a));
        Map<I, List<Version<T>>> all = new HashMap<>();
        ids.forEach(id -> all.put(id, new ArrayList<>()));
        select(new Selection("v.%s IN (:ids)".formatted(idColumn), Map.of("ids", byValue.keySet())))
                .forEach(v ->
                        all.get(byValue.get(idValue.applyAsLong(id(v.state())))).add(v));
        return all;
    }

    public Map<I, Version<T>> findAll(Collection<I> ids, @Nullable Instant knownAt) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return select(Selection.in(
                        idColumn, ids.stream().map(idValue::applyAsLong).toList(), knownAt))
                .stream()
                .collect(Collectors.toMap(v -> id(v.state()), Function.identity()));
    }

    /** The versions {@code selection} picks, by id and revision, in one statement. */
    public List<Version<T>> select(Selection selection) {
        return versions(jdbc.sql("SELECT v.* FROM %s v WHERE %s ORDER BY v.%s, v.revision"
                        .formatted(table, selection.where(), idColumn))
                .params(selection.params()));
    }

    /** One page of the versions {@code selection} picks, by id, in one statement. */
    protected Slice<Version<T>> page(Selection selection, PageRequest page) {
        return Slice.of(
                versions(jdbc.sql(selection.page(table, idColumn, page)).params(selection.params(page))), page.size());
    }

    /** One page of the versions {@code selection} picks, by {@code rank} and then by id, in one statement. */
    protected Slice<Version<T>> rankedPage(Selection selection, String rank, PageRequest page) {
        return Slice.of(
                versions(jdbc.sql(selection.rankedPage(table, idColumn, rank, page))
                        .params(selection.params(page))),
                page.size());
    }

    /** How many versions {@code selection} picks. */
    protected long count(Selection selection) {
        return jdbc.sql("SELECT COUNT(*) FROM %s v WHERE %s".formatted(table, selection.where()))
                .params(selection.params())
                .query(Long.class)
                .single();
    }

    private List<Version<T>> versions(JdbcClient.StatementSpec statement) {
        return statement.query(rowType).list().stream().map(this::version).toList();
    }

    /** The version a row holds. */
    protected Version<T> version(R row) {
        return new Version<>(
                state(row),
                row.revision(),
                row.author(),
                instant(row.recordedFrom()),
                instant(row.recordedUntil()),
                Action.valueOf(row.action()),
                row.summary());
    }

    /** The insert of one version row, with named parameters for {@link #row}'s properties. */
    protected abstract String insert();

    /** The parameters of the insert of {@code state} as revision {@code number}. */
    protected abstract Object row(T state, int number, Change change);

    /** The {@link ChangeKeys} a version of {@code state} touches, beside its kind's list and the changes. */
    protected abstract Collection<String> keys(T state);

    /**
     * The keys the versions {@code appended} touch: those of each new state, with {@link ChangeKeys#CHANGES};
     * a table whose lists a correction can leave adds those of the states before them.
     */
    protected Set<String> touched(List<Appended<I, T>> appended) {
        Set<String> touched = new TreeSet<>(Set.of(ChangeKeys.CHANGES));
        appended.forEach(a -> touched.addAll(keys(a.state())));
        return touched;
    }

    /** Writes what the query tables hold of the versions just appended. */
    protected void index(List<Appended<I, T>> appended) {}

    public void append(I id, int number, T state, Change change) {
        appendAll(List.of(new Appended<>(id, number, state)), change);
    }

    /**
     * Inserts every version of {@code appended} in one batch, closes the revisions before them in another,
     * and indexes them: a conflict when one of the revision numbers is taken.
     */
    public void appendAll(List<Appended<I, T>> appended, Change change) {
        if (appended.isEmpty()) {
            return;
        }
        version.changed(touched(appended));
        try {
            batch.batchUpdate(
                    insert(),
                    appended.stream()
                            .map(a -> new SimplePropertySqlParameterSource(row(a.state(), a.number(), change)))
                            .toArray(SqlParameterSource[]::new));
        } catch (DuplicateKeyException e) {
            Appended<I, T> first = appended.get(0);
            throw new ConflictException(first.id().toString(), first.number() - 1, first.number());
        }
        List<Map<String, Object>> closed = appended.stream()
                .filter(a -> a.number() > 1)
                .map(a -> Map.<String, Object>of(
                        "id", idValue.applyAsLong(a.id()), "number", a.number(), "previous", a.number() - 1))
                .toList();
        if (!closed.isEmpty()) {
            batch.batchUpdate("""
                    UPDATE %1$s SET recorded_until =
                        (SELECT n.recorded_from FROM %1$s n WHERE n.%2$s = :id AND n.revision = :number)
                    WHERE %2$s = :id AND revision = :previous AND recorded_until IS NULL""".formatted(table, idColumn), SqlParameterSourceUtils.createBatch(closed));
        }
        index(appended);
    }

    /** The highest id the table holds a version of, or 0 when it is empty. */
    public long maxId() {
        return jdbc.sql("SELECT COALESCE(MAX(%s), 0) FROM %s".formatted(idColumn, table))
                .query(Long.class)
                .single();
    }

    /** A fresh number for ids of {@code prefix}; the counter row stays locked until the transaction ends. */
    protected long nextId(char prefix) {
        jdbc.sql("UPDATE id_counter SET last_id = last_id + 1 WHERE prefix = :prefix")
                .param("prefix", String.valueOf(prefix))
                .update();
        return jdbc.sql("SELECT last_id FROM id_counter WHERE prefix = :prefix")
                .param("prefix", String.valueOf(prefix))
                .query(Long.class)
                .single();
    }

    /** Makes sure ids of {@code prefix} handed out from now on are above {@code used}. */
    protected void reserve(char prefix, long used) {
        jdbc.sql("UPDATE id_counter SET last_id = :used WHERE prefix = :prefix AND last_id < :used")
                .param("prefix", String.valueOf(prefix))
                .param("used", used)
                .update();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
