package org.chancery.data.revision;

import org.chancery.domain.RegistryVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry's version in {@code registry_version}. A store that changes the registry calls
 * {@link #changed()}; the number is raised once, just before the transaction commits, so the row is
 * locked only for the commit, always last, and the change and the new number become visible together.
 */
@Repository
public class RegistryVersionStore implements RegistryVersion {

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

    /**
     * Notes that the current transaction changes the registry. A change outside a transaction is refused:
     * the number would move before the change is written, and an answer read in between would be kept as
     * the new registry's.
     */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("The registry changes only in a transaction");
        }
        if (!TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    raise();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RegistryVersionStore.this);
                }
            });
        }
    }

    private void raise() {
        jdbc.sql("UPDATE registry_version SET version = version + 1 WHERE id = 1")
                .update();
    }
}
