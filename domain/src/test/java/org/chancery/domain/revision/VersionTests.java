package org.chancery.domain.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VersionTests {

    private static final Instant MAY = Instant.parse("2022-05-06T18:43:00Z");
    private static final Instant JUNE = Instant.parse("2022-06-01T00:00:00Z");

    @Test
    void aVersionIsCurrentUntilTheNextOneReplacesIt() {
        assertThat(new Version<>("state", 1, "olga", MAY, null, Action.CREATE, null).current())
                .isTrue();
        assertThat(new Version<>("state", 1, "olga", MAY, JUNE, Action.CREATE, null).current())
                .isFalse();
    }

    @Test
    void mappingTheStateKeepsWhatIsWrittenBesideIt() {
        Version<String> version = new Version<>("Lugansk", 3, "olga", MAY, JUNE, Action.CORRECT, "Spelling");

        assertThat(version.map(String::length))
                .isEqualTo(new Version<>(7, 3, "olga", MAY, JUNE, Action.CORRECT, "Spelling"));
    }
}
