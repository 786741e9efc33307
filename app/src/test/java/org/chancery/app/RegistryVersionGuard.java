package org.chancery.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Refuses to commit a change to what reads can see that does not also raise the registry's version: the
 * answers the GraphQL cache keeps would outlive it. Imported into a test context, it guards every write the
 * context's tests make, through whichever store, so that a store which forgets to call
 * {@code RegistryVersionStore.changed()} fails the tests that use it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RegistryVersionGuard {

    /** The tables answers are read from. */
    static final Set<String> REGISTRY = Set.of(
            "predicate",
            "entity_version",
            "entity_name",
            "source_version",
            "claim_version",
            "claim_citation",
            "claim_reference",
            "entity_merge",
            "entity_merge_claim",
            "review");

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    /** The registry tables each open transaction changed, until it raises the version. */
    private final Map<Connection, Set<String>> unannounced = Collections.synchronizedMap(new IdentityHashMap<>());

    @Bean
    static BeanPostProcessor guardedDataSource(RegistryVersionGuard guard) {
        return SqlSpy.wrapping(guard.listener());
    }

    SqlSpy.Listener listener() {
        return new SqlSpy.Listener() {
            @Override
            public void sent(Connection connection, String method, @Nullable String sql) {
                RegistryVersionGuard.this.sent(connection, sql);
            }

            @Override
            public void committing(Connection connection) {
                RegistryVersionGuard.this.committing(connection);
            }

            @Override
            public void ended(Connection connection) {
                unannounced.remove(connection);
            }
        };
    }

    void sent(Connection connection, @Nullable String sql) {
        Matcher write = WRITE.matcher(sql == null ? "" : sql);
        if (!write.find()) {
            return;
        }
        String table = write.group(1).toLowerCase(Locale.ROOT);
        if (table.equals("registry_version")) {
            unannounced.remove(connection);
        } else if (REGISTRY.contains(table)) {
            if (autoCommit(connection)) {
                throw new IllegalStateException(
                        "%s changed outside a transaction, so the registry's version cannot be raised with it"
                                .formatted(table));
            }
            unannounced.computeIfAbsent(connection, c -> new TreeSet<>()).add(table);
        }
    }

    void committing(Connection connection) {
        Set<String> changed = unannounced.remove(connection);
        if (changed != null) {
            throw new IllegalStateException(
                    "A transaction changed %s without raising the registry's version: kept answers would go stale"
                            .formatted(changed));
        }
    }

    private static boolean autoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
