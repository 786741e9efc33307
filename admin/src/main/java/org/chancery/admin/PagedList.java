package org.chancery.admin;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a list already in memory, such as the claims of one group of an entity page: found, as the
 * database's pages are, by the id of the item shown last, so that a link stays right when items are added.
 *
 * @param items the page's items
 * @param paging where it stands in the list
 */
public record PagedList<T>(List<T> items, Paging paging) {

    public PagedList {
        items = List.copyOf(items);
    }

    /**
     * The {@code size} items of {@code all} after the one whose {@code id} is {@code after}, with links to the
     * next page and the first made from {@code link}. From the start when {@code after} is null, or names an
     * item the list no longer holds (one merged away, say): its paging then says it {@link Paging#restarted}.
     */
    public static <T> PagedList<T> of(
            List<T> all, Function<T, String> id, @Nullable String after, int size, UriComponentsBuilder link) {
        int from = 0;
        boolean found = after == null;
        for (int i = 0; i < all.size() && !found; i++) {
            if (id.apply(all.get(i)).equals(after)) {
                from = i + 1;
                found = true;
            }
        }
        List<T> items = all.subList(from, Math.min(all.size(), from + size));
        String next = from + items.size() < all.size()
                ? link.cloneBuilder()
                        .queryParam("after", id.apply(items.get(items.size() - 1)))
                        .encode()
                        .toUriString()
                : null;
        String first = from == 0 ? null : link.cloneBuilder().encode().toUriString();
        return new PagedList<>(items, new Paging(all.size(), next, first, !found));
    }
}
