package org.chancery.api;

import org.chancery.app.EmptyPostgresSchema;
import org.chancery.app.StatementCounter;
import org.junit.jupiter.api.Tag;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link ResponseCacheTests} against the PostgreSQL server of {@code application-postgres.yml}, where the
 * version row is raised under a row lock at each commit; run with {@code ./mvnw -Ppostgres test}.
 */
@Tag("postgres")
@ActiveProfiles("postgres")
@Import({StatementCounter.class, EmptyPostgresSchema.class})
class ResponseCachePostgresTests extends ResponseCacheTests {}
