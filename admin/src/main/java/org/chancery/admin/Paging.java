package org.chancery.admin;

import org.jspecify.annotations.Nullable;

/**
 * Where a keyset-paged list stands: pages are found by the last id shown, so a deep page costs what the
 * first does, and there is a way forward and a way back to the start but no page numbers.
 *
 * @param total how many items the list holds in all, or -1 for a list that is not counted
 * @param next the address of the next page, if there is one
 * @param first the address of the first page, when this is not it
 * @param restarted whether the item this page was to follow has left the list, so that it starts again at
 *     the first
 */
public record Paging(
        long total, @Nullable String next, @Nullable String first, boolean restarted) {

    public Paging(long total, @Nullable String next, @Nullable String first) {
        this(total, next, first, false);
    }
}
