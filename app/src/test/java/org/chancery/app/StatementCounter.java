package org.chancery.app;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends: every statement prepared, and every one executed
 * directly. Import it into a test and read {@link #count()} around what is measured.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private final AtomicInteger statements = new AtomicInteger();

    public int count() {
        return statements.get();
    }

    public void reset() {
        statements.set(0);
    }

    @Bean
    static BeanPostProcessor countingDataSource(StatementCounter counter) {
        return SqlSpy.wrapping((connection, method, sql) -> {
            if (!method.equals("addBatch")) {
                counter.statements.incrementAndGet();
            }
        });
    }
}
