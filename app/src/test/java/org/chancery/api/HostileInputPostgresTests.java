package org.chancery.api;

import org.chancery.app.EmptyPostgresSchema;
import org.junit.jupiter.api.Tag;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The hostile requests of {@link HostileInputTests} against the PostgreSQL server of
 * {@code application-postgres.yml}; run with {@code ./mvnw -Ppostgres test}.
 */
@Tag("postgres")
@ActiveProfiles("postgres")
@Import(EmptyPostgresSchema.class)
class HostileInputPostgresTests extends HostileInputTests {}
