package org.chancery.data.revision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.chancery.domain.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appends versions to one version table. The new row is inserted first, so that the primary key
 * (id, revision) picks the winner of two concurrent changes; then the row before it is closed at the
 * new row's record time, taken from the database clock.
 */
public final class VersionRows {

    private final JdbcClient jdbc;
    private final String table;
    private final String idColumn;

    public VersionRows(JdbcClient jdbc, String table, String idColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.idColumn = idColumn;
    }

    /** Runs {@code insert}, the insert of revision {@code number}, and closes the revision before it. */
    public void append(Object id, long idValue, int number, Runnable insert) {
        try {
            insert.run();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(id.toString(), number - 1, number);
        }
        if (number > 1) {
            jdbc.sql("""
                    UPDATE %1$s SET recorded_until =
                        (SELECT n.recorded_from FROM %1$s n WHERE n.%2$s = :id AND n.revision = :number)
                    WHERE %2$s = :id AND revision = :previous AND recorded_until IS NULL""".formatted(table, idColumn))
                    .params(Map.of("id", idValue, "number", number, "previous", number - 1))
                    .update();
        }
    }

    /** A fresh number for ids of {@code prefix}; the counter row stays locked until the transaction ends. */
    public static long nextId(JdbcClient jdbc, char prefix) {
        jdbc.sql("UPDATE id_counter SET last_id = last_id + 1 WHERE prefix = :prefix")
                .param("prefix", String.valueOf(prefix))
                .update();
        return jdbc.sql("SELECT last_id FROM id_counter WHERE prefix = :prefix")
                .param("prefix", String.valueOf(prefix))
                .query(Long.class)
                .single();
    }

    /** Makes sure ids of {@code prefix} handed out from now on are above {@code used}. */
    public static void reserve(JdbcClient jdbc, char prefix, long used) {
        jdbc.sql("UPDATE id_counter SET last_id = :used WHERE prefix = :prefix AND last_id < :used")
                .param("prefix", String.valueOf(prefix))
                .param("used", used)
                .update();
    }

    public static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
