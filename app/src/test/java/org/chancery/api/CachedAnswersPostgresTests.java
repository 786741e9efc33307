package org.chancery.api;

import org.chancery.app.EmptyPostgresSchema;
import org.chancery.app.StatementCounter;
import org.junit.jupiter.api.Tag;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** {@link CachedAnswersTests} against the PostgreSQL server of {@code application-postgres.yml}. */
@Tag("postgres")
@ActiveProfiles("postgres")
@Import({StatementCounter.class, EmptyPostgresSchema.class})
class CachedAnswersPostgresTests extends CachedAnswersTests {}
