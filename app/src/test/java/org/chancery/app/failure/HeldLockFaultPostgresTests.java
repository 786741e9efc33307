package org.chancery.app.failure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.chancery.app.EmptyPostgresSchema;
import org.junit.jupiter.api.Tag;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** {@link HeldLockFaultTests} on PostgreSQL, where the lock is on the whole table and stops its reads too. */
@Tag("fault")
@ActiveProfiles("postgres")
@Import(EmptyPostgresSchema.class)
class HeldLockFaultPostgresTests extends HeldLockFaultTests {

    @Override
    void hold(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE claim_version IN ACCESS EXCLUSIVE MODE");
        }
    }
}
