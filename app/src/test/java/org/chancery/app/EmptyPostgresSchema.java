package org.chancery.app;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The PostgreSQL test database outlives runs and schema changes: each context starts from an empty schema. */
@TestConfiguration(proxyBeanMethods = false)
public class EmptyPostgresSchema {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
