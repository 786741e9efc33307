package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.RegistryVersionGuard;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Changes through the API with bearer tokens, as a newsroom's importer or a curator's script makes them. */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(RegistryVersionGuard.class)
class GraphQlMutationTests {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    HttpGraphQlTester anonymous;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    WebTestClient web;

    HttpGraphQlTester maria;
    HttpGraphQlTester bruno;

    /** The subject of this test's recognitions, a polity of its own: no claim may repeat another's. */
    String recognizer;

    @BeforeEach
    void curators() {
        maria = as(user("maria", Role.CURATOR));
        bruno = as(user("bruno", Role.CURATOR));
        recognizer = maria.document(
                        "mutation { createEntity(input: {kind: POLITY, name: \"Recognizer\"}) { entity { id } } }")
                .execute()
                .path("createEntity.entity.id")
                .entity(String.class)
                .get();
    }

    @Test
    void aCorrectionKeepsTheOldStateForKnownAtBeforeIt() {
        String claim = assertRecognition("2022-02-21");
        Instant before = Instant.now();
        maria.documentName("correctClaim")
                .variable("input", recognition(claim, 1, "2022-02-22"))
                .execute()
                .path("correctClaim.claim.revision")
                .entity(Integer.class)
                .isEqualTo(2);

        anonymous
                .documentName("claimHistory")
                .variable("id", claim)
                .variable("knownAt", before.toString())
                .execute()
                .path("claim.validFrom.edtf")
                .entity(String.class)
                .isEqualTo("2022-02-21");
        anonymous
                .documentName("claimHistory")
                .variable("id", claim)
                .execute()
                .path("claim.validFrom.edtf")
                .entity(String.class)
                .isEqualTo("2022-02-22");
        anonymous
                .documentName("claimHistory")
                .variable("id", claim)
                .variable("revision", 1)
                .execute()
                .path("claim.history[*].author")
                .entityList(String.class)
                .containsExactly("maria", "maria");
    }

    @Test
    void namesUnderAKnownAtAnswerAreThoseOfThatMomentToo() {
        String claim = assertRecognition("2022-02-21");
        Instant before = Instant.now();
        int revision = anonymous
                .document("{ entity(id: \"E3\") { revision } }")
                .execute()
                .path("entity.revision")
                .entity(Integer.class)
                .get();
        String old = anonymous
                .document("{ entity(id: \"E3\") { name } }")
                .execute()
                .path("entity.name")
                .entity(String.class)
                .get();
        maria.documentName("renameEntity")
                .variable("id", "E3")
                .variable("expectedRevision", revision)
                .variable("name", "Luhansk Republic (renamed)")
                .variable("kind", "POLITY")
                .execute()
                .path("updateEntity.entity.name")
                .entity(String.class)
                .isEqualTo("Luhansk Republic (renamed)");

        anonymous
                .document(
                        "query($id: ID!, $at: DateTime) { claim(id: $id, knownAt: $at) { object { ... on Entity { name } } } }")
                .variable("id", claim)
                .variable("at", before.toString())
                .execute()
                .path("claim.object.name")
                .entity(String.class)
                .isEqualTo(old);
        maria.documentName("renameEntity")
                .variable("id", "E3")
                .variable("expectedRevision", revision + 1)
                .variable("name", old)
                .variable("kind", "POLITY")
                .execute()
                .path("updateEntity.entity.revision")
                .entity(Integer.class)
                .isEqualTo(revision + 2);
    }

    @Test
    void aStaleCorrectionIsAConflictNamingTheCurrentRevisionAndChangesNothing() {
        String claim = assertRecognition("2022-02-21");
        maria.documentName("correctClaim")
                .variable("input", recognition(claim, 1, "2022-02-22"))
                .execute();

        bruno.documentName("correctClaim")
                .variable("input", recognition(claim, 1, "2022-03-01"))
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions())
                                .containsEntry("classification", "CONFLICT")
                                .containsEntry("currentRevision", 2)));
        anonymous
                .documentName("claimHistory")
                .variable("id", claim)
                .execute()
                .path("claim.validFrom.edtf")
                .entity(String.class)
                .isEqualTo("2022-02-22");
    }

    @Test
    void aQuoteMissingFromTheStoredTextIsABadRequestNamingTheCitation() {
        Map<String, Object> input = recognitionInput("2022-02-21");
        input.put(
                "citations",
                List.of(Map.of("source", "S1", "quote", "Russia recognized Atlantis.", "modality", "STATED")));
        maria.documentName("assertClaim")
                .variable("input", input)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions())
                                .containsEntry("classification", "BAD_REQUEST")
                                .containsEntry("field", "citations[0].quote")));
    }

    @Test
    void aReaderIsForbiddenToChangeAnything() {
        HttpGraphQlTester reader = as(user("rita", Role.READER));
        reader.documentName("assertClaim")
                .variable("input", recognitionInput("2022-02-21"))
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "FORBIDDEN")));
    }

    @Test
    void aRevokedTokenIsRefusedWithHttp401() {
        String secret = token(user("tom", Role.CURATOR));
        String id = accounts.tokens(Actor.user("tom", Role.CURATOR)).get(0).id().toString();
        as(secret)
                .document("mutation($id: ID!) { revokeApiToken(input: {id: $id}) { token { revokedAt } } }")
                .variable("id", id)
                .execute()
                .path("revokeApiToken.token.revokedAt")
                .hasValue();

        web.post()
                .uri("/graphql")
                .header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/json")
                .bodyValue("{\"query\":\"{ viewer { username } }\"}")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void deprecateRestoreAndRevertKeepEveryRevision() {
        String claim = assertRecognition("2022-02-21");
        maria.document(
                        "mutation($id: ID!) { deprecateClaim(input: {id: $id, expectedRevision: 1, reason: \"Wrong date\"}) { claim { rank deprecationReason } } }")
                .variable("id", claim)
                .execute()
                .path("deprecateClaim.claim.rank")
                .entity(String.class)
                .isEqualTo("DEPRECATED");
        anonymous
                .documentName("recognizedBy")
                .variable("id", "E3")
                .execute()
                .path("claims.edges[*].node.id")
                .entityList(String.class)
                .doesNotContain(claim);
        maria.document("mutation($id: ID!) { restoreClaim(input: {id: $id, expectedRevision: 2}) { claim { rank } } }")
                .variable("id", claim)
                .execute()
                .path("restoreClaim.claim.rank")
                .entity(String.class)
                .isEqualTo("PREFERRED");
        maria.document(
                        "mutation($id: ID!) { revertClaim(input: {id: $id, expectedRevision: 3, toRevision: 2}) { claim { rank revision } } }")
                .variable("id", claim)
                .execute()
                .path("revertClaim.claim.revision")
                .entity(Integer.class)
                .isEqualTo(4);
        anonymous
                .documentName("claimHistory")
                .variable("id", claim)
                .execute()
                .path("claim.history[*].action")
                .entityList(String.class)
                .containsExactly("CREATE", "DEPRECATE", "RESTORE", "REVERT");
    }

    @Test
    void nobodyReviewsTheirOwnRevisionButAnotherCuratorMay() {
        String claim = assertRecognition("2022-02-21");
        String review =
                "mutation($id: ID!) { reviewRevision(input: {objectId: $id, revision: 1}) { review { reviewer } } }";
        maria.document(review)
                .variable("id", claim)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "FORBIDDEN")));
        bruno.document(review)
                .variable("id", claim)
                .execute()
                .path("reviewRevision.review.reviewer")
                .entity(String.class)
                .isEqualTo("bruno");
        anonymous
                .documentName("recentChanges")
                .variable("author", "maria")
                .variable("reviewed", true)
                .execute()
                .path("recentChanges.edges[*].node.objectId")
                .entityList(String.class)
                .contains(claim);
    }

    @Test
    void mergeMovesClaimsAndUnmergeMovesThemBack() {
        String duplicate = maria.document(
                        "mutation { createEntity(input: {kind: GROUP, name: \"Most of the world's states\"}) { entity { id } } }")
                .execute()
                .path("createEntity.entity.id")
                .entity(String.class)
                .get();
        Map<String, Object> input = recognitionInput("2022-02-21");
        input.put("subject", duplicate);
        input.put("predicate", "condemns");
        input.put("object", Map.of("entity", "E34"));
        input.remove("rank");
        String claim = maria.documentName("assertClaim")
                .variable("input", input)
                .execute()
                .path("assertClaim.claim.id")
                .entity(String.class)
                .get();

        maria.document(
                        "mutation($m: ID!) { mergeEntities(input: {survivor: \"E36\", merged: $m, expectedRevision: 1}) { survivor { id mergedIds } movedClaims { id subject { id } } } }")
                .variable("m", duplicate)
                .execute()
                .path("mergeEntities.movedClaims[0].subject.id")
                .entity(String.class)
                .isEqualTo("E36");
        anonymous
                .document("query($id: ID!) { entity(id: $id) { id } }")
                .variable("id", duplicate)
                .execute()
                .path("entity.id")
                .entity(String.class)
                .isEqualTo("E36");

        maria.document(
                        "mutation($m: ID!) { unmergeEntity(input: {id: $m, expectedRevision: 2}) { entity { id mergedInto { id } } } }")
                .variable("m", duplicate)
                .execute()
                .path("unmergeEntity.entity.mergedInto")
                .valueIsNull();
        anonymous
                .documentName("claimHistory")
                .variable("id", claim)
                .execute()
                .path("claim.subject.name")
                .entity(String.class)
                .isEqualTo("Most of the world's states");
    }

    /** Asserts, as a claim of the test's own, that the test's recognizer recognizes the LPR (E3), preferred. */
    private String assertRecognition(String validFrom) {
        return maria.documentName("assertClaim")
                .variable("input", recognitionInput(validFrom))
                .execute()
                .path("assertClaim.claim.id")
                .entity(String.class)
                .get();
    }

    private Map<String, Object> recognitionInput(String validFrom) {
        Map<String, Object> input = new HashMap<>();
        input.put("subject", recognizer);
        input.put("predicate", "recognizes");
        input.put("object", Map.of("entity", "E3"));
        input.put("validFrom", validFrom);
        input.put("rank", "PREFERRED");
        input.put(
                "citations",
                List.of(Map.of(
                        "source", "S1",
                        "quote",
                                "Russian President Vladimir Putin recognized the Donetsk and Lugansk People's Republics on February 21.",
                        "modality", "STATED",
                        "attribution", List.of(Map.of("entity", "E13")))));
        return input;
    }

    private Map<String, Object> recognition(String id, int expectedRevision, String validFrom) {
        Map<String, Object> input = recognitionInput(validFrom);
        input.put("id", id);
        input.put("expectedRevision", expectedRevision);
        input.put("reason", "The decree is dated otherwise");
        return input;
    }

    private String user(String name, Role role) {
        if (accounts.users(Actor.SYSTEM).stream().noneMatch(u -> u.username().equals(name))) {
            accounts.createUser(Actor.SYSTEM, name, role, PASSWORD);
        }
        return name;
    }

    private String token(String username) {
        return anonymous
                .documentName("createApiToken")
                .variable("username", username)
                .variable("password", PASSWORD)
                .execute()
                .path("createApiToken.secret")
                .entity(String.class)
                .get();
    }

    private HttpGraphQlTester as(String usernameOrSecret) {
        String secret = usernameOrSecret.startsWith(AccountAdministration.TOKEN_PREFIX)
                ? usernameOrSecret
                : token(usernameOrSecret);
        return anonymous.mutate().header("Authorization", "Bearer " + secret).build();
    }
}
