package org.chancery.data.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chancery.data.RegistryTests;
import org.chancery.domain.ChangedMeanwhileException;
import org.chancery.domain.Transactions;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.vocabulary.ObjectType;
import org.chancery.domain.vocabulary.Predicate;
import org.chancery.domain.vocabulary.Predicates;
import org.chancery.domain.vocabulary.VocabularyAdministration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two admins change the same predicate, as each saw it, at the same moment: the locked row picks one. */
class ConcurrentPredicateEditTests extends RegistryTests {

    static final int ROUNDS = 20;

    @Autowired
    Predicates predicates;

    @Autowired
    Transactions transactions;

    final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void ofTwoChangesFromTheSameStateExactlyOneWinsEveryTime() throws Exception {
        VocabularyAdministration vocabulary = new VocabularyAdministration(predicates, transactions);
        vocabulary.create(Actor.SYSTEM, labelled("hosts talks of"));
        for (int round = 1; round <= ROUNDS; round++) {
            Predicate seen = predicates.find("hosts_talks").orElseThrow();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (String admin : List.of("alice", "bruno")) {
                String label = "%s, round %d".formatted(admin, round);
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        vocabulary.update(Actor.user(admin, Role.ADMIN), seen, labelled(label));
                        return label;
                    } catch (ChangedMeanwhileException e) {
                        return null;
                    }
                }));
            }
            List<String> won = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String label = outcome.get(30, TimeUnit.SECONDS);
                if (label != null) {
                    won.add(label);
                }
            }
            assertThat(won).as("winners of round %d", round).hasSize(1);
            assertThat(predicates.find("hosts_talks").orElseThrow().label()).isEqualTo(won.get(0));
        }
    }

    private static Predicate labelled(String label) {
        return new Predicate(
                "hosts_talks",
                label,
                "holds talks hosted by",
                null,
                Set.of(EntityKind.POLITY),
                ObjectType.ENTITY,
                Set.of(EntityKind.POLITY),
                false,
                null,
                null);
    }
}
