package org.chancery.domain.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** {@link Users} kept in memory, for tests. */
public class InMemoryUsers implements Users {

    private final Map<String, User> byName = new TreeMap<>();
    private final Map<String, String> hashes = new TreeMap<>();

    @Override
    public Optional<User> find(String username) {
        return Optional.ofNullable(byName.get(username));
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return Optional.ofNullable(hashes.get(username));
    }

    @Override
    public boolean create(User user, String passwordHash) {
        if (byName.containsKey(user.username())) {
            return false;
        }
        byName.put(user.username(), user);
        hashes.put(user.username(), passwordHash);
        return true;
    }

    @Override
    public void update(User user, @Nullable String passwordHash, @Nullable String keptSession) {
        byName.put(user.username(), user);
        if (passwordHash != null) {
            hashes.put(user.username(), passwordHash);
        }
    }

    /** Nothing to hold: these tests change accounts from one thread. */
    @Override
    public void lockAll() {}

    @Override
    public List<User> list() {
        return List.copyOf(byName.values());
    }
}
