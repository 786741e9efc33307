package org.chancery.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scripted round of corrections that gives {@code knownAt} a history to search, made over GraphQL
 * with an API token of {@code admin}, as a curator would, before anything is timed. The generated
 * registry holds no recognition of {@code E2}, so the round first points 100 recognitions at it; the
 * moment after that is the one the {@code knownAt} query asks about. Then come the corrections proper:
 * those 100 get another start date, and 50 claims each of {@code E1} and {@code E2} another start date
 * (or, where they have an end, another rank). Every claim is chosen by its place in id order, so each
 * run corrects the same ones.
 */
final class CorrectionRound {

    /**
     * What the round did.
     *
     * @param before the moment before the corrections proper, which the {@code knownAt} query asks about
     * @param corrections how many corrections it made in all
     * @param after how many of them it made after {@code before}
     */
    record Round(Instant before, int corrections, int after) {}

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int RECOGNITIONS = 100;
    private static final int PER_ENTITY = 50;
    private static final String CONTENT = """
            fragment content on Claim {
              id revision rank subject { id } predicate { key } object { ...value }
              validFrom { edtf } validUntil { edtf }
              qualifiers { predicate { key } value { ...value } }
              citations { source { id } quote locator modality attribution { entity { id } text } }
            }
            fragment value on ClaimValue {
              __typename ... on Entity { id } ... on TextValue { text } ... on DateValue { date { edtf } }
            }
            """;
    private static final String CLAIMS = """
            query claims($filter: ClaimFilter, $first: Int, $after: String) {
              claims(filter: $filter, first: $first, after: $after) {
                pageInfo { hasNextPage endCursor }
                edges { node { ...content } }
              }
            }
            """ + CONTENT;
    private static final String CORRECT = """
            mutation correct($input: CorrectClaimInput!) { correctClaim(input: $input) { claim { ...content } } }
            """ + CONTENT;
    private static final String TOKEN = """
            mutation token($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }
            """;

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private @Nullable String token;
    private int made;

    private CorrectionRound(String base) {
        this.base = base;
    }

    /** Runs the round against the server at {@code base}, whose user {@code admin} has {@code password}. */
    static Round run(String base, String password) throws Exception {
        CorrectionRound round = new CorrectionRound(base);
        round.token = round.token(password, "read benchmark");
        // each correction gets a day of its own: the registry refuses one that states what another states
        List<JsonNode> recognitions = new ArrayList<>();
        for (JsonNode claim : round.recognitionsOfOthers()) {
            String day = round.day("2013-11-01");
            recognitions.add(round.correct(claim, "The report names another polity as the one recognised", input -> {
                input.set("object", JSON.createObjectNode().put("entity", "E2"));
                input.put("validFrom", day);
                input.remove("validUntil");
            }));
        }
        // the database's clock records each revision; a pause either side keeps the moment between the steps
        Thread.sleep(50);
        Instant before = Instant.now();
        int redirected = round.made;
        Thread.sleep(50);
        for (JsonNode claim : recognitions) {
            String day = round.day("2014-06-01");
            round.correct(claim, "The decree is dated otherwise", input -> input.put("validFrom", day));
        }
        for (String entity : List.of("E1", "E2")) {
            for (JsonNode claim : round.claims(Map.of("subject", entity), PER_ENTITY)) {
                if (claim.get("validUntil").isNull()) {
                    String day = round.day("2013-11-01");
                    round.correct(claim, "The report dates it otherwise", input -> input.put("validFrom", day));
                } else {
                    String rank = claim.get("rank").asString().equals("PREFERRED") ? "NORMAL" : "PREFERRED";
                    round.correct(claim, "A later report weighs it otherwise", input -> input.put("rank", rank));
                }
            }
        }
        return new Round(before, round.made, round.made - redirected);
    }

    /**
     * A curator at work while the readers read: once a second, a claim about one of the entities
     * {@code E1} to {@code E<entities>}, picked at random, gets the other of the two ranks a reader sees
     * (normal, preferred), over GraphQL with a token of its own. Stopped by {@link #close()}, it says how
     * many corrections it made, and how many failed.
     */
    static final class Writer implements AutoCloseable {

        private final CorrectionRound round;
        private final int entities;
        private final Random random = new Random(42);
        private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        private int failed;

        private Writer(CorrectionRound round, int entities) {
            this.round = round;
            this.entities = entities;
            clock.scheduleAtFixedRate(this::correctOne, 1, 1, TimeUnit.SECONDS);
        }

        static Writer start(String base, String password, int entities) throws Exception {
            CorrectionRound round = new CorrectionRound(base);
            round.token = round.token(password, "mixed workload");
            return new Writer(round, entities);
        }

        private void correctOne() {
            try {
                String entity = "E" + (1 + random.nextInt(entities));
                List<JsonNode> claims = new ArrayList<>();
                round.post(CLAIMS, Map.of("filter", Map.of("involving", entity), "first", 20))
                        .at("/claims/edges")
                        .forEach(edge -> claims.add(edge.get("node")));
                if (!claims.isEmpty()) {
                    JsonNode claim = claims.get(random.nextInt(claims.size()));
                    String rank = claim.get("rank").asString().equals("PREFERRED") ? "NORMAL" : "PREFERRED";
                    round.correct(claim, "A later report weighs it otherwise", input -> input.put("rank", rank));
                }
            } catch (Exception e) {
                failed++;
            }
        }

        /** The corrections made. */
        int made() {
            return round.made;
        }

        /** The corrections that failed. */
        int failed() {
            return failed;
        }

        @Override
        public void close() throws InterruptedException {
            clock.shutdown();
            if (!clock.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("a correction has not ended in a minute");
            }
        }
    }

    /** A day after {@code start} that no correction of this round has used, as EDTF. */
    private String day(String start) {
        return LocalDate.parse(start).plusDays(made).toString();
    }

    /** The first recognitions in id order whose subject is not {@code E1}, none of them deprecated. */
    private List<JsonNode> recognitionsOfOthers() throws Exception {
        List<JsonNode> found = new ArrayList<>();
        String after = null;
        while (found.size() < RECOGNITIONS) {
            Map<String, Object> variables =
                    new HashMap<>(Map.of("filter", Map.of("predicates", List.of("recognizes")), "first", 100));
            if (after != null) {
                variables.put("after", after);
            }
            JsonNode page = post(CLAIMS, variables).get("claims");
            for (JsonNode edge : page.get("edges")) {
                JsonNode claim = edge.get("node");
                if (!claim.at("/subject/id").asString().equals("E1") && found.size() < RECOGNITIONS) {
                    found.add(claim);
                }
            }
            if (!page.at("/pageInfo/hasNextPage").asBoolean()) {
                throw new IllegalStateException("the registry has fewer than %d recognitions".formatted(RECOGNITIONS));
            }
            after = page.at("/pageInfo/endCursor").asString();
        }
        return found;
    }

    private List<JsonNode> claims(Map<String, Object> filter, int first) throws Exception {
        List<JsonNode> claims = new ArrayList<>();
        post(CLAIMS, Map.of("filter", filter, "first", first))
                .at("/claims/edges")
                .forEach(edge -> claims.add(edge.get("node")));
        if (claims.size() < first) {
            throw new IllegalStateException("fewer than %d claims for %s".formatted(first, filter));
        }
        return claims;
    }

    /** Corrects {@code claim} from the revision read, with its content changed by {@code change}. */
    private JsonNode correct(JsonNode claim, String reason, Consumer<ObjectNode> change) throws Exception {
        ObjectNode input = input(claim, reason);
        change.accept(input);
        JsonNode corrected = post(CORRECT, Map.of("input", input)).at("/correctClaim/claim");
        if (corrected.get("revision").asInt() != claim.get("revision").asInt() + 1) {
            throw new IllegalStateException("the correction of %s made no new revision: %s"
                    .formatted(claim.get("id").asString(), corrected));
        }
        made++;
        return corrected;
    }

    /** The input that would leave {@code claim} as it is: the starting point of every correction. */
    private static ObjectNode input(JsonNode claim, String reason) {
        ObjectNode input = JSON.createObjectNode()
                .put("id", claim.get("id").asString())
                .put("expectedRevision", claim.get("revision").asInt())
                .put("reason", reason)
                .put("subject", claim.at("/subject/id").asString())
                .put("predicate", claim.at("/predicate/key").asString())
                .put("rank", claim.get("rank").asString());
        input.set("object", value(claim.get("object")));
        for (String field : List.of("validFrom", "validUntil")) {
            if (!claim.get(field).isNull()) {
                input.put(field, claim.get(field).get("edtf").asString());
            }
        }
        ArrayNode qualifiers = input.putArray("qualifiers");
        for (JsonNode qualifier : claim.get("qualifiers")) {
            ObjectNode q = qualifiers
                    .addObject()
                    .put("predicate", qualifier.at("/predicate/key").asString());
            q.set("value", value(qualifier.get("value")));
        }
        ArrayNode citations = input.putArray("citations");
        for (JsonNode citation : claim.get("citations")) {
            ObjectNode c = citations
                    .addObject()
                    .put("source", citation.at("/source/id").asString())
                    .put("quote", citation.get("quote").asString())
                    .put("modality", citation.get("modality").asString());
            if (!citation.get("locator").isNull()) {
                c.put("locator", citation.get("locator").asString());
            }
            ArrayNode links = c.putArray("attribution");
            for (JsonNode link : citation.get("attribution")) {
                links.add(
                        link.get("entity").isNull()
                                ? JSON.createObjectNode()
                                        .put("text", link.get("text").asString())
                                : JSON.createObjectNode()
                                        .put("entity", link.at("/entity/id").asString()));
            }
        }
        return input;
    }

    private static ObjectNode value(JsonNode value) {
        ObjectNode input = JSON.createObjectNode();
        return switch (value.get("__typename").asString()) {
            case "Entity" -> input.put("entity", value.get("id").asString());
            case "TextValue" -> input.put("text", value.get("text").asString());
            default -> input.put("date", value.at("/date/edtf").asString());
        };
    }

    /** A new API token of {@code admin}, who has {@code password}. */
    private String token(String password, String label) throws Exception {
        return post(TOKEN, Map.of("input", Map.of("username", "admin", "password", password, "label", label)))
                .at("/createApiToken/secret")
                .asString();
    }

    /** The {@code data} of a GraphQL answer, which must hold no error. */
    private JsonNode post(String query, Map<String, Object> variables) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200 || answer.has("errors")) {
            throw new IllegalStateException(
                    "the round of corrections failed: HTTP %d %s".formatted(response.statusCode(), answer));
        }
        return answer.get("data");
    }
}
