package org.chancery.app.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bounds every wait on the database: a pooled connection within {@code connection-timeout}, and on every
 * connection, whichever the database, a statement within {@code statement-timeout} and a lock within
 * {@code lock-timeout}. Migrations, which may rewrite large tables, run on connections of their own,
 * outside the pool, without them. A connection that
 * H2 reports closed (it closes the whole database when a write fails, as on a full disk) is dropped from
 * the pool, so that the next one opens the database again once it can.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** H2's database closed, closed at shutdown, file I/O failed, disk full. */
    private static final Set<Integer> H2_CLOSED = Set.of(90028, 90031, 90098, 90100, 90121);

    @Bean
    static BeanPostProcessor boundedWaits(ObjectProvider<DatabaseProperties> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool) {
                    DatabaseProperties limits = settings.getObject();
                    pool.setConnectionTimeout(
                            Math.max(250, limits.connectionTimeout().toMillis()));
                    pool.setConnectionInitSql(
                            timeouts(pool.getJdbcUrl(), limits.statementTimeout(), limits.lockTimeout()));
                    pool.setExceptionOverride(new DropClosed());
                }
                return bean;
            }
        };
    }

    @Bean
    FlywayConfigurationCustomizer migrationsUnbounded(DataSource dataSource) {
        return configuration -> {
            try {
                HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
                configuration
                        .dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())
                        .initSql(timeouts(pool.getJdbcUrl(), Duration.ZERO, Duration.ZERO));
            } catch (SQLException notPooled) {
                // a data source of the operator's own: migrations use it as it is
            }
        };
    }

    /** The statements that set both timeouts on a new connection to the database at {@code url}. */
    static String timeouts(String url, Duration statement, Duration lock) {
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return "SET statement_timeout = %d; SET lock_timeout = %d".formatted(statement.toMillis(), lock.toMillis());
        }
        return "SET QUERY_TIMEOUT %d; SET LOCK_TIMEOUT %d".formatted(statement.toMillis(), lock.toMillis());
    }

    /** Drops a connection to an H2 database that has closed; the pool's own rules decide the rest. */
    private static final class DropClosed implements SQLExceptionOverride {

        // here "Override" names the pool's enum: the annotation needs its full name
        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException e) {
            return e.getClass().getName().startsWith("org.h2.") && H2_CLOSED.contains(e.getErrorCode())
                    ? SQLExceptionOverride.Override.MUST_EVICT
                    : SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }
}
