package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.api.GraphQlErrors.conflict;
import static org.chancery.api.GraphQlErrors.only;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
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
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every mutation of the schema, sent with bearer tokens as a curator's or an admin's script sends it,
 * each refusal with the classification and the field the contract gives it, and nothing changed by it.
 */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(RegistryVersionGuard.class)
class GraphQlCurationTests {

    static final String LPR = "E3";
    static final String PUTIN = "E5";

    /** The text of a source of the tests' own: the quotes of its claims must occur in it. */
    static final String DISPATCH = "Testland and the republics. Testland recognized the Luhansk People's Republic on"
            + " Monday. Its foreign minister spoke of a new chapter. Observers expect more recognitions.";

    static final String RECOGNIZED = "Testland recognized the Luhansk People's Republic on Monday.";

    @Autowired
    HttpGraphQlTester anonymous;

    @Autowired
    AccountAdministration accounts;

    ApiUsers users;
    Curator carla;

    @BeforeEach
    void curators() {
        users = new ApiUsers(anonymous, accounts);
        carla = new Curator(users.as("carla", Role.CURATOR));
    }

    @Test
    void anEntityIsCreatedAndThenCorrectedAsItsSecondRevision() {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "POLITY");
        input.put("name", "Testland");
        input.put("aliases", List.of(Map.of("name", "Тестландия", "language", "ru")));
        input.put("description", "A polity the tests invent.");
        input.put("externalIds", List.of(Map.of("scheme", "wikidata", "value", "Q1")));
        GraphQlTester.Response created = carla.graphQl()
                .documentName("createEntity")
                .variable("input", input)
                .execute();
        created.path("createEntity.entity.revision").entity(Integer.class).isEqualTo(1);
        created.path("createEntity.entity.aliases[0].language")
                .entity(String.class)
                .isEqualTo("ru");
        created.path("createEntity.entity.externalIds[0].url")
                .entity(String.class)
                .isEqualTo("https://www.wikidata.org/wiki/Q1");
        String id = created.path("createEntity.entity.id").entity(String.class).get();

        input.put("id", id);
        input.put("expectedRevision", 1);
        input.put("reason", "Its official name");
        input.put("name", "Republic of Testland");
        GraphQlTester.Response updated = carla.graphQl()
                .documentName("updateEntity")
                .variable("input", input)
                .execute();
        updated.path("updateEntity.entity.revision").entity(Integer.class).isEqualTo(2);
        updated.path("updateEntity.entity.name").entity(String.class).isEqualTo("Republic of Testland");

        anonymous
                .documentName("entity")
                .variable("id", id)
                .execute()
                .path("entity.history[*].action")
                .entityList(String.class)
                .containsExactly("CREATE", "CORRECT");
    }

    @Test
    void aMalformedWikidataIdIsABadRequestNamingTheExternalIdAndChangesNothing() {
        String id = carla.polity("Republic of Typos");
        carla.graphQl()
                .documentName("updateEntity")
                .variable(
                        "input",
                        entityUpdate(id, 1, "Republic of Typos", List.of(Map.of("scheme", "wikidata", "value", "159"))))
                .execute()
                .errors()
                .satisfy(only("BAD_REQUEST", "externalIds[0].value"));

        revisionOfEntity(id).isEqualTo(1);
    }

    @Test
    void anUpdateFromAStaleRevisionIsAConflictNamingTheCurrentRevision() {
        String id = carla.polity("Republic of Races");
        carla.graphQl()
                .documentName("updateEntity")
                .variable("input", entityUpdate(id, 1, "Republic of Races (first)", List.of()))
                .execute()
                .path("updateEntity.entity.revision")
                .entity(Integer.class)
                .isEqualTo(2);

        users.as("dario", Role.CURATOR)
                .documentName("updateEntity")
                .variable("input", entityUpdate(id, 1, "Republic of Races (second)", List.of()))
                .execute()
                .errors()
                .satisfy(conflict(id, 2));
        anonymous
                .documentName("entity")
                .variable("id", id)
                .execute()
                .path("entity.name")
                .entity(String.class)
                .isEqualTo("Republic of Races (first)");
    }

    @Test
    void aMergeMovesTheClaimsToTheSurvivorAndUnmergingMovesThemBack() {
        String survivor = carla.polity("Republic of Unity");
        String merged = carla.polity("Unity Republic");
        String claim = carla.claim(Curator.claim(merged, "recognizes", LPR));

        GraphQlTester.Response merge = carla.graphQl()
                .documentName("mergeEntities")
                .variable(
                        "input",
                        Map.of("survivor", survivor, "merged", merged, "expectedRevision", 1, "summary", "One state"))
                .execute();
        merge.path("mergeEntities.survivor.mergedIds").entityList(String.class).containsExactly(merged);
        merge.path("mergeEntities.merged.revision").entity(Integer.class).isEqualTo(2);
        merge.path("mergeEntities.movedClaims[*].id").entityList(String.class).containsExactly(claim);
        merge.path("mergeEntities.movedClaims[0].subject.id")
                .entity(String.class)
                .isEqualTo(survivor);
        merge.path("mergeEntities.movedClaims[0].revision")
                .entity(Integer.class)
                .isEqualTo(2);

        for (String filter : List.of("subject", "involving")) {
            anonymous
                    .document("{ claims(filter: {%s: \"%s\"}) { edges { node { id } } } }".formatted(filter, merged))
                    .execute()
                    .path("claims.edges[*].node.id")
                    .entityList(String.class)
                    .contains(claim);
        }

        GraphQlTester.Response unmerge = carla.graphQl()
                .documentName("unmergeEntity")
                .variable("input", Map.of("id", merged, "expectedRevision", 2))
                .execute();
        unmerge.path("unmergeEntity.entity.mergedInto").valueIsNull();
        unmerge.path("unmergeEntity.entity.revision").entity(Integer.class).isEqualTo(3);
        anonymous
                .documentName("node")
                .variable("id", claim)
                .execute()
                .path("node.subject.id")
                .entity(String.class)
                .isEqualTo(merged);
        anonymous
                .documentName("entity")
                .variable("id", survivor)
                .execute()
                .path("entity.mergedIds")
                .entityList(String.class)
                .hasSize(0);
    }

    @Test
    void entitiesOfDifferentKindsAreNotMerged() {
        String polity = carla.polity("Republic of Persons");
        carla.graphQl()
                .documentName("mergeEntities")
                .variable("input", Map.of("survivor", polity, "merged", PUTIN, "expectedRevision", 1))
                .execute()
                .errors()
                .satisfy(only("BAD_REQUEST", "merged"));
        anonymous
                .documentName("entity")
                .variable("id", PUTIN)
                .execute()
                .path("entity.mergedInto")
                .valueIsNull();
    }

    @Test
    void aSourceWithItsTextGivesEveryQuoteOfItItsPosition() throws NoSuchAlgorithmException {
        GraphQlTester.Response created = carla.graphQl()
                .documentName("createSource")
                .variable("input", Curator.source("Testland recognizes the LPR", DISPATCH, Curator.VINDOBONA))
                .execute();
        created.path("createSource.source.revision").entity(Integer.class).isEqualTo(1);
        created.path("createSource.source.text").entity(String.class).isEqualTo(DISPATCH);
        created.path("createSource.source.retrievedOn").entity(String.class).isEqualTo("2022-05-07");
        created.path("createSource.source.textSha256").entity(String.class).isEqualTo(sha256(DISPATCH));
        String source =
                created.path("createSource.source.id").entity(String.class).get();

        Map<String, Object> input = Curator.claim(carla.polity("Testland"), "recognizes", LPR);
        input.put("citations", List.of(Curator.citation(source, RECOGNIZED)));
        carla.graphQl()
                .documentName("assertClaim")
                .variable("input", input)
                .execute()
                .path("assertClaim.claim.citations[0].quotePosition")
                .entity(Integer.class)
                .isEqualTo(DISPATCH.indexOf(RECOGNIZED));

        input.put("citations", List.of(Curator.citation(source, "Testland recognized Atlantis.")));
        carla.graphQl()
                .documentName("assertClaim")
                .variable("input", input)
                .execute()
                .errors()
                .satisfy(only("BAD_REQUEST", "citations[0].quote"));
        anonymous
                .documentName("source")
                .variable("id", source)
                .execute()
                .path("source.text")
                .valueIsNull();
    }

    @Test
    void aNewTextThatDropsACitedQuoteIsABadRequestNamingTheText() {
        String source = carla.source("Testland's foreign minister", DISPATCH);
        Map<String, Object> claim = Curator.claim(carla.polity("Testland of Quotes"), "recognizes", LPR);
        claim.put("citations", List.of(Curator.citation(source, RECOGNIZED)));
        carla.claim(claim);

        Map<String, Object> update =
                Curator.source("Testland's foreign minister", "Observers expect more.", Curator.VINDOBONA);
        update.put("id", source);
        update.put("expectedRevision", 1);
        update.put("reason", "The outlet shortened the article");
        carla.graphQl()
                .documentName("updateSource")
                .variable("input", update)
                .execute()
                .errors()
                .satisfy(only("BAD_REQUEST", "text"));
        carla.graphQl()
                .documentName("source")
                .variable("id", source)
                .execute()
                .path("source.text")
                .entity(String.class)
                .isEqualTo(DISPATCH);

        String longer = DISPATCH + " The embassy opens next year.";
        update.put("text", longer);
        GraphQlTester.Response updated = carla.graphQl()
                .documentName("updateSource")
                .variable("input", update)
                .execute();
        updated.path("updateSource.source.revision").entity(Integer.class).isEqualTo(2);
        updated.path("updateSource.source.text").entity(String.class).isEqualTo(longer);
    }

    @Test
    void anObjectOfTheWrongKindIsABadRequestNamingTheObject() {
        String polity = carla.polity("Republic of Category Errors");
        carla.graphQl()
                .documentName("assertClaim")
                .variable("input", Curator.claim(polity, "recognizes", PUTIN))
                .execute()
                .errors()
                .satisfy(only("BAD_REQUEST", "object"));

        claimsAbout(polity).isEqualTo(0);
    }

    @Test
    void aClaimThatEndsBeforeItStartsIsABadRequestNamingValidUntil() {
        String polity = carla.polity("Republic of Backwards Time");
        Map<String, Object> input = Curator.claim(polity, "recognizes", LPR);
        input.put("validFrom", "2022-05");
        input.put("validUntil", "2022-04");
        carla.graphQl()
                .documentName("assertClaim")
                .variable("input", input)
                .execute()
                .errors()
                .satisfy(only("BAD_REQUEST", "validUntil"));

        claimsAbout(polity).isEqualTo(0);
    }

    @Test
    void aClaimIsCorrectedDeprecatedRestoredAndRevertedKeepingEveryRevision() {
        String polity = carla.polity("Republic of Revisions");
        Map<String, Object> input = Curator.claim(polity, "recognizes", LPR);
        input.put("rank", "PREFERRED");
        String claim = carla.claim(input);

        Map<String, Object> corrected = new HashMap<>(input);
        corrected.put("validFrom", "2022-02-22");
        carla.graphQl()
                .documentName("correctClaim")
                .variable("input", Curator.correction(claim, 1, corrected, "The decree took effect a day later"))
                .execute()
                .path("correctClaim.claim.validFrom.edtf")
                .entity(String.class)
                .isEqualTo("2022-02-22");

        GraphQlTester.Response deprecated = carla.graphQl()
                .documentName("deprecateClaim")
                .variable("input", Map.of("id", claim, "expectedRevision", 2, "reason", "No such recognition"))
                .execute();
        deprecated.path("deprecateClaim.claim.rank").entity(String.class).isEqualTo("DEPRECATED");
        deprecated
                .path("deprecateClaim.claim.deprecationReason")
                .entity(String.class)
                .isEqualTo("No such recognition");

        GraphQlTester.Response restored = carla.graphQl()
                .documentName("restoreClaim")
                .variable("input", Map.of("id", claim, "expectedRevision", 3, "summary", "It happened after all"))
                .execute();
        restored.path("restoreClaim.claim.rank").entity(String.class).isEqualTo("PREFERRED");
        restored.path("restoreClaim.claim.deprecationReason").valueIsNull();

        GraphQlTester.Response reverted = carla.graphQl()
                .documentName("revertClaim")
                .variable("input", Map.of("id", claim, "expectedRevision", 4, "toRevision", 1))
                .execute();
        reverted.path("revertClaim.claim.revision").entity(Integer.class).isEqualTo(5);
        reverted.path("revertClaim.claim.validFrom.edtf").entity(String.class).isEqualTo("2022-02-21");

        anonymous
                .documentName("claimHistory")
                .variable("id", claim)
                .execute()
                .path("claim.history[*].action")
                .entityList(String.class)
                .containsExactly("CREATE", "CORRECT", "DEPRECATE", "RESTORE", "REVERT");
    }

    @Test
    void aBlankDeprecationReasonIsABadRequestNamingTheReason() {
        String claim = carla.claim(Curator.claim(carla.polity("Republic of Silence"), "recognizes", LPR));
        carla.graphQl()
                .documentName("deprecateClaim")
                .variable("input", Map.of("id", claim, "expectedRevision", 1, "reason", "  "))
                .execute()
                .errors()
                .satisfy(only("BAD_REQUEST", "reason"));

        GraphQlTester.Response unchanged =
                anonymous.documentName("claim").variable("id", claim).execute();
        unchanged.path("claim.rank").entity(String.class).isEqualTo("NORMAL");
        unchanged.path("claim.revision").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void aDeprecationOfAStaleRevisionIsAConflictAndOfNoClaimIsNotFound() {
        String claim = carla.claim(Curator.claim(carla.polity("Republic of Haste"), "recognizes", LPR));
        carla.graphQl()
                .documentName("deprecateClaim")
                .variable("input", Map.of("id", claim, "expectedRevision", 1, "reason", "Wrong"))
                .execute()
                .path("deprecateClaim.claim.revision")
                .entity(Integer.class)
                .isEqualTo(2);

        carla.graphQl()
                .documentName("restoreClaim")
                .variable("input", Map.of("id", claim, "expectedRevision", 1))
                .execute()
                .errors()
                .satisfy(conflict(claim, 2));
        carla.graphQl()
                .documentName("deprecateClaim")
                .variable("input", Map.of("id", "C999999", "expectedRevision", 1, "reason", "Wrong"))
                .execute()
                .errors()
                .satisfy(only("NOT_FOUND"));
    }

    @Test
    void anotherCuratorReviewsARevisionButNotTheirOwnNorOneThatDoesNotExist() {
        String claim = carla.claim(Curator.claim(carla.polity("Republic of Second Opinions"), "recognizes", LPR));

        carla.graphQl()
                .documentName("reviewRevision")
                .variable("objectId", claim)
                .variable("revision", 1)
                .execute()
                .errors()
                .satisfy(only("FORBIDDEN"));
        GraphQlTester.Response review = users.as("dario", Role.CURATOR)
                .documentName("reviewRevision")
                .variable("objectId", claim)
                .variable("revision", 1)
                .execute();
        review.path("reviewRevision.review.reviewer").entity(String.class).isEqualTo("dario");
        review.path("reviewRevision.objectId").entity(String.class).isEqualTo(claim);
        review.path("reviewRevision.revision").entity(Integer.class).isEqualTo(1);
        carla.graphQl()
                .documentName("reviewRevision")
                .variable("objectId", claim)
                .variable("revision", 2)
                .execute()
                .errors()
                .satisfy(only("NOT_FOUND"));
    }

    @Test
    void aTokenAskedForWithAWrongPasswordIsUnauthorized() {
        String username = users.user(ApiUsers.unique("forgetful"), Role.CURATOR);
        anonymous
                .documentName("issueApiToken")
                .variable(
                        "input", Map.of("username", username, "password", "not the password at all", "label", "laptop"))
                .execute()
                .errors()
                .satisfy(only("UNAUTHORIZED"));

        assertThat(accounts.tokens(Actor.user(username, Role.CURATOR))).isEmpty();
    }

    @Test
    void aTokenIsRevokedByItsOwnerButNotByAnotherCurator() {
        String username = users.user(ApiUsers.unique("owner"), Role.CURATOR);
        GraphQlTester.Response issued = anonymous
                .documentName("issueApiToken")
                .variable("input", Map.of("username", username, "password", ApiUsers.PASSWORD, "label", "newsroom"))
                .execute();
        issued.path("createApiToken.secret")
                .entity(String.class)
                .satisfies(secret -> assertThat(secret).startsWith(AccountAdministration.TOKEN_PREFIX));
        issued.path("createApiToken.token.owner").entity(String.class).isEqualTo(username);
        issued.path("createApiToken.token.label").entity(String.class).isEqualTo("newsroom");
        String id = issued.path("createApiToken.token.id").entity(String.class).get();
        HttpGraphQlTester owner = users.bearing(
                issued.path("createApiToken.secret").entity(String.class).get());

        users.as("dario", Role.CURATOR)
                .documentName("revokeApiToken")
                .variable("id", id)
                .execute()
                .errors()
                .satisfy(only("FORBIDDEN"));
        owner.documentName("viewer")
                .execute()
                .path("viewer.apiTokens[0].revokedAt")
                .valueIsNull();

        GraphQlTester.Response revoked = users.as(username, Role.CURATOR)
                .documentName("revokeApiToken")
                .variable("id", id)
                .execute();
        revoked.path("revokeApiToken.token.id").entity(String.class).isEqualTo(id);
        revoked.path("revokeApiToken.token.revokedAt").hasValue();
        assertThat(accounts.authenticateToken(issued.path("createApiToken.secret")
                        .entity(String.class)
                        .get()))
                .isEmpty();
    }

    @Test
    void anAdminAddsAndChangesUsersAndACuratorMayNot() {
        HttpGraphQlTester admin = users.as(ApiUsers.unique("ada"), Role.ADMIN);
        String username = ApiUsers.unique("newcomer");

        GraphQlTester.Response created = admin.documentName("createUser")
                .variable("input", Map.of("username", username, "role", "READER", "password", "ada gave me this one"))
                .execute();
        created.path("createUser.user.role").entity(String.class).isEqualTo("READER");
        created.path("createUser.user.disabled").entity(Boolean.class).isEqualTo(false);
        created.path("createUser.user.passwordChangeRequired")
                .entity(Boolean.class)
                .isEqualTo(true);
        // as on their account page, the first time they sign in
        accounts.changePassword(
                Actor.user(username, Role.READER), "ada gave me this one", ApiUsers.PASSWORD, null, null);
        GraphQlTester.Response promoted = admin.documentName("updateUser")
                .variable("input", Map.of("username", username, "role", "CURATOR"))
                .execute();
        promoted.path("updateUser.user.username").entity(String.class).isEqualTo(username);
        promoted.path("updateUser.user.role").entity(String.class).isEqualTo("CURATOR");
        users.as(username, Role.CURATOR)
                .documentName("viewer")
                .execute()
                .path("viewer.role")
                .entity(String.class)
                .isEqualTo("CURATOR");
        admin.documentName("updateUser")
                .variable("input", Map.of("username", username, "disabled", true))
                .execute()
                .path("updateUser.user.disabled")
                .entity(Boolean.class)
                .isEqualTo(true);

        carla.graphQl()
                .documentName("createUser")
                .variable(
                        "input",
                        Map.of("username", ApiUsers.unique("intruder"), "role", "ADMIN", "password", ApiUsers.PASSWORD))
                .execute()
                .errors()
                .satisfy(only("FORBIDDEN"));
        carla.graphQl()
                .documentName("updateUser")
                .variable("input", Map.of("username", "carla", "role", "ADMIN"))
                .execute()
                .errors()
                .satisfy(only("FORBIDDEN"));
        admin.documentName("updateUser")
                .variable("input", Map.of("username", ApiUsers.unique("nobody"), "role", "ADMIN"))
                .execute()
                .errors()
                .satisfy(only("NOT_FOUND"));
        carla.graphQl()
                .documentName("viewer")
                .execute()
                .path("viewer.role")
                .entity(String.class)
                .isEqualTo("CURATOR");
    }

    @Test
    void anAdminAddsAndChangesPredicatesAndACuratorMayNot() {
        HttpGraphQlTester admin = users.as(ApiUsers.unique("ada"), Role.ADMIN);
        String key = ApiUsers.unique("hosts_talks").replace('-', '_');
        Map<String, Object> predicate = new HashMap<>();
        predicate.put("key", key);
        predicate.put("label", "hosts talks of");
        predicate.put("inverseLabel", "holds talks hosted by");
        predicate.put("subjectKinds", List.of("POLITY"));
        predicate.put("objectType", "ENTITY");
        predicate.put("objectKinds", List.of("POLITY"));
        predicate.put("symmetric", false);

        carla.graphQl()
                .documentName("createPredicate")
                .variable("input", predicate)
                .execute()
                .errors()
                .satisfy(only("FORBIDDEN"));
        GraphQlTester.Response created = admin.documentName("createPredicate")
                .variable("input", predicate)
                .execute();
        created.path("createPredicate.predicate.key").entity(String.class).isEqualTo(key);
        created.path("createPredicate.predicate.subjectKinds")
                .entityList(String.class)
                .containsExactly("POLITY");

        predicate.put("label", "hosts the talks of");
        predicate.put("cameoCode", "043");
        carla.graphQl()
                .documentName("updatePredicate")
                .variable("input", predicate)
                .execute()
                .errors()
                .satisfy(only("FORBIDDEN"));
        GraphQlTester.Response updated = admin.documentName("updatePredicate")
                .variable("input", predicate)
                .execute();
        updated.path("updatePredicate.predicate.label").entity(String.class).isEqualTo("hosts the talks of");
        updated.path("updatePredicate.predicate.cameoCode").entity(String.class).isEqualTo("043");

        anonymous
                .documentName("predicates")
                .execute()
                .path("predicates[?(@.key == '" + key + "')].label")
                .entityList(String.class)
                .containsExactly("hosts the talks of");
        String host = carla.polity("Republic of Hosts");
        carla.graphQl()
                .documentName("assertClaim")
                .variable("input", Curator.claim(host, key, LPR))
                .execute()
                .path("assertClaim.claim.predicate.key")
                .entity(String.class)
                .isEqualTo(key);
    }

    private static Map<String, Object> entityUpdate(
            String id, int expectedRevision, String name, List<Map<String, String>> externalIds) {
        return Map.of(
                "id", id,
                "expectedRevision", expectedRevision,
                "reason", "As the source spells it",
                "kind", "POLITY",
                "name", name,
                "externalIds", externalIds);
    }

    private GraphQlTester.Entity<Integer, ?> revisionOfEntity(String id) {
        return anonymous
                .documentName("entity")
                .variable("id", id)
                .execute()
                .path("entity.revision")
                .entity(Integer.class);
    }

    private GraphQlTester.Entity<Integer, ?> claimsAbout(String entity) {
        return anonymous
                .documentName("claims")
                .variable("filter", Map.of("involving", entity, "ranks", List.of("PREFERRED", "NORMAL", "DEPRECATED")))
                .execute()
                .path("claims.totalCount")
                .entity(Integer.class);
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
