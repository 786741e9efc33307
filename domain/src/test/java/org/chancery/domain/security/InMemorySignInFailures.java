package org.chancery.domain.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@link SignInFailures} kept in memory, for tests. */
public class InMemorySignInFailures implements SignInFailures {

    private record Failure(String username, @Nullable String clientAddress, Instant at) {}

    private final List<Failure> failures = new ArrayList<>();

    @Override
    public void record(String username, @Nullable String clientAddress, Instant at) {
        failures.add(new Failure(username, clientAddress, at));
    }

    @Override
    public int countForAccount(String username, Instant since) {
        return (int) failures.stream()
                .filter(f -> f.username().equals(username) && !f.at().isBefore(since))
                .count();
    }

    @Override
    public int countFromAddress(String clientAddress, Instant since) {
        return (int) failures.stream()
                .filter(f -> Objects.equals(f.clientAddress(), clientAddress) && !f.at().isBefore(since))
                .count();
    }

    @Override
    public int countForAccountFrom(String username, String clientAddress, Instant since) {
        return (int) failures.stream()
                .filter(f -> f.username().equals(username)
                        && Objects.equals(f.clientAddress(), clientAddress)
                        && !f.at().isBefore(since))
                .count();
    }

    @Override
    public void clear(String username, @Nullable String clientAddress) {
        failures.removeIf(f -> f.username().equals(username)
                && (clientAddress == null || Objects.equals(f.clientAddress(), clientAddress)));
    }

    @Override
    public void forgetBefore(Instant moment) {
        failures.removeIf(f -> f.at().isBefore(moment));
    }

    public int size() {
        return failures.size();
    }
}
