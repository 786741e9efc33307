package org.chancery.app.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

/** What counts as an outage of the database, and what the log says of a failure: one line, no SQL. */
@ExtendWith(OutputCaptureExtension.class)
class FailureLogTests {

    private final FailureLog log = new FailureLog();

    @Test
    void aDatabaseThatCannotServeNowIsAnOutage() {
        assertThat(log.isOutage(new CannotGetJdbcConnectionException(
                        "no connection", new SQLTransientConnectionException("timed out"))))
                .as("no connection in time")
                .isTrue();
        assertThat(log.isOutage(new UncategorizedSQLException("lock", "UPDATE x", new SQLException("lock", "55P03"))))
                .as("a lock wait over its timeout")
                .isTrue();
        assertThat(log.isOutage(new RuntimeException(new SQLException("shutting down", "57P01"))))
                .as("the server shutting down")
                .isTrue();
        assertThat(log.isOutage(new RuntimeException(new SQLException("refused", "08001"))))
                .as("a connection refused")
                .isTrue();
        assertThat(log.isOutage(new CannotAcquireLockException("lock"))).isTrue();
        assertThat(log.isOutage(new TransactionSystemException("commit failed")))
                .as("a commit that failed")
                .isTrue();
        assertThat(log.isOutage(
                        new RuntimeException(new SQLException("general", "HY000", new IOException("No space left")))))
                .as("the database's own storage failed")
                .isTrue();
    }

    @Test
    void aFaultIsNoOutage() {
        assertThat(log.isOutage(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(log.isOutage(new IllegalStateException("a bug"))).isFalse();
        assertThat(log.isOutage(new IOException("the client went away"))).isFalse();
        assertThat(log.isOutage(new RuntimeException(new SQLException("syntax", "42601"))))
                .isFalse();
    }

    @Test
    void aFailureIsOneLineWithItsIdAndNoSqlOrValues(CapturedOutput output) {
        String id = log.failed(
                "POST /graphql",
                new UncategorizedSQLException(
                        "insert",
                        "INSERT INTO entity_version (name) VALUES ('secret value')",
                        new SQLException("Value too long for column: 'secret value'", "22001")));
        String again = log.failed(
                "POST /graphql",
                new UncategorizedSQLException(
                        "insert",
                        "INSERT INTO entity_version (name) VALUES ('secret value')",
                        new SQLException("Value too long for column: 'secret value'", "22001")));

        assertThat(output.toString()).contains(id, again, "SQLState 22001").doesNotContain("secret value", "INSERT");
        assertThat(output.toString().lines().filter(line -> line.contains(again)))
                .hasSize(1);
        assertThat(output.toString().lines().filter(line -> line.startsWith("\tat ")))
                .as("one stack trace")
                .isNotEmpty();
        int traces = (int) output.toString()
                .lines()
                .filter(line -> line.contains("INTERNAL_ERROR"))
                .count();
        assertThat(traces).isEqualTo(2);
    }
}
