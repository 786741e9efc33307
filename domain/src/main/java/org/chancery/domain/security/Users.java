package org.chancery.domain.security;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The stored accounts and their password hashes. */
public interface Users {

    Optional<User> find(String username);

    /** The hash of the user's password, as {@link PasswordHasher#hash} made it. */
    Optional<String> passwordHash(String username);

    /**
     * Adds {@code user}; {@code false} when the name is taken. Of two instances adding the same name at
     * once, the database lets exactly one in.
     */
    boolean create(User user, String passwordHash);

    /**
     * Stores the role and state of {@code user}, and its new password hash unless {@code null}. A new
     * password ends every session the user has signed in with but {@code keptSession}, when given.
     */
    void update(User user, @Nullable String passwordHash, @Nullable String keptSession);

    /** {@link #update(User, String, String)}, ending every session of the user when the password is new. */
    default void update(User user, @Nullable String passwordHash) {
        update(user, passwordHash, null);
    }

    /**
     * Holds every account until the transaction ends, so that two changes that each count the other
     * admins are made one after the other, and the second counts what the first left.
     */
    void lockAll();

    /** Every user, by name. */
    List<User> list();
}
