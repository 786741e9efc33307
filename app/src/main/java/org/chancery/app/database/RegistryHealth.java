package org.chancery.app.database;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.chancery.domain.Failures;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readiness as the database allows it: UP while a row can be written and committed, DOWN while not, or
 * while the write takes longer than {@code chancery.database.health-timeout}, which is as long as a health
 * check ever waits. Checks come at most once a second, and while one is under way the next ones wait for
 * it rather than start their own, so that a load balancer asking often neither loads the database nor
 * piles up threads behind it.
 */
@Component("registry")
final class RegistryHealth implements HealthIndicator {

    private static final long REUSE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final JdbcClient jdbc;
    private final Failures failures;
    private final Duration timeout;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(check -> {
        Thread thread = new Thread(check, "registry-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> last = CompletableFuture.failedFuture(new IllegalStateException("not checked"));
    private long lastStarted = System.nanoTime() - 2 * REUSE_NANOS;

    RegistryHealth(JdbcClient jdbc, Failures failures, DatabaseProperties settings) {
        this.jdbc = jdbc;
        this.failures = failures;
        this.timeout = settings.healthTimeout();
    }

    @Override
    public Health health() {
        try {
            check().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Health.up().build();
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("database", "no answer within " + timeout)
                    .build();
        } catch (ExecutionException e) {
            return Health.down()
                    .withDetail("database", failures.isOutage(e.getCause()) ? "unavailable" : "failing")
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private synchronized CompletableFuture<Void> check() {
        if (!last.isDone() || System.nanoTime() - lastStarted < REUSE_NANOS) {
            return last;
        }
        lastStarted = System.nanoTime();
        // one statement outside a transaction, committed as it runs: no rollback to fail and be logged
        last = CompletableFuture.runAsync(
                () -> jdbc.sql("UPDATE health_probe SET probed_at = CURRENT_TIMESTAMP WHERE id = 1")
                        .update(),
                checks);
        return last;
    }
}
