package org.chancery.domain.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Failed attempts to sign in, kept where every instance of the registry counts the same ones. The user
 * name is the one typed, whether or not such an account exists.
 */
public interface SignInFailures {

    void record(String username, @Nullable String clientAddress, Instant at);

    /** The failures for {@code username} at or after {@code since}. */
    int countForAccount(String username, Instant since);

    /** The failures from {@code clientAddress} at or after {@code since}. */
    int countFromAddress(String clientAddress, Instant since);

    /** The failures for {@code username} from {@code clientAddress} at or after {@code since}. */
    int countForAccountFrom(String username, String clientAddress, Instant since);

    /**
     * Forgets the failures for {@code username} from {@code clientAddress}, after it signed in from there;
     * all of its failures when the address is unknown.
     */
    void clear(String username, @Nullable String clientAddress);

    /** Forgets every failure before {@code moment}: they no longer count. */
    void forgetBefore(Instant moment);
}
