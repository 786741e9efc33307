package org.chancery.domain.security;

import java.util.function.Supplier;

/**
 * {@link AccountAdministration} over in-memory ports, a clock that stands still and a hasher that only tags the
 * password, for tests. Starts with one admin, {@code ada}, whose password is {@link #ADMIN_PASSWORD}.
 */
public final class InMemoryAccounts {

    public static final String ADMIN_PASSWORD = "correct horse battery";

    /** Hashes by tagging: fast, and plainly not a real hash. */
    public static final PasswordHasher TAGGING = new PasswordHasher() {
        @Override
        public String hash(String password) {
            return "{test}" + password;
        }

        @Override
        public boolean matches(String password, String hash) {
            return hash.equals("{test}" + password);
        }
    };

    public final InMemoryUsers users = new InMemoryUsers();
    public final TestClock clock = new TestClock();
    public final InMemoryApiTokens tokens = new InMemoryApiTokens(clock);
    public final InMemorySignInFailures failures = new InMemorySignInFailures();
    public final AccountAdministration accounts;

    public InMemoryAccounts() {
        this(SignInLimits.DEFAULT);
    }

    public InMemoryAccounts(SignInLimits limits) {
        accounts = new AccountAdministration(users, tokens, TAGGING, failures, limits, Supplier::get, clock);
        users.create(new User("ada", Role.ADMIN, false), TAGGING.hash(ADMIN_PASSWORD));
    }

    public static Actor ada() {
        return Actor.user("ada", Role.ADMIN);
    }
}
