package org.chancery.app.failure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.chancery.domain.Failures;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The log of failures. A refused request is one line of bounded length; a failure of the server is one
 * line with the id its answer carries, and its stack trace at most once a minute per distinct cause, so
 * that no flood of requests can flood the log. No line holds SQL or its parameters: of a failure that a
 * database raised, only the classes and the SQLState are written, as its messages can repeat both.
 *
 * <p>An outage is a failure of the database to serve now: no connection in time, a connection lost, a
 * statement or a lock wait over its timeout, a commit that failed, a database out of space or closed by a
 * failed write (an I/O failure under a database's error). It is
 * logged as UNAVAILABLE, at warning level; anything else is an INTERNAL_ERROR.
 */
@Component
final class FailureLog implements Failures {

    private static final Logger log = LoggerFactory.getLogger(FailureLog.class);
    private static final int MAX_MESSAGE = 200;

    /**
     * SQLStates and, for H2, error codes of an outage: connection exceptions (08), insufficient resources
     * (53), operator intervention such as a shutdown or a cancelled statement (57), a lock not available
     * (55P03), a timeout (HYT00); H2's lock timeout, database closed, and file errors.
     */
    private static final Set<String> OUTAGE_STATES = Set.of("55P03", "HYT00", "HYT01");

    private static final Set<String> OUTAGE_CLASSES = Set.of("08", "53", "57");
    private static final Set<Integer> H2_OUTAGES = Set.of(50200, 57014, 90028, 90031, 90098, 90100, 90121);

    private final Cache<String, Boolean> traced = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(1_000)
            .build();

    @Override
    public boolean isOutage(Throwable failure) {
        boolean database = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionSystemException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException
                    || (database && t instanceof IOException)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                if (outage(sql)) {
                    return true;
                }
                // a database whose own storage failed: H2 on a full disk
                database = true;
            }
        }
        return false;
    }

    @Override
    public String failed(String what, Throwable failure) {
        String id = UUID.randomUUID().toString();
        Throwable root = root(failure);
        String cause =
                root.getClass().getName() + "@" + (root.getStackTrace().length > 0 ? root.getStackTrace()[0] : "");
        boolean outage = isOutage(failure);
        String line = (outage ? "UNAVAILABLE" : "INTERNAL_ERROR") + " {} in {}: {}";
        boolean first = traced.asMap().putIfAbsent(cause, Boolean.TRUE) == null;
        if (outage) {
            log.warn(line, id, bounded(what), summary(failure));
        } else if (first) {
            log.error(line + "\n{}", id, bounded(what), summary(failure), trace(failure));
        } else {
            log.error(line, id, bounded(what), summary(failure));
        }
        return id;
    }

    @Override
    public void refused(String what, String classification, String reason) {
        log.info("Refused {} as {}: {}", bounded(what), classification, bounded(reason));
    }

    private static boolean outage(SQLException sql) {
        String state = sql.getSQLState();
        return (state != null
                        && (OUTAGE_STATES.contains(state)
                                || (state.length() >= 2 && OUTAGE_CLASSES.contains(state.substring(0, 2)))))
                || (sql.getClass().getName().startsWith("org.h2.") && H2_OUTAGES.contains(sql.getErrorCode()));
    }

    /** The failure and its root cause, each as its class and what may be told of it. */
    static String summary(Throwable failure) {
        Throwable root = root(failure);
        boolean database = sqlState(failure) != null;
        String text = failure.getClass().getSimpleName() + told(failure, database);
        return root == failure
                ? text
                : text + " (caused by " + root.getClass().getSimpleName() + told(root, database) + ")";
    }

    private static String trace(Throwable failure) {
        boolean database = sqlState(failure) != null;
        StringBuilder trace = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            trace.append(t == failure ? "" : "Caused by: ")
                    .append(t.getClass().getName())
                    .append(told(t, database))
                    .append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                trace.append("\tat ").append(frame).append('\n');
            }
        }
        return trace.toString();
    }

    /** The message of {@code t}, unless a database raised the failure: then only its SQLState. */
    private static String told(Throwable t, boolean database) {
        if (database) {
            return t instanceof SQLException e ? " (SQLState " + e.getSQLState() + ")" : "";
        }
        return t.getMessage() == null ? "" : ": " + bounded(t.getMessage());
    }

    private static @Nullable String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e) {
                return String.valueOf(e.getSQLState());
            }
        }
        return null;
    }

    private static String bounded(String text) {
        String line = text.replaceAll("[\\r\\n\\t]+", " ");
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "…";
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
