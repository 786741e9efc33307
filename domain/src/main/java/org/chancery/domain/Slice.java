package org.chancery.domain;

import java.util.List;
import java.util.function.Function;

/** A page of items, and whether more follow it. */
public record Slice<T>(List<T> items, boolean hasNext) {

    public Slice {
        items = List.copyOf(items);
    }

    /** The first {@code size} of {@code fetched}, which holds one more item than the page when more follow. */
    public static <T> Slice<T> of(List<T> fetched, int size) {
        return new Slice<>(fetched.size() > size ? fetched.subList(0, size) : fetched, fetched.size() > size);
    }

    public <U> Slice<U> map(Function<T, U> mapping) {
        return new Slice<>(items.stream().map(mapping).toList(), hasNext);
    }
}
