package org.chancery.data;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/** The data module on its own: its stores over the configured database, nothing else. */
@SpringBootApplication
public class DataTestApplication {

    /** Test databases outlive schema changes: start each run from an empty schema. */
    @Bean
    FlywayMigrationStrategy startEmpty() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
