package org.chancery.api.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.api.GraphQlSliceTest;
import org.chancery.domain.ClaimId;
import org.chancery.domain.Fixtures;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraftBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** {@code node(id)} answers an object of each kind as its own type, and tells a missing one from a bad id. */
@GraphQlSliceTest
class NodeControllerTests {

    private static final String NODE = "query($id: ID!) { node(id: $id) { __typename id } }";

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    ClaimCuration claims;

    @Test
    void anIdOfEachKindIsAnsweredAsItsOwnType() {
        ClaimId claim = claims.assertClaim(
                        Fixtures.curator(), ClaimDraftBuilder.aClaim().build())
                .state()
                .id();

        assertNode(Fixtures.DONETSK.toString(), "Entity");
        assertNode(Fixtures.TASS_REPORT.toString(), "Source");
        assertNode(claim.toString(), "Claim");
    }

    @ParameterizedTest
    @ValueSource(strings = {"E999", "S999", "C999"})
    void anIdOfNoObjectIsNotFound(String id) {
        graphQl.document(NODE)
                .variable("id", id)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .extracting(ResponseError::getErrorType)
                        .isEqualTo(ErrorType.NOT_FOUND));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X1", "E", "E01", "1", ""})
    void textThatIsNoIdIsRefusedNamingTheArgument(String id) {
        graphQl.document(NODE)
                .variable("id", id)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getExtensions()).containsEntry("field", "id");
                }));
    }

    private void assertNode(String id, String type) {
        graphQl.document(NODE)
                .variable("id", id)
                .execute()
                .path("node.__typename")
                .entity(String.class)
                .isEqualTo(type)
                .path("node.id")
                .entity(String.class)
                .isEqualTo(id);
    }
}
