package org.chancery.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenIdTests {

    @Test
    void anApiTokenIdIsPositive() {
        assertThat(new ApiTokenId(1).value()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new ApiTokenId(0));
        assertThatIllegalArgumentException().isThrownBy(() -> ApiTokenId.parse("T0"));
    }

    @Test
    void aNewTokenNeverShowsItsSecretWhenWritten() {
        ApiToken token =
                new ApiToken(new ApiTokenId(12), "olga", "dashboard", Instant.parse("2024-01-01T00:00:00Z"), null);

        assertThat(new NewApiToken("s3cr3t-value", token))
                .hasToString("NewApiToken[secret=(hidden), token=%s]".formatted(token))
                .asString()
                .doesNotContain("s3cr3t-value");
    }
}
