package org.chancery.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInLimitsTests {

    @Test
    void allowsAtLeastOneFailureWithinAPositiveWindow() {
        SignInLimits least = new SignInLimits(1, 1, Duration.ofNanos(1));

        assertThat(least.perAccount()).isEqualTo(1);
        assertThat(least.perAddress()).isEqualTo(1);
    }

    @Test
    void refusesLimitsThatAllowNoFailure() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SignInLimits(0, 20, Duration.ofMinutes(15)))
                .withMessage("sign-in limits must be positive");
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInLimits(5, 0, Duration.ofMinutes(15)));
    }

    @Test
    void refusesAWindowThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInLimits(5, 20, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInLimits(5, 20, Duration.ofMinutes(-1)));
    }
}
