package org.chancery.api;

import java.util.function.Function;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NodeId;
import org.chancery.domain.SourceId;
import org.jspecify.annotations.Nullable;

/** Reads ids given as arguments, refusing a malformed one with the field it came in. */
public final class Ids {

    private Ids() {}

    public static EntityId entity(String field, String id) {
        return parse(field, id, EntityId::parse);
    }

    public static @Nullable EntityId entityOrNull(String field, @Nullable String id) {
        return id == null ? null : entity(field, id);
    }

    public static SourceId source(String field, String id) {
        return parse(field, id, SourceId::parse);
    }

    /** An id of any kind: {@code E17}, {@code S7} or {@code C1234}. */
    public static NodeId node(String field, String id) {
        return parse(field, id, NodeId::parse);
    }

    public static ClaimId claim(String field, String id) {
        return parse(field, id, ClaimId::parse);
    }

    private static <T> T parse(String field, String id, Function<String, T> parser) {
        try {
            return parser.apply(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
