package org.chancery.app;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Lets a test hear what the application sends to its database: wraps every {@link DataSource} bean so that
 * a {@link Listener} is told of each statement, prepared or run directly, and of each commit and rollback.
 */
public final class SqlSpy {

    private SqlSpy() {}

    /** What a spy hears, on the connection it was sent over. */
    public interface Listener {

        /**
         * A call of {@code method}: a connection's {@code prepare…}, or a plain statement's {@code execute…}
         * or {@code addBatch}; {@code sql} is the statement's text where the call carries it.
         */
        void sent(Connection connection, String method, @Nullable String sql);

        /** The connection's transaction is about to be committed. */
        default void committing(Connection connection) {}

        /** The connection's transaction was rolled back, or the connection handed back to the pool. */
        default void ended(Connection connection) {}
    }

    /** A bean post-processor that wraps every data source for {@code listener}. */
    public static BeanPostProcessor wrapping(Listener listener) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? wrap(dataSource, listener) : bean;
            }
        };
    }

    static DataSource wrap(DataSource dataSource, Listener listener) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? wrap(connection, listener) : result;
        });
    }

    private static Connection wrap(Connection connection, Listener listener) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("prepare")) {
                listener.sent(target, name, sql(args));
            } else if (name.equals("commit")) {
                listener.committing(target);
            }
            Object result = invoke(target, method, args);
            if (name.equals("rollback") || name.equals("close")) {
                listener.ended(target);
            } else if (name.equals("createStatement")) {
                return proxy(Statement.class, (Statement) result, (s, m, a) -> {
                    if (m.getName().startsWith("execute") || m.getName().equals("addBatch")) {
                        listener.sent(target, m.getName(), sql(a));
                    }
                    return invoke(s, m, a);
                });
            }
            return result;
        });
    }

    private static @Nullable String sql(Object @Nullable [] args) {
        return args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
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
