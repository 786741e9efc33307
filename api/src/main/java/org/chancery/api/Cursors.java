package org.chancery.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NodeId;
import org.chancery.domain.PageRequest;
import org.jspecify.annotations.Nullable;

/** Keyset cursors: the id of the last item seen, opaque to clients. */
public final class Cursors {

    private Cursors() {}

    public static String of(NodeId id) {
        return of(id.toString());
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
        long from;
        try {
            from = after == null ? 0 : NodeId.number(prefix, decode(after));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("after", "Not a cursor of this list: pass an endCursor you were given");
        }
        return page(first, from);
    }

    /** A page of {@code first} items after {@code from}, refused in the argument's name, {@code first}. */
    public static PageRequest page(@Nullable Integer first, long from) {
        try {
            return new PageRequest(first == null ? PageRequest.DEFAULT_SIZE : first, from);
        } catch (InvalidInputException refused) {
            throw refused.field().equals("size") ? new InvalidInputException("first", refused.getMessage()) : refused;
        }
    }
}
