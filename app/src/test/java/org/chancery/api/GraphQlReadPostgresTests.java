package org.chancery.api;

import org.chancery.app.StatementCounter;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reads of {@link GraphQlReadTests}, the statement count of an entity page among them, against the
 * PostgreSQL server of {@code application-postgres.yml}; run with {@code ./mvnw -Ppostgres test}. An
 * unreachable server fails the tests, it never skips them.
 */
@Tag("postgres")
@ActiveProfiles("postgres")
@Import({StatementCounter.class, GraphQlReadPostgresTests.EmptySchema.class})
class GraphQlReadPostgresTests extends GraphQlReadTests {

    /** The test database outlives runs and schema changes: each run starts from an empty schema. */
    @TestConfiguration(proxyBeanMethods = false)
    static class EmptySchema {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
