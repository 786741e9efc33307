package org.chancery.api.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.api.GraphQlSliceTest;
import org.chancery.domain.Fixtures;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraftBuilder;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The claims of an entity, by direction and date, and the claims citing a source: each a connection
 * whose count agrees with its edges.
 */
@GraphQlSliceTest
class ClaimQueriesTests {

    private static final String ENTITY_CLAIMS = """
            query($id: ID!, $direction: Direction, $validAt: Date) {
              entity(id: $id) { claims(direction: $direction, validAt: $validAt) {
                totalCount edges { node { object { ... on Entity { id } } } } } }
            }""";

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    ClaimCuration claims;

    @BeforeEach
    void russiaRecognizesBothRepublics() {
        claims.assertClaim(Fixtures.curator(), Fixtures.russiaRecognizesDonetsk());
        claims.assertClaim(Fixtures.curator(), Fixtures.russiaRecognizesLuhansk());
    }

    @Test
    void theClaimsAboutAnEntityAreItsOutgoingOnes() {
        assertThat(objects("E1", "OUTGOING", null)).containsExactly("E2", "E3");
        assertThat(objects("E1", "INCOMING", null)).isEmpty();
    }

    @Test
    void theClaimsPointingToAnEntityAreItsIncomingOnesAndBothIsTheDefault() {
        assertThat(objects("E2", "INCOMING", null)).containsExactly("E2");
        assertThat(objects("E2", null, null)).containsExactly("E2");
        assertThat(objects("E2", "OUTGOING", null)).isEmpty();
    }

    @Test
    void validAtKeepsTheClaimsThatMayHaveHeldThen() {
        assertThat(objects("E1", "OUTGOING", "2023")).containsExactly("E2", "E3");
        assertThat(objects("E1", "OUTGOING", "2021")).isEmpty();
    }

    @Test
    void theClaimsCitingASourceAreItsClaims() {
        claims.assertClaim(
                Fixtures.curator(),
                ClaimDraftBuilder.aClaim().validFrom("2022-02-22").build());

        graphQl.document("{ source(id: \"S1\") { claims { totalCount edges { node { validFrom { edtf } } } } } }")
                .execute()
                .path("source.claims.totalCount")
                .entity(Integer.class)
                .isEqualTo(3)
                .path("source.claims.edges[*].node.validFrom.edtf")
                .entityList(String.class)
                .containsExactly("2022-02-21", "2022-02-21", "2022-02-22");
        graphQl.document("{ source(id: \"S2\") { claims { totalCount edges { node { id } } } } }")
                .execute()
                .path("source.claims.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    /** The ids of the objects of the claims {@code entity(id).claims} lists, checking its count. */
    private List<String> objects(String id, @Nullable String direction, @Nullable String validAt) {
        Connection claims = graphQl.document(ENTITY_CLAIMS)
                .variable("id", id)
                .variable("direction", direction)
                .variable("validAt", validAt)
                .execute()
                .path("entity.claims")
                .entity(Connection.class)
                .get();
        List<String> objects =
                claims.edges().stream().map(e -> e.node().object().id()).toList();
        assertThat(claims.totalCount()).isEqualTo(objects.size());
        return objects;
    }

    record Connection(int totalCount, List<Edge> edges) {}

    record Edge(Node node) {}

    record Node(Ref object) {}

    record Ref(String id) {}
}
