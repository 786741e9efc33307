package org.chancery.api;

import org.chancery.app.EmptyPostgresSchema;
import org.chancery.app.StatementCounter;
import org.junit.jupiter.api.Tag;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reads of {@link GraphQlReadTests}, the statement count of an entity page among them, against the
 * PostgreSQL server of {@code application-postgres.yml}; run with {@code ./mvnw -Ppostgres test}. An
 * unreachable server fails the tests, it never skips them.
 */
@Tag("postgres")
@ActiveProfiles("postgres")
@Import({StatementCounter.class, EmptyPostgresSchema.class})
class GraphQlReadPostgresTests extends GraphQlReadTests {}
