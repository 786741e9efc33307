package org.chancery.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryVersionGuardTests {

    DataSource guarded;

    @BeforeEach
    void database() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:guard;DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("DROP ALL OBJECTS");
            ddl.execute("CREATE TABLE claim_version (id INT)");
            ddl.execute("CREATE TABLE account (id INT)");
            ddl.execute("CREATE TABLE registry_version (version INT)");
        }
        guarded = SqlSpy.wrap(h2, new RegistryVersionGuard().listener());
    }

    @Test
    void aChangeToTheRegistryThatDoesNotRaiseTheVersionIsNotCommitted() throws SQLException {
        try (Connection connection = guarded.getConnection()) {
            connection.setAutoCommit(false);
            connection
                    .prepareStatement("INSERT INTO claim_version (id) VALUES (1)")
                    .executeUpdate();

            assertThatIllegalStateException().isThrownBy(connection::commit).withMessageContaining("[claim_version]");
        }
    }

    @Test
    void aChangeThatRaisesTheVersionOrTouchesNoRegistryTableIsCommitted() throws SQLException {
        try (Connection connection = guarded.getConnection()) {
            connection.setAutoCommit(false);
            connection
                    .prepareStatement("INSERT INTO claim_version (id) VALUES (1)")
                    .executeUpdate();
            connection
                    .prepareStatement("UPDATE registry_version SET version = version + 1")
                    .executeUpdate();
            assertThatCode(connection::commit).doesNotThrowAnyException();

            connection.prepareStatement("INSERT INTO account (id) VALUES (1)").executeUpdate();
            assertThatCode(connection::commit).doesNotThrowAnyException();
        }
    }

    @Test
    void aChangeRolledBackIsForgotten() throws SQLException {
        try (Connection connection = guarded.getConnection()) {
            connection.setAutoCommit(false);
            connection.prepareStatement("DELETE FROM claim_version").executeUpdate();
            connection.rollback();

            assertThatCode(connection::commit).doesNotThrowAnyException();
        }
    }

    @Test
    void aChangeToTheRegistryOutsideATransactionIsRefused() throws SQLException {
        try (Connection connection = guarded.getConnection();
                Statement statement = connection.createStatement()) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> statement.executeUpdate("UPDATE claim_version SET id = 2"))
                    .withMessageContaining("outside a transaction");
        }
    }
}
