package org.chancery.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.chancery.domain.Slice;
import org.chancery.domain.time.Certainty;
import org.jspecify.annotations.Nullable;

/**
 * A Relay connection: a page of edges, where it is, and how many items the whole list has, counted
 * only when asked for.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier total) {

    /** One item of the page. */
    public record Edge<T>(String cursor, T node, @Nullable Certainty certainty) {}

    /** Where the page is in its list. */
    public record PageInfo(
            boolean hasNextPage,
            boolean hasPreviousPage,
            @Nullable String startCursor,
            @Nullable String endCursor) {}

    /**
     * The connection of {@code slice}, the page after {@code after} (0 for the first); {@code total}
     * counts the whole list, and is not called when the page itself shows the count.
     */
    public static <S, T> Connection<T> of(Slice<S> slice, long after, Function<S, Edge<T>> edge, LongSupplier total) {
        List<Edge<T>> edges = slice.items().stream().map(edge).toList();
        PageInfo info = new PageInfo(
                slice.hasNext(),
                after > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        LongSupplier count = after == 0 && !slice.hasNext() ? () -> edges.size() : total;
        return new Connection<>(edges, info, count);
    }

    public long totalCount() {
        return total.getAsLong();
    }
}
