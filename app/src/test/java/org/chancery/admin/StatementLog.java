package org.chancery.admin;

import java.util.ArrayList;
import java.util.List;
import org.chancery.app.SqlSpy;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Keeps the text of every SQL statement the application sends, to see what a request wrote. */
@TestConfiguration(proxyBeanMethods = false)
public class StatementLog {

    private final List<String> statements = new ArrayList<>();

    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    public synchronized void clear() {
        statements.clear();
    }

    private synchronized void add(String sql) {
        statements.add(sql);
    }

    @Bean
    static BeanPostProcessor loggingDataSource(StatementLog log) {
        return SqlSpy.wrapping((connection, method, sql) -> {
            if (sql != null) {
                log.add(sql);
            }
        });
    }
}
