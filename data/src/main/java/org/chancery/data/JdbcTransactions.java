package org.chancery.data;

import java.util.function.Supplier;
import org.chancery.domain.Transactions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs each use case in one database transaction; nested calls join the outer one. */
@Component
public class JdbcTransactions implements Transactions {

    private final TransactionTemplate template;

    public JdbcTransactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    @Override
    @SuppressWarnings("NullAway")
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
