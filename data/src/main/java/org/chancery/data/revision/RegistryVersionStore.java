package org.chancery.data.revision;

import java.util.Collection;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.RegistryVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry's version in {@code registry_version}, and what each change touched in {@code
 * registry_change}. A store that changes the registry calls {@link #changed} with the {@link ChangeKeys}
 * it touches; once per transaction, just before it commits, the number is raised and its keys written, so
 * the row is locked only for the commit, always last, and the change, its number and its keys become
 * visible together.
 */
@Repository
public class RegistryVersionStore implements RegistryVersion {

    /** The longest list of keys a change keeps; a longer one counts as a change to everything. */
    static final int MAX_TOUCHED = 16_000;

    /** How many of the latest changes keep their keys. */
    static final int KEPT = 10_000;

    /** The most changes one call of {@link #touchedAfter} reads. */
    static final int READ = 1_000;

    private final JdbcClient jdbc;

    RegistryVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long current() {
        return jdbc.sql("SELECT version FROM registry_version WHERE id = 1")
                .query(Long.class)
                .single();
    }

    @Override
    public SortedMap<Long, Set<String>> touchedAfter(long version) {
        SortedMap<Long, Set<String>> touched = new TreeMap<>();
        jdbc.sql("SELECT version, touched FROM registry_change WHERE version > :version ORDER BY version")
                .param("version", version)
                .withMaxRows(READ)
                .query((rs, n) ->
                        touched.put(rs.getLong(1), Set.of(rs.getString(2).split(" "))))
                .list();
        return touched;
    }

    /**
     * Notes that the current transaction changes the registry, touching {@code keys}. A change outside a
     * transaction is refused: the number would move before the change is written, and an answer read in
     * between would be kept as the new registry's.
     */
    public void changed(Collection<String> keys) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("The registry changes only in a transaction");
        }
        @SuppressWarnings("unchecked")
        Set<String> touched = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (touched == null) {
            Set<String> all = new TreeSet<>();
            add(all, keys);
            TransactionSynchronizationManager.bindResource(this, all);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    raise(all);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RegistryVersionStore.this);
                }
            });
        } else {
            add(touched, keys);
        }
    }

    /** Adds {@code keys} to what a transaction touched, until there are too many to keep. */
    private static void add(Set<String> touched, Collection<String> keys) {
        if (touched.contains(ChangeKeys.EVERYTHING)) {
            return;
        }
        touched.addAll(keys);
        if (touched.size() > MAX_TOUCHED / 8) {
            touched.clear();
            touched.add(ChangeKeys.EVERYTHING);
        }
    }

    private void raise(Set<String> touched) {
        jdbc.sql("UPDATE registry_version SET version = version + 1 WHERE id = 1")
                .update();
        long version = current();
        String keys = String.join(" ", touched);
        jdbc.sql("INSERT INTO registry_change (version, touched) VALUES (:version, :touched)")
                .param("version", version)
                .param("touched", keys.isEmpty() || keys.length() > MAX_TOUCHED ? ChangeKeys.EVERYTHING : keys)
                .update();
        if (version % 100 == 0) {
            jdbc.sql("DELETE FROM registry_change WHERE version <= :oldest")
                    .param("oldest", version - KEPT)
                    .update();
        }
    }
}
