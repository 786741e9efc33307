package org.chancery.app.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the server waits on its database, under {@code chancery.database.*}; a request that would wait
 * longer is answered UNAVAILABLE (503) at once. The command line's long jobs (import, export) set their
 * own, longer limits; migrations run without any.
 *
 * @param connectionTimeout the longest a request waits for a pooled connection
 * @param statementTimeout the longest one SQL statement may run, lock waits included; 0 for no limit
 * @param lockTimeout the longest one SQL statement waits for a lock; 0 for no limit
 * @param healthTimeout the longest the readiness check waits for its write to the database
 */
@ConfigurationProperties("chancery.database")
public record DatabaseProperties(
        @DefaultValue("2s") Duration connectionTimeout,
        @DefaultValue("10s") Duration statementTimeout,
        @DefaultValue("3s") Duration lockTimeout,
        @DefaultValue("2s") Duration healthTimeout) {}
