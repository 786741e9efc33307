package org.chancery.domain.security;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An account: who may sign in, and with which role. Its password is kept apart, as a hash only (see
 * {@link Users#passwordHash}).
 *
 * @param username the name the user signs in with, and writes revisions under
 * @param role what the user may do
 * @param disabled whether the account is shut: it can neither sign in nor use its API tokens
 * @param passwordChangeRequired whether the password was set by someone else: it signs in only to
 *     choose a new one, and gives no API token
 */
public record User(String username, Role role, boolean disabled, boolean passwordChangeRequired) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** An account whose password is its own. */
    public User(String username, Role role, boolean disabled) {
        this(username, role, disabled, false);
    }

    /**
     * The same account with a new role, a new state, or a password set by someone else ({@code true}) or
     * by its user ({@code false}), where given.
     */
    public User change(@Nullable Role newRole, @Nullable Boolean nowDisabled, @Nullable Boolean passwordSetByOthers) {
        return new User(
                username,
                newRole == null ? role : newRole,
                nowDisabled == null ? disabled : nowDisabled.booleanValue(),
                passwordSetByOthers == null ? passwordChangeRequired : passwordSetByOthers.booleanValue());
    }

    /** Whether this account may manage users right now: an admin who is not disabled. */
    public boolean activeAdmin() {
        return role == Role.ADMIN && !disabled;
    }

    /** The actor this user acts as once signed in. */
    public Actor actor() {
        return Actor.user(username, role);
    }
}
