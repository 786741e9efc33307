package org.chancery.domain.revision;

import java.util.List;
import java.util.Optional;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.NodeId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.Transactions;
import org.chancery.domain.security.Actor;

/** The use case of a second curator checking a revision someone else made. */
public final class Reviewing {

    private final History history;
    private final Transactions transactions;

    public Reviewing(History history, Transactions transactions) {
        this.history = history;
        this.transactions = transactions;
    }

    /**
     * Marks revision {@code revision} of {@code objectId} as reviewed by the actor, who must not be its
     * author. Reviewing the same revision again changes nothing.
     */
    public Review review(Actor actor, NodeId objectId, int revision) {
        String reviewer = actor.curator("review a revision");
        History.RevisionKey key = new History.RevisionKey(objectId, revision);
        return transactions.inTransaction(() -> {
            RecentChange change = history.find(objectId, revision)
                    .orElseThrow(() -> new NotFoundException(objectId + " revision " + revision));
            if (change.author().equals(reviewer)) {
                throw new AccessRefusedException(false, "Nobody reviews their own revision: ask another curator");
            }
            if (by(reviewer, key).isEmpty()) {
                history.review(key, reviewer);
            }
            return by(reviewer, key).orElseThrow();
        });
    }

    private Optional<Review> by(String reviewer, History.RevisionKey key) {
        return history.reviews(List.of(key)).getOrDefault(key, List.of()).stream()
                .filter(r -> r.reviewer().equals(reviewer))
                .findFirst();
    }
}
