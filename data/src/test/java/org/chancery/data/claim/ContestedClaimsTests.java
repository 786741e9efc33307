package org.chancery.data.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.chancery.data.RegistryTests;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimFilter;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.revision.Version;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/**
 * A claim whose citations disagree (one affirms it, another denies or disputes it) is contested, found by
 * the filter in SQL as {@link Claim#contested} says, and was not contested before the denial was recorded.
 */
class ContestedClaimsTests extends RegistryTests {

    @Autowired
    Claims claims;

    @Test
    void aClaimDeniedByOneSourceAndStatedByAnotherIsContestedFromThenOn() throws IOException {
        load(everyField());
        Instant before = Instant.now();
        String c1 = everyField()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith("{\"type\":\"claim\",\"id\":\"C1\""))
                .findFirst()
                .orElseThrow();
        String denied = c1.replace(
                "\"modality\":\"STATED\"}]",
                "\"modality\":\"STATED\"},{\"source\":\"S2\",\"quote\":\"Borduria was never recognised\","
                        + "\"modality\":\"DENIED\"}]");
        load(new ByteArrayResource((denied + "\n").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "denied.ndjson";
            }
        });

        List<Version<Claim>> contested = claims.find(ClaimFilter.ALL.withContested(true));
        assertThat(contested).extracting(v -> v.state().id().toString()).containsExactly("C1");
        assertThat(contested).allMatch(v -> v.state().contested());
        assertThat(claims.find(ClaimFilter.ALL.withContested(false)))
                .isNotEmpty()
                .noneMatch(v -> v.state().contested())
                .extracting(v -> v.state().id().toString())
                .doesNotContain("C1");
        assertThat(claims.find(ClaimFilter.ALL.withContested(true).withKnownAt(before)))
                .as("before the denial was recorded")
                .isEmpty();
    }
}
