package org.chancery.data.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.domain.time.Certainty.CERTAIN;
import static org.chancery.domain.time.Certainty.POSSIBLE;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chancery.data.RegistryTests;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.Transactions;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimFilter;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.claim.RegistryContext;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.source.Sources;
import org.chancery.domain.time.Certainty;
import org.chancery.domain.time.EdtfDate;
import org.chancery.domain.vocabulary.Predicates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/** Both time axes: what held in the world on a date (valid time), and what the registry said at a moment. */
class TemporalQueryTests extends RegistryTests {

    static final Actor CURATOR = Actor.user("fact-checker", Role.CURATOR);

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

    ClaimCuration curation;

    @BeforeEach
    void registry() {
        curation = new ClaimCuration(claims, new RegistryContext(predicates, entities, sources), transactions);
        load(everyField());
    }

    @Test
    void claimAsItStoodBeforeACorrectionIsTheOldState() {
        ClaimId id = new ClaimId(1);
        Version<Claim> original = claims.find(id).orElseThrow();
        Version<Claim> corrected = correctValidFrom(id, original, "2022-03-02");

        assertThat(claims.find(id, original.recordedFrom())
                        .orElseThrow()
                        .state()
                        .validFrom()
                        .form())
                .isEqualTo("2022-03-01");
        assertThat(claims.find(id, corrected.recordedFrom())
                        .orElseThrow()
                        .state()
                        .validFrom()
                        .form())
                .isEqualTo("2022-03-02");
        assertThat(claims.find(id, original.recordedFrom().minusSeconds(1))).isEmpty();
        assertThat(claims.find(id).orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void filteredQueryAtAPastMomentAnswersFromTheVersionsCurrentThen() {
        ClaimId id = new ClaimId(1);
        Version<Claim> original = claims.find(id).orElseThrow();
        correctValidFrom(id, original, "2023-01-01");
        EdtfDate march2022 = EdtfDate.parse("2022-03");

        ClaimFilter inMarch = ClaimFilter.ALL.withSubject(new EntityId(1)).withValidAt(march2022);
        assertThat(claims.find(inMarch)).extracting(v -> v.state().id()).doesNotContain(id);
        assertThat(claims.find(inMarch.withKnownAt(original.recordedFrom())))
                .extracting(v -> v.state().id())
                .contains(id);
    }

    @Test
    void validAtAnswersWhatMayHaveHeldAndHowSurely() {
        store("C10", "2022-02-21", null);
        store("C11", "2013-01", "2013-05");
        store("C12", "2010", "2012");
        store("C13", "[..2022-05-06]", "[2022-05-06..]");

        assertThat(heldAt("2022-02-21")).containsEntry("C10", CERTAIN).containsEntry("C13", POSSIBLE);
        assertThat(heldAt("2022-02")).containsEntry("C10", POSSIBLE);
        assertThat(heldAt("2022-02-20")).doesNotContainKey("C10");
        assertThat(heldAt("2013-05-10")).containsEntry("C11", POSSIBLE);
        assertThat(heldAt("2013-04")).containsEntry("C11", CERTAIN);
        assertThat(heldAt("2013-06-01")).doesNotContainKey("C11");
        assertThat(heldAt("2011")).containsEntry("C12", CERTAIN);
        assertThat(heldAt("2012")).containsEntry("C12", POSSIBLE);
        assertThat(heldAt("2009-12-31")).doesNotContainKey("C12");
        assertThat(heldAt("2013")).doesNotContainKey("C12").containsEntry("C11", POSSIBLE);
        assertThat(heldAt("2022-05-06")).containsEntry("C13", CERTAIN).containsEntry("C10", CERTAIN);
        assertThat(heldAt("[..2022-05-05]")).containsEntry("C13", POSSIBLE).containsEntry("C12", POSSIBLE);
        assertThat(heldAt("[2022-05-07..]")).containsEntry("C13", POSSIBLE).containsEntry("C10", CERTAIN);
        assertThat(heldAt("[2011-06..2011-07]"))
                .containsOnlyKeys("C12", "C13")
                .containsEntry("C12", CERTAIN)
                .containsEntry("C13", POSSIBLE);
    }

    @Test
    void deprecatedClaimsAreLeftOutUnlessAskedFor() {
        assertThat(claims.find(ClaimFilter.ALL))
                .extracting(v -> v.state().id().toString())
                .doesNotContain("C3");
        assertThat(claims.find(ClaimFilter.ALL.withRanks(Set.of(Rank.DEPRECATED))))
                .extracting(v -> v.state().id().toString())
                .containsExactly("C3");
    }

    private Version<Claim> correctValidFrom(ClaimId id, Version<Claim> current, String validFrom) {
        ClaimDraft draft = current.state().content();
        ClaimDraft corrected = new ClaimDraft(
                draft.subject(),
                draft.predicate(),
                draft.object(),
                EdtfDate.parse(validFrom),
                draft.validUntil(),
                draft.qualifiers(),
                draft.rank(),
                draft.citations());
        return curation.correct(CURATOR, id, current.number(), corrected, "The statement is dated otherwise");
    }

    /** Stores a claim with the given valid time through a dataset, as any import would. */
    private void store(String id, String from, String until) {
        String validity =
                "\"validFrom\":\"%s\"%s".formatted(from, until == null ? "" : ",\"validUntil\":\"" + until + "\"");
        String line =
                ("{\"type\":\"claim\",\"id\":\"%s\",\"subject\":\"E1\",\"predicate\":\"motto\",\"object\":{\"text\":\"%s\"},"
                                + "%s,\"rank\":\"NORMAL\",\"citations\":[{\"source\":\"S2\",\"quote\":\"q\",\"modality\":\"STATED\"}]}")
                        .formatted(id, id, validity);
        load(new ByteArrayResource(line.getBytes(StandardCharsets.UTF_8)));
    }

    private Map<String, Certainty> heldAt(String date) {
        EdtfDate when = EdtfDate.parse(date);
        List<Version<Claim>> found =
                claims.find(ClaimFilter.ALL.withPredicates(Set.of("motto")).withValidAt(when));
        Map<String, Certainty> answer = new LinkedHashMap<>();
        for (Version<Claim> v : found) {
            Optional<Certainty> certainty = v.state().validTime().during(when);
            assertThat(certainty)
                    .as("%s is returned for %s, so it may have held", v.state().id(), date)
                    .isPresent();
            answer.put(v.state().id().toString(), certainty.orElseThrow());
        }
        return answer;
    }

    @SuppressWarnings("unused")
    private static Instant later(Instant t) {
        return t.plusNanos(1000);
    }
}
