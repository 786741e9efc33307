package org.chancery.bench;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an answer of Chancery and the answer of PostGraphile to the same question say, in one form, so
 * that the benchmark can check that both hold the same content before it times them: their shapes differ
 * (PostGraphile's ids are numbers, its claims of an entity come as two lists, outgoing and incoming, its
 * dates are the stored text). What only one of them can say (Chancery's precision of a date, or how surely
 * a claim held) is left out.
 */
final class SameContent {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPEN_START = "0001-01-01";
    private static final String OPEN_END = "9999-12-31";

    private SameContent() {}

    /** Chancery's answer and PostGraphile's, in one form each, for the question {@code name}. */
    static List<JsonNode> of(String name, JsonNode chancery, JsonNode postGraphile) {
        Function<JsonNode, Object> ours;
        Function<JsonNode, Object> theirs;
        switch (name) {
            case ReadBenchmark.ENTITY_PAGE -> {
                ours = SameContent::entityPage;
                theirs = SameContent::theirEntityPage;
            }
            case ReadBenchmark.TIMELINE -> {
                ours = SameContent::timeline;
                theirs = SameContent::theirTimeline;
            }
            case ReadBenchmark.RECOGNIZED -> {
                ours = SameContent::recognized;
                theirs = SameContent::theirRecognized;
            }
            case ReadBenchmark.SOURCE -> {
                ours = SameContent::source;
                theirs = SameContent::theirSource;
            }
            case ReadBenchmark.RECENT -> {
                ours = SameContent::recent;
                theirs = SameContent::theirRecent;
            }
            default -> throw new IllegalArgumentException("no PostGraphile question " + name);
        }
        return List.of(
                JSON.valueToTree(ours.apply(chancery.path("data"))),
                JSON.valueToTree(theirs.apply(postGraphile.path("data"))));
    }

    private static Object entityPage(JsonNode data) {
        JsonNode entity = data.path("entity");
        Map<String, Object> page = entityHead(number(entity.path("id")), entity);
        page.put("totalCount", entity.at("/claims/totalCount").asInt());
        page.put("claims", nodes(entity.at("/claims/edges"), edge -> claim(edge.path("node"))));
        return page;
    }

    private static Object theirEntityPage(JsonNode data) {
        JsonNode entity = data.path("entity");
        Map<String, Object> page = entityHead(entity.path("rowId").asString(), entity);
        page.put(
                "totalCount",
                entity.at("/outgoingClaims/totalCount").asInt()
                        + entity.at("/incomingClaims/totalCount").asInt());
        page.put("claims", both(entity).stream().map(SameContent::theirClaim).toList());
        return page;
    }

    private static Map<String, Object> entityHead(String id, JsonNode entity) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("id", id);
        head.put("kind", entity.path("kind").asString());
        head.put("name", entity.path("name").asString());
        head.put("description", text(entity.path("description")));
        head.put("aliases", entity.path("aliases"));
        head.put("externalIds", nodes(entity.path("externalIds"), e -> List.of(e.path("scheme"), e.path("value"))));
        return head;
    }

    private static Object claim(JsonNode claim) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", number(claim.path("id")));
        content.put("rank", claim.path("rank").asString());
        content.put(
                "subject",
                List.of(
                        number(claim.at("/subject/id")),
                        claim.at("/subject/name").asString()));
        content.put("predicate", claim.path("predicate"));
        JsonNode object = claim.path("object");
        content.put(
                "object",
                switch (object.path("__typename").asString()) {
                    case "Entity" ->
                        List.of(number(object.path("id")), object.path("name").asString());
                    case "TextValue" -> object.path("text").asString();
                    default -> object.at("/date/edtf").asString();
                });
        content.put("validFrom", text(claim.at("/validFrom/edtf")));
        content.put("validUntil", text(claim.at("/validUntil/edtf")));
        content.put(
                "qualifiers",
                nodes(
                        claim.path("qualifiers"),
                        q -> List.of(
                                q.at("/predicate/key").asString(),
                                q.at("/predicate/label").asString(),
                                String.valueOf(text(
                                        q.path("value").has("name") ? q.at("/value/name") : q.at("/value/text"))))));
        content.put(
                "citations",
                nodes(
                        claim.path("citations"),
                        c -> List.of(
                                c.path("quote").asString(),
                                c.path("modality").asString(),
                                attribution(c.path("attribution")),
                                List.of(
                                        number(c.at("/source/id")),
                                        c.at("/source/title").asString(),
                                        String.valueOf(text(c.at("/source/url"))),
                                        String.valueOf(moment(c.at("/source/publishedAt")))))));
        return content;
    }

    private static Object theirClaim(JsonNode claim) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", claim.path("rowId").asString());
        content.put("rank", claim.path("rank").asString());
        content.put(
                "subject",
                List.of(
                        claim.at("/subject/rowId").asString(),
                        claim.at("/subject/name").asString()));
        content.put("predicate", claim.path("predicate"));
        JsonNode entity = claim.path("objectEntity");
        content.put(
                "object",
                !entity.isNull() && !entity.isMissingNode()
                        ? List.of(
                                entity.path("rowId").asString(),
                                entity.path("name").asString())
                        : claim.path("objectText").isNull()
                                ? claim.path("objectDate").asString()
                                : claim.path("objectText").asString());
        content.put("validFrom", text(claim.path("validFrom")));
        content.put("validUntil", text(claim.path("validUntil")));
        content.put(
                "qualifiers",
                nodes(
                        claim.at("/qualifiers/nodes"),
                        q -> List.of(
                                q.at("/predicate/key").asString(),
                                q.at("/predicate/label").asString(),
                                String.valueOf(
                                        q.path("entity").isNull()
                                                ? text(q.path("text"))
                                                : q.at("/entity/name").asString()))));
        content.put(
                "citations",
                nodes(
                        claim.at("/citations/nodes"),
                        c -> List.of(
                                c.path("quote").asString(),
                                c.path("modality").asString(),
                                attribution(c.at("/attribution/nodes")),
                                List.of(
                                        c.at("/source/rowId").asString(),
                                        c.at("/source/title").asString(),
                                        String.valueOf(text(c.at("/source/url"))),
                                        String.valueOf(moment(c.at("/source/publishedAt")))))));
        return content;
    }

    private static Object timeline(JsonNode data) {
        JsonNode entity = data.path("entity");
        return List.of(entity.path("name").asString(), nodes(entity.at("/claims/edges"), edge -> {
            JsonNode claim = edge.path("node");
            return List.of(
                    claim.path("predicate"),
                    claim.at("/subject/name").asString(),
                    String.valueOf(text(claim.at("/object/name"))),
                    span(claim.path("validFrom")),
                    span(claim.path("validUntil")));
        }));
    }

    private static Object theirTimeline(JsonNode data) {
        JsonNode entity = data.path("entity");
        return List.of(
                entity.path("name").asString(),
                both(entity).stream()
                        .map(claim -> List.of(
                                claim.path("predicate"),
                                claim.at("/subject/name").asString(),
                                String.valueOf(text(claim.at("/objectEntity/name"))),
                                theirSpan(
                                        claim.path("validFrom"),
                                        claim.path("startsEarliest"),
                                        claim.path("startsLatest")),
                                theirSpan(
                                        claim.path("validUntil"),
                                        claim.path("endsEarliest"),
                                        claim.path("endsLatest"))))
                        .toList());
    }

    private static Object recognized(JsonNode data) {
        return nodes(
                data.at("/claims/edges"),
                edge -> List.of(
                        edge.at("/node/subject/name").asString(),
                        String.valueOf(text(edge.at("/node/validFrom/edtf"))),
                        nodes(
                                edge.at("/node/citations"),
                                c -> List.of(
                                        c.path("quote").asString(),
                                        c.at("/source/title").asString()))));
    }

    private static Object theirRecognized(JsonNode data) {
        return nodes(
                data.at("/bestClaimsDuring/nodes"),
                claim -> List.of(
                        claim.at("/subject/name").asString(),
                        String.valueOf(text(claim.path("validFrom"))),
                        nodes(
                                claim.at("/citations/nodes"),
                                c -> List.of(
                                        c.path("quote").asString(),
                                        c.at("/source/title").asString()))));
    }

    private static Object source(JsonNode data) {
        JsonNode source = data.path("source");
        Map<String, Object> content = sourceHead(source);
        content.put("claims", nodes(source.at("/claims/edges"), edge -> {
            JsonNode claim = edge.path("node");
            return List.of(
                    number(claim.path("id")),
                    claim.at("/subject/name").asString(),
                    claim.at("/predicate/label").asString(),
                    String.valueOf(text(claim.at("/object/name"))),
                    nodes(
                            claim.path("citations"),
                            c -> List.of(
                                    c.path("quote").asString(),
                                    c.path("modality").asString(),
                                    attribution(c.path("attribution")))));
        }));
        return content;
    }

    private static Object theirSource(JsonNode data) {
        JsonNode source = data.path("source");
        Map<String, Object> content = sourceHead(source);
        Map<String, Object> claims = new LinkedHashMap<>();
        for (JsonNode citation : source.at("/citations/nodes")) {
            JsonNode claim = citation.path("claim");
            claims.putIfAbsent(
                    claim.path("rowId").asString(),
                    List.of(
                            claim.path("rowId").asString(),
                            claim.at("/subject/name").asString(),
                            claim.at("/predicate/label").asString(),
                            String.valueOf(text(claim.at("/objectEntity/name"))),
                            nodes(
                                    claim.at("/citations/nodes"),
                                    c -> List.of(
                                            c.path("quote").asString(),
                                            c.path("modality").asString(),
                                            attribution(c.at("/attribution/nodes"))))));
        }
        content.put("claims", List.copyOf(claims.values()));
        return content;
    }

    private static Map<String, Object> sourceHead(JsonNode source) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("title", source.path("title").asString());
        head.put("url", text(source.path("url")));
        head.put("publishedAt", moment(source.path("publishedAt")));
        head.put("textSha256", text(source.path("textSha256")));
        head.put("publisher", text(source.at("/publisher/name")));
        return head;
    }

    private static Object recent(JsonNode data) {
        JsonNode changes = data.path("recentChanges");
        return List.of(
                changes.at("/pageInfo/hasNextPage").asBoolean(),
                nodes(changes.path("edges"), edge -> change(edge.path("node"), edge.at("/node/reviews"))));
    }

    private static Object theirRecent(JsonNode data) {
        JsonNode changes = data.path("changes");
        return List.of(
                changes.at("/pageInfo/hasNextPage").asBoolean(),
                nodes(changes.path("nodes"), node -> change(node, node.at("/reviews/nodes"))));
    }

    private static Object change(JsonNode change, JsonNode reviews) {
        return List.of(
                change.path("objectId").asString(),
                change.path("number").asInt(),
                change.path("author").asString(),
                change.path("action").asString(),
                String.valueOf(text(change.path("summary"))),
                String.valueOf(moment(change.path("recordedAt"))),
                nodes(reviews, review -> review.path("reviewer").asString()));
    }

    /** The claims of an entity that PostGraphile lists apart, outgoing and incoming, as one list by id. */
    private static List<JsonNode> both(JsonNode entity) {
        List<JsonNode> claims = new ArrayList<>();
        entity.at("/outgoingClaims/nodes").forEach(claims::add);
        entity.at("/incomingClaims/nodes").forEach(claims::add);
        claims.sort(Comparator.comparingLong(
                claim -> Long.parseLong(claim.path("rowId").asString())));
        return claims.subList(0, Math.min(100, claims.size()));
    }

    private static Object attribution(JsonNode links) {
        return nodes(
                links,
                link -> List.of(
                        String.valueOf(text(link.path("text"))), String.valueOf(text(link.at("/entity/name")))));
    }

    /** A date span as Chancery gives it: its text and first and last days, an open end as none. */
    private static Object span(JsonNode date) {
        return date.isNull() || date.isMissingNode()
                ? "none"
                : List.of(
                        date.path("edtf").asString(),
                        String.valueOf(text(date.path("earliest"))),
                        String.valueOf(text(date.path("latest"))));
    }

    private static Object theirSpan(JsonNode edtf, JsonNode earliest, JsonNode latest) {
        return edtf.isNull() || edtf.isMissingNode()
                ? "none"
                : List.of(edtf.asString(), String.valueOf(day(earliest)), String.valueOf(day(latest)));
    }

    private static @Nullable String day(JsonNode stored) {
        String day = text(stored);
        return OPEN_START.equals(day) || OPEN_END.equals(day) ? null : day;
    }

    private static List<Object> nodes(JsonNode list, Function<JsonNode, Object> each) {
        List<Object> all = new ArrayList<>();
        list.forEach(node -> all.add(each.apply(node)));
        return all;
    }

    /** The number of an id such as {@code E17}. */
    private static String number(JsonNode id) {
        return id.asString().substring(1);
    }

    private static @Nullable String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    /** A moment written with any offset, as the instant it names. */
    private static @Nullable String moment(JsonNode value) {
        String text = text(value);
        return text == null ? null : OffsetDateTime.parse(text).toInstant().toString();
    }
}
