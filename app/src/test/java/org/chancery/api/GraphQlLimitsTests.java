package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.api.GraphQlErrors.refused;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The limits that keep one query from costing the server too much, with their default settings: each
 * refuses a query as a BAD_REQUEST naming the limit, before the query sends a single SQL statement.
 */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(StatementCounter.class)
class GraphQlLimitsTests {

    static final int MAX_ALIASES = 30;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    StatementCounter statements;

    @Test
    void moreAliasesThanTheLimitAreRefusedBeforeAnyStatement() {
        statements.reset();
        graphQl.document(aliasing(MAX_ALIASES + 1))
                .execute()
                .errors()
                .satisfy(refused("aliases", String.valueOf(MAX_ALIASES)));
        assertThat(statements.count()).isZero();
    }

    @Test
    void asManyAliasesAsTheLimitAreAnswered() {
        graphQl.document(aliasing(MAX_ALIASES))
                .execute()
                .path("a" + MAX_ALIASES + ".name")
                .entity(String.class)
                .isEqualTo("Russia");
    }

    @Test
    void tooComplexAQueryIsRefusedBeforeAnyStatement() {
        // each field counts as often as it is written, though GraphQL answers it once
        String query = "{ entity(id: \"E1\") {" + " name".repeat(1_200) + " } }";
        statements.reset();
        graphQl.document(query).execute().errors().satisfy(refused("complexity"));
        assertThat(statements.count()).isZero();
    }

    @Test
    void tooLongADocumentIsRefusedBeforeAnyStatement() {
        String query = "{ entity(id: \"E1\") { name } }" + " ".repeat(20_000);
        statements.reset();
        graphQl.document(query).execute().errors().satisfy(refused("20,000 characters"));
        assertThat(statements.count()).isZero();
    }

    @Test
    void aDocumentOfTooManyTokensIsRefusedBeforeAnyStatement() {
        String query = "{ entity(id: \"E1\") {" + " name".repeat(3_000) + " } }";
        statements.reset();
        graphQl.document(query).execute().errors().satisfy(refused("3,000", "tokens"));
        assertThat(statements.count()).isZero();
    }

    @Test
    void graphiqlsIntrospectionQueryIsAnswered() {
        var schema = graphQl.documentName("introspection").execute();

        schema.path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
        schema.path("__schema.mutationType.name").entity(String.class).isEqualTo("Mutation");
        schema.path("__schema.types[*].name").entityList(String.class).contains("Claim", "Entity", "ClaimFilter");
        schema.path("__schema.types[?(@.name == 'ClaimConnection')].fields[*].type.ofType.ofType.ofType.name")
                .entityList(String.class)
                .contains("ClaimEdge");
    }

    /** A query of {@code count} aliased fields, each asking for Russia's name. */
    private static String aliasing(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "a%d: entity(id: \"E1\") { name }".formatted(i))
                .collect(Collectors.joining(" ", "{ ", " }"));
    }
}
