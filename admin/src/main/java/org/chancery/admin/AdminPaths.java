package org.chancery.admin;

import java.util.Optional;
import java.util.stream.Stream;
import org.chancery.domain.NodeId;
import org.chancery.domain.NodeId.Kind;

/** Where each kind of object lives in the curator pages: {@code /admin/entities/E3}, {@code /admin/claims/C6}. */
public final class AdminPaths {

    private AdminPaths() {}

    /** The path segment of a kind's pages. */
    public static String segment(Kind kind) {
        return switch (kind) {
            case ENTITY -> "entities";
            case SOURCE -> "sources";
            case CLAIM -> "claims";
        };
    }

    /** The kind whose pages are under {@code segment}, if any. */
    public static Optional<Kind> kind(String segment) {
        return Stream.of(Kind.values()).filter(k -> segment(k).equals(segment)).findFirst();
    }

    /** The page of {@code id}. */
    public static String page(NodeId id) {
        return "/admin/" + segment(id.kind()) + "/" + id;
    }
}
