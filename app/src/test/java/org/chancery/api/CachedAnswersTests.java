package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.StatementCounter;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kept answers are never out of date: random changes, each followed by every question of a set asked as a
 * front end asks it (so kept answers are served) and asked afresh, must get the same JSON, byte for byte.
 * The questions cover each kind of read (an object, its history, lists by each condition, the vocabulary,
 * the recent changes), and the changes each kind of write (new objects, corrections, deprecations, merges
 * and their undoing, reviews, the vocabulary). Kept answers must also outlive changes that do not touch
 * them, or the test would prove nothing.
 */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(StatementCounter.class)
class CachedAnswersTests {

    private static final int CHANGES = 60;

    private static final String ENTITY = """
            query($id: ID!) { entity(id: $id) { id name revision mergedIds mergedInto { id name }
              claims { totalCount edges { node { id rank predicate { key label } subject { id name }
                object { ... on Entity { id name } } validFrom { edtf } citations { quote source { id title } } } } }
              history { number } } }""";
    private static final String CLAIMS = """
            query($filter: ClaimFilter) { claims(filter: $filter) { totalCount
              edges { node { id rank subject { id name } object { ... on Entity { id } } } } } }""";
    private static final String SOURCE = """
            query($id: ID!) { source(id: $id) { id title revision claims { totalCount edges { node { id } } } } }""";
    private static final String NODE = """
            query($id: ID!) { node(id: $id) { id ... on Claim { rank history { number reviews { reviewer } } } } }""";
    private static final String OTHERS = """
            { entities(filter: {search: "Cacheland"}) { totalCount edges { node { id name } } }
              predicates { key label }
              recentChanges(first: 5) { edges { node { objectId number } } } }""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    HttpGraphQlTester anonymous;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    StatementCounter statements;

    @Autowired
    JsonMapper json;

    private final List<String> entities = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> claims = new ArrayList<>();
    private String curator = "";
    private String admin = "";
    private int kept;
    private int applied;

    @Test
    void keptAnswersAgreeWithFreshOnesAfterEveryChange() {
        // a failure names its seed; -Dchancery.test.seed=<it> runs the same changes again
        long seed = Long.getLong("chancery.test.seed", System.nanoTime());
        Random random = new Random(seed);
        ApiUsers users = new ApiUsers(anonymous, accounts);
        curator = users.token(users.user(ApiUsers.unique("cached"), Role.CURATOR));
        admin = users.token(users.user(ApiUsers.unique("cached-admin"), Role.ADMIN));
        for (int i = 0; i < 5; i++) {
            entities.add(id(
                    mutate(
                            curator,
                            "mutation($name: String!) { createEntity(input: {kind: POLITY, name: $name})"
                                    + " { entity { id } } }",
                            Map.of("name", "Cacheland " + i)),
                    "createEntity",
                    "entity"));
        }
        for (int i = 0; i < 2; i++) {
            sources.add(id(
                    mutate(
                            curator,
                            "mutation($input: CreateSourceInput!) { createSource(input: $input)"
                                    + " { source { id } } }",
                            Map.of("input", Map.of("kind", "NEWS_ARTICLE", "title", "Cache report " + i))),
                    "createSource",
                    "source"));
        }
        for (int i = 0; i < 4; i++) {
            assertClaim(random);
        }

        for (int change = 0; change < CHANGES; change++) {
            String made = change(random);
            askEverything(made + " (seed " + seed + ", change " + change + ")");
        }
        assertThat(applied).as("changes the registry made").isGreaterThan(CHANGES / 2);
        assertThat(kept)
                .as("answers served as kept, which changes elsewhere left current")
                .isGreaterThan(CHANGES * 3);
    }

    /** Asks each question twice as a front end does, then afresh, and compares. */
    private void askEverything(String after) {
        List<Map.Entry<String, Map<String, Object>>> questions = new ArrayList<>();
        entities.forEach(id -> questions.add(Map.entry(ENTITY, Map.of("id", id))));
        sources.forEach(id -> questions.add(Map.entry(SOURCE, Map.of("id", id))));
        claims.forEach(id -> questions.add(Map.entry(NODE, Map.of("id", id))));
        for (String entity : entities.subList(0, 2)) {
            for (String condition : List.of("subject", "object", "involving")) {
                questions.add(Map.entry(CLAIMS, Map.of("filter", Map.of(condition, entity))));
            }
            questions.add(Map.entry(CLAIMS, Map.of("filter", Map.of("object", entity, "bestRank", true))));
        }
        questions.add(Map.entry(CLAIMS, Map.of("filter", Map.of("predicates", List.of("recognizes")))));
        questions.add(Map.entry(CLAIMS, Map.of("filter", Map.of("source", sources.get(0)))));
        questions.add(Map.entry(CLAIMS, Map.of("filter", Map.of("ranks", List.of("DEPRECATED")))));
        questions.add(Map.entry(CLAIMS, Map.of("filter", Map.of("validAt", "2015"))));
        questions.add(Map.entry(OTHERS, Map.of()));
        for (var question : questions) {
            String once = ask(question.getKey(), question.getValue(), false);
            statements.reset();
            String kept = ask(question.getKey(), question.getValue(), false);
            if (statements.count() <= 2) {
                this.kept++;
            }
            String fresh = ask(question.getKey(), question.getValue(), true);
            assertThat(kept)
                    .as("%s, then %s %s", after, question.getKey(), question.getValue())
                    .isEqualTo(fresh)
                    .isEqualTo(once);
        }
    }

    /** One random change of the registry, said in words. */
    private String change(Random random) {
        String entity = pick(random, entities);
        String claim = pick(random, claims);
        switch (random.nextInt(9)) {
            case 0 -> {
                return assertClaim(random);
            }
            case 1 -> {
                String name = "Cacheland " + random.nextInt(1000);
                mutate(
                        curator,
                        "mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "id",
                                        entity,
                                        "expectedRevision",
                                        revision(entity),
                                        "reason",
                                        "renamed",
                                        "kind",
                                        "POLITY",
                                        "name",
                                        name)));
                return "renamed " + entity + " " + name;
            }
            case 2 -> {
                Map<String, Object> content = content(random);
                content.put("id", claim);
                content.put("expectedRevision", revision(claim));
                content.put("reason", "corrected");
                mutate(
                        curator,
                        "mutation($input: CorrectClaimInput!) { correctClaim(input: $input) { claim { id } } }",
                        Map.of("input", content));
                return "corrected " + claim + " to " + content;
            }
            case 3 -> {
                mutate(
                        curator,
                        "mutation($input: DeprecateClaimInput!) { deprecateClaim(input: $input) { claim { id } } }",
                        Map.of("input", Map.of("id", claim, "expectedRevision", revision(claim), "reason", "wrong")));
                mutate(
                        curator,
                        "mutation($input: RestoreClaimInput!) { restoreClaim(input: $input) { claim { id } } }",
                        Map.of("input", Map.of("id", claim, "expectedRevision", revision(claim))));
                mutate(
                        curator,
                        "mutation($input: DeprecateClaimInput!) { deprecateClaim(input: $input) { claim { id } } }",
                        Map.of("input", Map.of("id", claim, "expectedRevision", revision(claim), "reason", "wrong")));
                return "deprecated " + claim;
            }
            case 4 -> {
                String other = pick(random, entities);
                mutate(
                        curator,
                        "mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { survivor { id } } }",
                        Map.of(
                                "input",
                                Map.of("survivor", other, "merged", entity, "expectedRevision", revision(entity))));
                return "merged " + entity + " into " + other;
            }
            case 5 -> {
                mutate(
                        curator,
                        "mutation($input: UnmergeEntityInput!) { unmergeEntity(input: $input) { entity { id } } }",
                        Map.of("input", Map.of("id", entity, "expectedRevision", revision(entity))));
                return "unmerged " + entity;
            }
            case 6 -> {
                String source = pick(random, sources);
                mutate(
                        curator,
                        "mutation($input: UpdateSourceInput!) { updateSource(input: $input) { source { id } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "id",
                                        source,
                                        "expectedRevision",
                                        revision(source),
                                        "reason",
                                        "retitled",
                                        "kind",
                                        "NEWS_ARTICLE",
                                        "title",
                                        "Cache report " + random.nextInt(1000))));
                return "retitled " + source;
            }
            case 7 -> {
                mutate(
                        admin,
                        "mutation($objectId: ID!, $revision: Int!) { reviewRevision(input:"
                                + " {objectId: $objectId, revision: $revision}) { revision } }",
                        Map.of("objectId", claim, "revision", revision(claim)));
                return "reviewed " + claim;
            }
            default -> {
                String key = "cached_" + random.nextInt(1_000_000);
                mutate(
                        admin,
                        "mutation($input: PredicateInput!) { createPredicate(input: $input) { predicate { key } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "key",
                                        key,
                                        "label",
                                        key,
                                        "inverseLabel",
                                        key,
                                        "objectType",
                                        "ENTITY",
                                        "symmetric",
                                        false)));
                return "added the predicate " + key;
            }
        }
    }

    private String assertClaim(Random random) {
        Map<String, Object> content = content(random);
        JsonNode answer = mutate(
                curator,
                "mutation($input: AssertClaimInput!) { assertClaim(input: $input) { claim { id } } }",
                Map.of("input", content));
        if (!answer.at("/data/assertClaim/claim/id").isMissingNode()
                && !answer.at("/data/assertClaim/claim/id").isNull()) {
            claims.add(answer.at("/data/assertClaim/claim/id").asString());
        }
        return "asserted " + content;
    }

    /** What a random claim between the test's polities states, citing one of its sources. */
    private Map<String, Object> content(Random random) {
        Map<String, Object> content = new HashMap<>();
        content.put("subject", pick(random, entities));
        content.put("predicate", random.nextBoolean() ? "recognizes" : "diplomatic_relations_with");
        content.put("object", Map.of("entity", pick(random, entities)));
        content.put("validFrom", String.valueOf(2000 + random.nextInt(25)));
        content.put(
                "citations",
                List.of(Map.of(
                        "source",
                        pick(random, sources),
                        "quote",
                        "quote " + random.nextInt(1000),
                        "modality",
                        "STATED")));
        return content;
    }

    private int revision(String id) {
        return ask(
                        "query($id: ID!) { node(id: $id) { ... on Entity { revision } ... on Source { revision }"
                                + " ... on Claim { revision } } }",
                        Map.of("id", id),
                        true)
                .transform(answer ->
                        json.readTree(answer).at("/data/node/revision").asInt());
    }

    /** Runs a mutation, which the registry may refuse (a merge of a merged entity, a repeated claim). */
    private JsonNode mutate(String token, String document, Map<String, Object> variables) {
        JsonNode answer = json.readTree(post(token, document, variables, true));
        if (answer.path("errors").isMissingNode()) {
            applied++;
        }
        return answer;
    }

    private String ask(String document, Map<String, Object> variables, boolean afresh) {
        return post(null, document, variables, afresh);
    }

    private String post(@Nullable String token, String document, Map<String, Object> variables, boolean afresh) {
        var request = mvc.post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("query", document, "variables", variables)));
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (afresh) {
            request = request.header(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        var result = request.exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String id(JsonNode answer, String field, String type) {
        return answer.at("/data/" + field + "/" + type + "/id").asString();
    }
}
