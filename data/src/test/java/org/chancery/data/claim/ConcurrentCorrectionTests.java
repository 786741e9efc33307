package org.chancery.data.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chancery.data.RegistryTests;
import org.chancery.domain.ClaimId;
import org.chancery.domain.ConflictException;
import org.chancery.domain.Transactions;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.claim.RegistryContext;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.source.Sources;
import org.chancery.domain.vocabulary.Predicates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two curators correct the same claim from the same revision at the same moment: the database picks one. */
class ConcurrentCorrectionTests extends RegistryTests {

    static final int ROUNDS = 50;

    @Autowired
    ClaimStore claims;

    @Autowired
    Predicates predicates;

    @Autowired
    Entities entities;

    @Autowired
    Sources sources;

    @Autowired
    Transactions transactions;

    final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void ofTwoCorrectionsFromTheSameRevisionExactlyOneWinsEveryTime() throws Exception {
        load(everyField());
        ClaimCuration curation =
                new ClaimCuration(claims, new RegistryContext(predicates, entities, sources), transactions);
        ClaimId id = new ClaimId(2);
        List<String> winners = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Version<Claim> current = claims.find(id).orElseThrow();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (String curator : List.of("alice", "bruno")) {
                String level = "%s, round %d".formatted(curator, round);
                ClaimDraft draft = withLevel(current.state(), level);
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        curation.correct(
                                Actor.user(curator, Role.CURATOR), id, current.number(), draft, "Level corrected");
                        return level;
                    } catch (ConflictException e) {
                        assertThat(e.currentRevision()).isGreaterThan(current.number());
                        return null;
                    }
                }));
            }
            List<String> won = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String level = outcome.get(30, TimeUnit.SECONDS);
                if (level != null) {
                    won.add(level);
                }
            }
            assertThat(won).as("winners of round %d", round).hasSize(1);
            winners.add(won.get(0));
            assertThat(claims.find(id).orElseThrow().number()).isEqualTo(current.number() + 1);
        }

        List<Version<Claim>> history = claims.history(id);
        assertThat(history).hasSize(ROUNDS + 1);
        assertThat(level(history.get(0).state())).isEqualTo("embassy");
        for (int round = 1; round <= ROUNDS; round++) {
            Version<Claim> version = history.get(round);
            assertThat(level(version.state())).isEqualTo(winners.get(round - 1));
            assertThat(version.author()).isEqualTo(winners.get(round - 1).substring(0, 5));
            assertThat(history.get(round - 1).recordedUntil()).isEqualTo(version.recordedFrom());
        }
        assertThat(history.get(ROUNDS).recordedUntil()).isNull();
    }

    private static ClaimDraft withLevel(Claim claim, String level) {
        ClaimDraft draft = claim.content();
        List<Qualifier> qualifiers = new ArrayList<>(draft.qualifiers());
        qualifiers.set(0, new Qualifier("level", ClaimValue.text(level)));
        return new ClaimDraft(
                draft.subject(),
                draft.predicate(),
                draft.object(),
                draft.validFrom(),
                draft.validUntil(),
                qualifiers,
                draft.rank(),
                draft.citations());
    }

    private static String level(Claim claim) {
        return ((ClaimValue.TextValue) claim.qualifiers().get(0).value()).text();
    }
}
