package org.chancery.domain.vocabulary;

import org.chancery.domain.ChangedMeanwhileException;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.Transactions;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;

/** The use cases that add and change predicates. Admins only. */
public final class VocabularyAdministration {

    private final Predicates predicates;
    private final Transactions transactions;

    public VocabularyAdministration(Predicates predicates, Transactions transactions) {
        this.predicates = predicates;
        this.transactions = transactions;
    }

    /** Adds {@code predicate}; refuses a key already in the vocabulary. */
    public Predicate create(Actor actor, Predicate predicate) {
        actor.require(Role.ADMIN, "add to the vocabulary");
        Predicate checked = predicate.checked();
        return transactions.inTransaction(() -> {
            if (predicates.find(checked.key()).isPresent()) {
                throw new InvalidInputException("key", "%s is in the vocabulary already".formatted(checked.key()));
            }
            predicates.save(checked);
            return checked;
        });
    }

    /**
     * Replaces {@code expected}, the predicate as the admin saw it when they began, with {@code predicate},
     * which has its key. Predicates have no revisions: the stored predicate itself is what is checked, so a
     * change someone else saved meanwhile is refused rather than overwritten.
     */
    public Predicate update(Actor actor, Predicate expected, Predicate predicate) {
        actor.require(Role.ADMIN, "change the vocabulary");
        Predicate checked = predicate.checked();
        return transactions.inTransaction(() -> {
            Predicate current = predicates.lock(checked.key()).orElseThrow(() -> new NotFoundException(checked.key()));
            if (!current.equals(expected)) {
                throw new ChangedMeanwhileException(checked.key());
            }
            predicates.save(checked);
            return checked;
        });
    }
}
