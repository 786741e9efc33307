package org.chancery.domain.revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.chancery.domain.ConflictException;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;

/**
 * {@link Versions} kept in memory, for tests. Like the database, it lets only one change append a given
 * revision: the other gets a {@link ConflictException}. Record times come from a {@link RecordClock}.
 */
public class InMemoryVersions<I, T> implements Versions<I, T> {

    private final Map<I, List<Version<T>>> versions = new LinkedHashMap<>();
    private final LongFunction<I> ids;
    private long lastId;
    private final RecordClock clock;

    /**
     * @param ids makes an id of a number, such as {@code EntityId::new}
     * @param clock gives the record time of each append
     */
    public InMemoryVersions(LongFunction<I> ids, RecordClock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** Versions with a clock of their own. */
    public InMemoryVersions(LongFunction<I> ids) {
        this(ids, new RecordClock());
    }

    @Override
    public Optional<Version<T>> find(I id) {
        List<Version<T>> history = history(id);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    @Override
    public Optional<Version<T>> find(I id, Instant knownAt) {
        return history(id).stream()
                .filter(v -> !v.recordedFrom().isAfter(knownAt))
                .filter(v -> v.recordedUntil() == null || knownAt.isBefore(v.recordedUntil()))
                .findFirst();
    }

    @Override
    public Optional<Version<T>> revision(I id, int number) {
        return history(id).stream().filter(v -> v.number() == number).findFirst();
    }

    @Override
    public List<Version<T>> history(I id) {
        return List.copyOf(versions.getOrDefault(id, List.of()));
    }

    @Override
    public Map<I, Map<Integer, Version<T>>> revisions(Map<I, Set<Integer>> numbers) {
        Map<I, Map<Integer, Version<T>>> all = new HashMap<>();
        numbers.forEach((id, wanted) -> history(id).stream()
                .filter(v -> wanted.contains(v.number()))
                .forEach(v -> all.computeIfAbsent(id, k -> new HashMap<>()).put(v.number(), v)));
        return all;
    }

    @Override
    public Map<I, List<Version<T>>> histories(Collection<I> ids) {
        Map<I, List<Version<T>>> all = new HashMap<>();
        ids.forEach(id -> all.put(id, history(id)));
        return all;
    }

    @Override
    public I nextId() {
        I id;
        do {
            id = ids.apply(++lastId);
        } while (versions.containsKey(id));
        return id;
    }

    @Override
    public void append(I id, int number, T state, Change change) {
        List<Version<T>> history = new ArrayList<>(versions.getOrDefault(id, List.of()));
        int current = history.size();
        if (number <= current) {
            throw new ConflictException(id.toString(), number - 1, current);
        }
        if (number != current + 1) {
            throw new IllegalArgumentException(
                    "revision %d of %s cannot follow revision %d".formatted(number, id, current));
        }
        Instant now = clock.next();
        if (current > 0) {
            Version<T> last = history.get(current - 1);
            history.set(
                    current - 1,
                    new Version<>(
                            last.state(),
                            last.number(),
                            last.author(),
                            last.recordedFrom(),
                            now,
                            last.action(),
                            last.summary()));
        }
        history.add(new Version<>(state, number, change.author(), now, null, change.action(), change.summary()));
        versions.put(id, history);
    }

    /** Stores {@code state} as the next revision of {@code id}, as an import by the registry itself would. */
    public Version<T> store(I id, T state) {
        append(id, history(id).size() + 1, state, new Change(Actor.SYSTEM.author(), Action.IMPORT, null));
        return find(id).orElseThrow();
    }

    /** The ids of every object stored, in the order they were first stored. */
    public List<I> ids() {
        return List.copyOf(versions.keySet());
    }

    /** The current state of every object stored. */
    public List<T> all() {
        return versions.values().stream()
                .map(history -> history.get(history.size() - 1).state())
                .toList();
    }

    /** The record time of the latest append. */
    public Instant now() {
        return clock.now();
    }

    /** The version of {@code id} current at {@code knownAt}, or now when {@code null}. */
    public Optional<Version<T>> at(I id, @Nullable Instant knownAt) {
        return knownAt == null ? find(id) : find(id, knownAt);
    }

    /** The versions of each of {@code ids} current at {@code knownAt} ({@code null} for now). */
    public Map<I, Version<T>> findAll(Collection<I> ids, @Nullable Instant knownAt) {
        Map<I, Version<T>> found = new LinkedHashMap<>();
        ids.forEach(id -> at(id, knownAt).ifPresent(v -> found.put(id, v)));
        return found;
    }

    /** The page of {@code byId} that {@code page} asks for, ordered by {@code rank}, then by id. */
    protected static <V> Slice<V> rankedPage(
            List<V> byId, ToLongFunction<V> idNumber, ToIntFunction<V> rank, PageRequest page) {
        return Slice.of(
                byId.stream()
                        .sorted(Comparator.comparingInt(rank).thenComparingLong(idNumber))
                        .filter(v -> rank.applyAsInt(v) > page.afterRank()
                                || (rank.applyAsInt(v) == page.afterRank() && idNumber.applyAsLong(v) > page.after()))
                        .limit(page.size() + 1L)
                        .toList(),
                page.size());
    }

    /** The page of {@code byId} (ordered by id number) that {@code page} asks for. */
    protected static <V> Slice<V> page(List<V> byId, ToLongFunction<V> idNumber, PageRequest page) {
        return Slice.of(
                byId.stream()
                        .filter(v -> idNumber.applyAsLong(v) > page.after())
                        .limit(page.size() + 1L)
                        .toList(),
                page.size());
    }
}
