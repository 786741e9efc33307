package org.chancery.admin;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
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

    private synchronized void add(Object sql) {
        statements.add(String.valueOf(sql));
    }

    @Bean
    static BeanPostProcessor loggingDataSource(StatementLog log) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? log.wrap(dataSource) : bean;
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
            if (method.getName().startsWith("prepare") && args != null && args.length > 0) {
                add(args[0]);
            }
            Object result = invoke(target, method, args);
            if (method.getName().equals("createStatement")) {
                return proxy(Statement.class, (Statement) result, (s, m, a) -> {
                    if ((m.getName().startsWith("execute") || m.getName().equals("addBatch"))
                            && a != null
                            && a.length > 0) {
                        add(a[0]);
                    }
                    return invoke(s, m, a);
                });
            }
            return result;
        });
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
