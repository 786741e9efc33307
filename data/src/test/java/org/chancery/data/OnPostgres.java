package org.chancery.data;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a test class against the PostgreSQL server of {@code application-postgres.yml}; run with
 * {@code ./mvnw -Ppostgres test}. An unreachable server fails the tests, it never skips them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ActiveProfiles("postgres")
public @interface OnPostgres {}
