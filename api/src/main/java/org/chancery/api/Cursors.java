package org.chancery.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NodeId;
import org.chancery.domain.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * Keyset cursors, opaque to clients: the id of the last item seen, and in a list ranked by how well items
 * match a search, its {@link org.chancery.domain.SearchRank} too ({@code E12~2}).
 */
public final class Cursors {

    private static final char RANK = '~';

    private Cursors() {}

    public static String of(NodeId id) {
        return of(id.toString());
    }

    /** The cursor of the item {@code id} of rank {@code rank} in a ranked list. */
    public static String of(NodeId id, int rank) {
        return of(rank == 0 ? id.toString() : id.toString() + RANK + rank);
    }

    public static String of(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("after", "Not a cursor of this list: pass an endCursor you were given");
        }
    }

    /** The page {@code first} and {@code after} ask for, in a list of ids starting with {@code prefix}. */
    public static PageRequest page(char prefix, @Nullable Integer first, @Nullable String after) {
        long from = 0;
        int rank = 0;
        if (after != null) {
            String position = decode(after);
            int ranked = position.indexOf(RANK);
            try {
                from = NodeId.number(prefix, ranked < 0 ? position : position.substring(0, ranked));
                rank = ranked < 0 ? 0 : Integer.parseInt(position.substring(ranked + 1));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("after", "Not a cursor of this list: pass an endCursor you were given");
            }
        }
        return page(first, from, rank);
    }

    /** A page of {@code first} items after {@code from}, refused in the argument's name, {@code first}. */
    public static PageRequest page(@Nullable Integer first, long from) {
        return page(first, from, 0);
    }

    private static PageRequest page(@Nullable Integer first, long from, int rank) {
        try {
            return new PageRequest(first == null ? PageRequest.DEFAULT_SIZE : first, from, rank);
        } catch (InvalidInputException refused) {
            throw refused.field().equals("size") ? new InvalidInputException("first", refused.getMessage()) : refused;
        }
    }
}
