package org.chancery.api.revision;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.chancery.api.Connection;
import org.chancery.api.Cursors;
import org.chancery.api.Ids;
import org.chancery.api.Reads;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NodeId;
import org.chancery.domain.NodeId.Kind;
import org.chancery.domain.Slice;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.ChangeFilter;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.RecentChange;
import org.chancery.domain.revision.Review;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Sources;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Revisions: the list of recent changes, each revision's state and its reviews. */
@Controller
class RevisionController {

    private static final String REVIEWS = "reviews";

    private final History history;
    private final Entities entities;
    private final Sources sources;
    private final Claims claims;
    private final JsonMapper json;

    RevisionController(
            History history,
            Entities entities,
            Sources sources,
            Claims claims,
            JsonMapper json,
            BatchLoaderRegistry registry) {
        this.history = history;
        this.entities = entities;
        this.sources = sources;
        this.claims = claims;
        this.json = json;
        registry.forTypePair(History.RevisionKey.class, Object.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> states(keys)));
        registry.<History.RevisionKey, List<Review>>forName(REVIEWS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
                    Map<History.RevisionKey, List<Review>> found = history.reviews(keys);
                    Map<History.RevisionKey, List<Review>> all = new HashMap<>();
                    keys.forEach(k -> all.put(k, found.getOrDefault(k, List.of())));
                    return all;
                }));
    }

    /** The states of the revisions {@code keys} name: one statement for each kind of object among them. */
    private Map<History.RevisionKey, Object> states(Set<History.RevisionKey> keys) {
        Map<Kind, Map<NodeId, Set<Integer>>> byKind = new EnumMap<>(Kind.class);
        keys.forEach(k -> byKind.computeIfAbsent(k.objectId().kind(), c -> new HashMap<>())
                .computeIfAbsent(k.objectId(), o -> new HashSet<>())
                .add(k.revision()));
        Map<History.RevisionKey, Object> states = new HashMap<>();
        byKind.forEach((kind, numbers) -> put(
                states,
                switch (kind) {
                    case ENTITY -> entities.revisions(typed(numbers, EntityId.class));
                    case SOURCE -> sources.revisions(typed(numbers, SourceId.class));
                    case CLAIM -> claims.revisions(typed(numbers, ClaimId.class));
                }));
        return states;
    }

    private static <I extends NodeId> Map<I, Set<Integer>> typed(Map<NodeId, Set<Integer>> numbers, Class<I> type) {
        Map<I, Set<Integer>> ids = new HashMap<>();
        numbers.forEach((id, wanted) -> ids.put(type.cast(id), wanted));
        return ids;
    }

    private static void put(
            Map<History.RevisionKey, Object> states,
            Map<? extends NodeId, ? extends Map<Integer, ? extends Version<?>>> found) {
        found.forEach((id, versions) -> versions.forEach(
                (number, version) -> states.put(new History.RevisionKey(id, number), version.state())));
    }

    record RecentChangeFilterInput(
            @Nullable String author,
            @Nullable String entity,
            @Nullable Boolean reviewed) {}

    @QueryMapping
    Connection<RevisionNode> recentChanges(
            @Argument @Nullable RecentChangeFilterInput filter,
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            GraphQLContext context) {
        Reads.add(context, ChangeKeys.CHANGES);
        int size = Cursors.page(first, 0).size();
        ChangeFilter changes = filter == null
                ? ChangeFilter.ALL
                : new ChangeFilter(
                        filter.author(), Ids.entityOrNull("filter.entity", filter.entity()), filter.reviewed());
        Slice<RecentChange> slice = history.recent(changes, size, after == null ? null : position(after));
        return Connection.of(
                slice, after == null ? 0 : 1, c -> new Connection.Edge<>(cursor(c), RevisionNode.of(c), null), () -> {
                    throw new IllegalStateException("recent changes are not counted");
                });
    }

    /** At hand for a revision from a history; loaded with the others of its page for recent changes. */
    @SchemaMapping(typeName = "Revision")
    CompletableFuture<Object> state(RevisionNode revision, DataLoader<History.RevisionKey, Object> states) {
        if (revision.loadedState() != null) {
            return CompletableFuture.completedFuture(json.convertValue(revision.loadedState(), Map.class));
        }
        return states.load(new History.RevisionKey(NodeId.parse(revision.objectId()), revision.number()))
                .thenApply(state -> json.convertValue(state, Map.class));
    }

    @SchemaMapping(typeName = "Revision")
    CompletableFuture<List<Review>> reviews(RevisionNode revision, DataFetchingEnvironment env) {
        DataLoader<History.RevisionKey, List<Review>> reviews = env.getDataLoader(REVIEWS);
        Reads.add(env.getGraphQlContext(), ChangeKeys.of(NodeId.parse(revision.objectId())));
        return reviews.load(new History.RevisionKey(NodeId.parse(revision.objectId()), revision.number()));
    }

    private static String cursor(RecentChange change) {
        return Cursors.of(change.recordedAt() + " " + change.objectId() + " " + change.revision());
    }

    private static RecentChange position(String cursor) {
        String[] parts = Cursors.decode(cursor).split(" ");
        try {
            return new RecentChange(
                    NodeId.parse(parts[1]),
                    Integer.parseInt(parts[2]),
                    "",
                    Instant.parse(parts[0]),
                    Action.CREATE,
                    null);
        } catch (RuntimeException e) {
            throw new InvalidInputException("after", "Not a cursor of this list: pass an endCursor you were given");
        }
    }
}
