package org.chancery.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of failures: what a client caused is one line of bounded length; a failure of the server is
 * one line with the id its answer carries, and its stack trace at most once a minute per distinct cause, so
 * that no flood of requests can flood the log. No line holds SQL or its parameters: of a failure that a
 * database raised, only the classes and the SQLState are written, as its messages can repeat both.
 */
public final class FailureLog {

    private static final Logger log = LoggerFactory.getLogger(FailureLog.class);
    private static final int MAX_MESSAGE = 200;

    private final Cache<String, Boolean> traced = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(1_000)
            .build();

    /** Logs a failure of the server while serving {@code what}, and returns the id to give its client. */
    public String failed(String what, Throwable failure) {
        String id = UUID.randomUUID().toString();
        Throwable root = root(failure);
        String cause =
                root.getClass().getName() + "@" + (root.getStackTrace().length > 0 ? root.getStackTrace()[0] : "");
        String line = "INTERNAL_ERROR {} in {}: {}";
        if (traced.asMap().putIfAbsent(cause, Boolean.TRUE) == null) {
            log.error(line + "\n{}", id, bounded(what), summary(failure), trace(failure));
        } else {
            log.error(line, id, bounded(what), summary(failure));
        }
        return id;
    }

    /** Logs, on one line, a request refused for something its client sent. */
    public void refused(String what, String classification, String reason) {
        log.info("Refused {} as {}: {}", bounded(what), classification, bounded(reason));
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
