package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.StatementCounter;
import org.chancery.data.dataset.DatasetImport;
import org.chancery.data.dataset.Progress;
import org.chancery.domain.security.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;

/** Reads over HTTP as a front end makes them: no cookie, no token, the founding dataset loaded. */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(StatementCounter.class)
class GraphQlReadTests {

    /** Russia, the Donetsk and Luhansk People's Republics, and the article, in the founding dataset. */
    static final String RUSSIA = "E1";

    static final String DPR = "E2";
    static final String LPR = "E3";
    static final String ARTICLE = "S1";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    StatementCounter statements;

    @Autowired
    DatasetImport datasets;

    @Test
    void searchFindsAnEntityByAnAliasIgnoringCaseAndAccents() {
        graphQl.documentName("searchEntities")
                .variable("search", "LUGÁNSK")
                .execute()
                .path("entities.edges[*].node.id")
                .entityList(String.class)
                .contains(LPR);
    }

    @Test
    void entitiesArePagedByKeysetCursorsAcrossPages() {
        var first = graphQl.documentName("searchEntities").variable("first", 5).execute();
        List<String> page1 =
                first.path("entities.edges[*].node.id").entityList(String.class).get();
        String end =
                first.path("entities.pageInfo.endCursor").entity(String.class).get();
        int total = first.path("entities.totalCount").entity(Integer.class).get();
        first.path("entities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);

        var second = graphQl.documentName("searchEntities")
                .variable("first", 5)
                .variable("after", end)
                .execute();
        List<String> page2 = second.path("entities.edges[*].node.id")
                .entityList(String.class)
                .get();
        second.path("entities.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

        assertThat(page1).hasSize(5);
        assertThat(page2).hasSize(5).doesNotContainAnyElementsOf(page1);
        assertThat(total).isGreaterThan(10);
    }

    @Test
    void moreThanAHundredAPageIsABadRequestNamingFirst() {
        graphQl.documentName("searchEntities")
                .variable("first", 101)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                    assertThat(e.getExtensions()).containsEntry("field", "first");
                }));
    }

    @Test
    void whoRecognizedTheLprOnADateSaysHowSurely() {
        var answer = graphQl.documentName("recognizedBy")
                .variable("id", LPR)
                .variable("on", "2022-03")
                .execute();
        answer.path("claims.edges[*].node.subject.id").entityList(String.class).containsExactly(RUSSIA);
        answer.path("claims.edges[0].certainty").entity(String.class).isEqualTo("CERTAIN");

        graphQl.documentName("recognizedBy")
                .variable("id", LPR)
                .variable("on", "2022-02")
                .execute()
                .path("claims.edges[0].certainty")
                .entity(String.class)
                .isEqualTo("POSSIBLE");
        graphQl.documentName("recognizedBy")
                .variable("id", LPR)
                .variable("on", "2021")
                .execute()
                .path("claims.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void anEntityPageLoadsInTheSameFewStatementsWhateverItsNumberOfClaims() {
        datasets.importFile(entityWithClaims(901, 5), Actor.SYSTEM, Progress.NONE);
        datasets.importFile(entityWithClaims(902, 100), Actor.SYSTEM, Progress.NONE);

        int few = statementsFor("E901");
        int many = statementsFor("E902");

        assertThat(many).isLessThanOrEqualTo(8).isEqualTo(few);
        graphQl.documentName("entityPage")
                .variable("id", "E902")
                .execute()
                .path("entity.claims.edges")
                .entityList(Map.class)
                .hasSize(100);
    }

    /**
     * A dataset of one new polity with {@code claims} claims of every shape: entity, text and date
     * objects, qualifiers, attribution chains and citations of the founding article.
     */
    private static Resource entityWithClaims(int id, int claims) {
        StringBuilder file = new StringBuilder();
        file.append("{\"type\":\"entity\",\"id\":\"E%d\",\"kind\":\"POLITY\",\"name\":\"Test polity %d\"}\n"
                .formatted(id, id));
        for (int i = 0; i < claims; i++) {
            String object = i % 3 == 0
                    ? "{\"entity\":\"E1\"},\"validFrom\":\"2022-0%d\"".formatted(1 + i % 9)
                    : "{\"entity\":\"E2\"},\"validFrom\":\"[..2022-05-06]\"";
            file.append(("{\"type\":\"claim\",\"id\":\"C%d\",\"subject\":\"E%d\",\"predicate\":\"recognizes\","
                            + "\"object\":%s,\"qualifiers\":[{\"predicate\":\"on_behalf_of\",\"value\":{\"entity\":\"E3\"}},"
                            + "{\"predicate\":\"level\",\"value\":{\"text\":\"embassy\"}}],\"rank\":\"NORMAL\","
                            + "\"citations\":[{\"source\":\"S1\",\"quote\":\"Russia\",\"attribution\":[{\"entity\":\"E13\"},"
                            + "{\"entity\":\"E14\"},{\"text\":\"an official\"}],\"modality\":\"ATTRIBUTED\"}]}\n")
                    .formatted(id * 1000 + i, id, object));
        }
        return new ByteArrayResource(file.toString().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "entity-" + id + ".ndjson";
            }
        };
    }

    @Test
    void theClaimsOfEveryEntityOfAListLoadInOneBatchAndMatchEachEntitysOwn() {
        statements.reset();
        var few =
                afresh().documentName("entitiesWithClaims").variable("first", 3).execute();
        few.path("entities.edges").entityList(Map.class).hasSize(3);
        int forFew = statements.count();
        statements.reset();
        var many = afresh().documentName("entitiesWithClaims")
                .variable("first", 30)
                .execute();
        int forMany = statements.count();

        assertThat(forMany).isEqualTo(forFew);
        List<String> ids =
                many.path("entities.edges[*].node.id").entityList(String.class).get();
        for (int i = 0; i < ids.size(); i++) {
            List<String> batched = many.path("entities.edges[%d].node.claims.edges[*].node.id".formatted(i))
                    .entityList(String.class)
                    .get();
            List<String> own = graphQl.document(
                            "query($id: ID!) { entity(id: $id) { claims(first: 5) { edges { node { id } } } } }")
                    .variable("id", ids.get(i))
                    .execute()
                    .path("entity.claims.edges[*].node.id")
                    .entityList(String.class)
                    .get();
            assertThat(batched).as(ids.get(i)).isEqualTo(own);
        }
        graphQl.documentName("entitiesWithClaims")
                .variable("first", 30)
                .variable("direction", "OUTGOING")
                .execute()
                .path("entities.edges[0].node.claims.edges[*].node.subject.id")
                .entityList(String.class)
                .satisfies(subjects -> assertThat(subjects).containsOnly(ids.get(0)));
    }

    @Test
    void sourcesWithTheirClaimsCostTheSameForShortAndLongPages() {
        String sources = "query($first: Int) { sources(first: $first) { edges { node { id claims(first: 3) {"
                + " edges { node { id } } } } } } }";
        statements.reset();
        afresh().document(sources)
                .variable("first", 1)
                .execute()
                .path("sources.edges")
                .hasValue();
        int one = statements.count();
        statements.reset();
        afresh().document(sources)
                .variable("first", 50)
                .execute()
                .path("sources.edges")
                .hasValue();

        assertThat(statements.count()).isEqualTo(one);
    }

    @Test
    void recentChangesLoadTheirStatesInOneStatementPerKindOfObject() {
        statements.reset();
        afresh().document("{ recentChanges(first: 100) { edges { node { objectId state } } } }")
                .execute()
                .path("recentChanges.edges[*].node.state")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() {})
                .satisfies(states -> assertThat(states)
                        .hasSizeGreaterThan(50)
                        .allSatisfy(state -> assertThat(state).containsKey("id")));

        assertThat(statements.count())
                .as("the changes, then entities, sources and claims")
                .isLessThanOrEqualTo(4);
    }

    @Test
    void eachQueryOfTheTourCostsTheSameFewStatementsHoweverLargeItsAnswer() throws IOException {
        List<String> tour = new ArrayList<>();
        Matcher block = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("..", "docs", "graphql.md")));
        while (block.find()) {
            tour.add(block.group(1));
        }
        assertThat(tour).hasSizeGreaterThanOrEqualTo(5);
        List<Map<String, Object>> before = List.of(
                Map.of("id", "E903"), Map.of("id", "E903"), Map.of("id", RUSSIA, "on", "2022"), Map.of("id", ARTICLE));
        datasets.importFile(entityWithClaims(903, 2), Actor.SYSTEM, Progress.NONE);
        int[] small = new int[5];
        for (int i = 0; i < 5; i++) {
            small[i] = statementsFor(tour.get(i), i < 4 ? before.get(i) : Map.of());
        }

        datasets.importFile(entityWithClaims(904, 100), Actor.SYSTEM, Progress.NONE);
        List<Map<String, Object>> after = List.of(
                Map.of("id", "E904"), Map.of("id", "E904"), Map.of("id", RUSSIA, "on", "2022"), Map.of("id", ARTICLE));
        for (int i = 0; i < 5; i++) {
            assertThat(statementsFor(tour.get(i), i < 4 ? after.get(i) : Map.of()))
                    .as("query %d of docs/graphql.md", i + 1)
                    .isEqualTo(small[i])
                    .isLessThanOrEqualTo(8);
        }
    }

    @Test
    void theSourceTextIsForCuratorsOnlyButItsQuotesAndHashArePublic() {
        var source =
                graphQl.documentName("sourceQuotes").variable("id", ARTICLE).execute();
        source.path("source.text").valueIsNull();
        source.path("source.textSha256")
                .entity(String.class)
                .satisfies(h -> assertThat(h).hasSize(64));
        source.path("source.claims.edges[*].node.citations[*].attribution[*].entity.name")
                .entityList(String.class)
                .contains("TASS");
    }

    @Test
    void badInputIsABadRequestNamingTheFieldAndLeaksNothing() {
        graphQl.document("{ claims(filter: {subject: \"X1\"}) { totalCount } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions())
                            .containsEntry("classification", "BAD_REQUEST")
                            .containsEntry("field", "filter.subject");
                    assertThat(e.getMessage()).doesNotContain("Exception", "org.", "java.");
                }));
        graphQl.document("{ claims(filter: {validAt: \"2013-13\"}) { totalCount } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .first()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
        graphQl.document("{ entity(id: \"E99999\") { name } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "NOT_FOUND")));
    }

    @Test
    void anAnonymousMutationIsUnauthorizedAndChangesNothing() {
        graphQl.document(
                        "mutation { deprecateClaim(input: {id: \"C1\", expectedRevision: 1, reason: \"wrong\"}) { claim { rank } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
        graphQl.documentName("claimHistory")
                .variable("id", "C1")
                .execute()
                .path("claim.history")
                .entityList(Map.class)
                .hasSize(1);
    }

    @Test
    void tooDeepAQueryIsRefusedBeforeItReadsAnything() {
        statements.reset();
        graphQl.document("{ entity(id: \"E1\") { claims { edges { node { subject { claims { edges { node { subject {"
                        + " claims { edges { node { id } } } } } } } } } } } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).first().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                    assertThat(e.getMessage()).contains("depth");
                }));
        assertThat(statements.count()).isZero();
    }

    /** The same client, asking for answers afresh: the statements counted are the query's, not the cache's. */
    private GraphQlTester afresh() {
        return graphQl.mutate().header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /** The statements {@code query} costs when run afresh with {@code variables}; it must answer without errors. */
    private int statementsFor(String query, Map<String, Object> variables) {
        statements.reset();
        var request = afresh().document(query);
        variables.forEach(request::variable);
        request.execute().errors().verify();
        return statements.count();
    }

    private int statementsFor(String entity) {
        statements.reset();
        afresh().documentName("entityPage")
                .variable("id", entity)
                .execute()
                .path("entity.id")
                .hasValue();
        return statements.count();
    }
}
