package org.chancery.app;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
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
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? counter.wrap(dataSource) : bean;
            }
        };
    }

    DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? wrap(connection) : result;
        });
    }

    private Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            if (method.getName().startsWith("prepare")) {
                statements.incrementAndGet();
            }
            Object result = invoke(target, method, args);
            if (method.getName().equals("createStatement")) {
                return proxy(Statement.class, (Statement) result, (s, m, a) -> {
                    if (m.getName().startsWith("execute")) {
                        statements.incrementAndGet();
                    }
                    return invoke(s, m, a);
                });
            }
            return result;
        });
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
