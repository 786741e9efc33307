package org.chancery.domain.security;

import java.util.Objects;
import org.chancery.domain.AccessRefusedException;
import org.jspecify.annotations.Nullable;

/**
 * The user a use case acts for, or nobody. Every use case checks it before it reads input or writes.
 *
 * @param username the signed-in user, or {@code null} when anonymous
 * @param role what the user may do; an anonymous actor is a {@link Role#READER}
 */
public record Actor(@Nullable String username, Role role) {

    public static final Actor ANONYMOUS = new Actor(null, Role.READER);

    /** The registry itself, for the founding dataset and command-line imports. */
    public static final Actor SYSTEM = new Actor("chancery", Role.ADMIN);

    public Actor {
        Objects.requireNonNull(role, "role");
    }

    public static Actor user(String username, Role role) {
        if (username.isBlank()) {
            throw new IllegalArgumentException("a user name must not be blank");
        }
        return new Actor(username, role);
    }

    /** Whether this actor may change the registry, and see what only curators see. */
    public boolean curates() {
        return username != null && role.includes(Role.CURATOR);
    }

    public boolean anonymous() {
        return username == null;
    }

    /** The name written on the revisions this actor makes; refuses anonymous actors. */
    public String author() {
        if (username == null) {
            throw new AccessRefusedException(true, "Sign in to change the registry");
        }
        return username;
    }

    /** Refuses unless this actor may {@code doWhat} (say "correct a claim"), which needs {@code role}. */
    public void require(Role needed, String doWhat) {
        if (username == null) {
            throw new AccessRefusedException(true, "Sign in to " + doWhat);
        }
        if (!role.includes(needed)) {
            throw new AccessRefusedException(
                    false, "Only %s may %s".formatted(needed == Role.ADMIN ? "an admin" : "a curator", doWhat));
        }
    }

    /** Refuses unless this actor is a curator (or an admin): the rule for every edit of the registry. */
    public String curator(String doWhat) {
        require(Role.CURATOR, doWhat);
        return author();
    }
}
