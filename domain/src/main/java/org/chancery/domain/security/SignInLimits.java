package org.chancery.domain.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How many failed attempts to sign in are allowed within {@link #window()} before further attempts are
 * refused: per account (guessing one user's password) and per client address (trying many users).
 *
 * @param perAccount failures allowed for one user name
 * @param perAddress failures allowed from one client address
 * @param window how long a failure counts
 */
public record SignInLimits(int perAccount, int perAddress, Duration window) {

    public static final SignInLimits DEFAULT = new SignInLimits(5, 20, Duration.ofMinutes(15));

    public SignInLimits {
        Objects.requireNonNull(window, "window");
        if (perAccount < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("sign-in limits must be positive");
        }
    }
}
