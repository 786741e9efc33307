package org.chancery.api.entity;

import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.chancery.api.Connection;
import org.chancery.api.Cursors;
import org.chancery.api.Ids;
import org.chancery.api.Loaders.EntityKey;
import org.chancery.api.claim.ClaimNode;
import org.chancery.api.claim.ClaimQueries;
import org.chancery.api.revision.RevisionNode;
import org.chancery.domain.EntityId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.Page;
import org.chancery.domain.claim.ClaimFilter;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.entity.EntitySearch;
import org.chancery.domain.merge.Merges;
import org.chancery.domain.merge.Survivors;
import org.chancery.domain.time.EdtfDate;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code Entity} type and the queries that find entities. */
@Controller
class EntityController {

    private final Entities entities;
    private final Merges merges;
    private final Survivors survivors;

    EntityController(Entities entities, Merges merges, Survivors survivors) {
        this.entities = entities;
        this.merges = merges;
        this.survivors = survivors;
    }

    record EntityFilterInput(
            @Nullable String search, @Nullable List<EntityKind> kinds) {}

    enum Direction {
        OUTGOING,
        INCOMING,
        BOTH
    }

    @QueryMapping
    EntityNode entity(@Argument String id, @Argument @Nullable Instant knownAt) {
        EntityId wanted = Ids.entity("id", id);
        return survivors
                .of(wanted, knownAt)
                .map(version -> new EntityNode(version, knownAt))
                .orElseThrow(() -> new NotFoundException(wanted));
    }

    @QueryMapping
    Connection<EntityNode> entities(
            @Argument @Nullable EntityFilterInput filter,
            @Argument @Nullable Instant knownAt,
            @Argument @Nullable Integer first,
            @Argument @Nullable String after) {
        Page page = Cursors.page('E', first, after);
        EntitySearch search = new EntitySearch(
                filter == null ? null : filter.search(),
                filter == null || filter.kinds() == null ? Set.of() : Set.copyOf(filter.kinds()),
                knownAt);
        return Connection.of(
                entities.search(search, page),
                page.after(),
                v -> new Connection.Edge<>(Cursors.of(v.state().id()), new EntityNode(v, knownAt), null),
                () -> entities.count(search));
    }

    @SchemaMapping(typeName = "Entity")
    CompletableFuture<Connection<ClaimNode>> claims(
            EntityNode entity,
            @Argument @Nullable Direction direction,
            @Argument @Nullable List<String> predicates,
            @Argument @Nullable EdtfDate validAt,
            @Argument @Nullable List<Rank> ranks,
            @Argument @Nullable Boolean bestRank,
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            DataFetchingEnvironment env) {
        DataLoader<ClaimQueries.EntityClaims, Connection<ClaimNode>> pages =
                env.getDataLoader(ClaimQueries.ENTITY_CLAIMS);
        ClaimFilter filter = new ClaimFilter(
                null,
                null,
                null,
                predicates == null ? Set.of() : Set.copyOf(predicates),
                validAt,
                ranks == null ? Set.of() : Set.copyOf(ranks),
                null,
                Set.of(),
                Boolean.TRUE.equals(bestRank),
                entity.knownAt());
        Claims.Side side = switch (direction == null ? Direction.BOTH : direction) {
            case OUTGOING -> Claims.Side.SUBJECT;
            case INCOMING -> Claims.Side.OBJECT;
            case BOTH -> Claims.Side.EITHER;
        };
        return pages.load(
                new ClaimQueries.EntityClaims(entity.entity().id(), side, filter, Cursors.page('C', first, after)));
    }

    @SchemaMapping(typeName = "Entity")
    CompletableFuture<@Nullable EntityNode> mergedInto(EntityNode entity, DataLoader<EntityKey, EntityNode> loader) {
        EntityId survivor = entity.entity().mergedInto();
        return survivor == null
                ? CompletableFuture.completedFuture(null)
                : loader.load(new EntityKey(survivor, entity.knownAt()));
    }

    @BatchMapping(typeName = "Entity", field = "mergedIds")
    Map<EntityNode, List<String>> mergedIds(List<EntityNode> nodes) {
        var merged = merges.mergedInto(nodes.stream().map(n -> n.entity().id()).toList());
        return nodes.stream()
                .distinct()
                .collect(Collectors.toMap(
                        n -> n,
                        n -> merged.getOrDefault(n.entity().id(), List.of()).stream()
                                .map(EntityId::toString)
                                .toList()));
    }

    @BatchMapping(typeName = "Entity", field = "history")
    Map<EntityNode, List<RevisionNode>> history(List<EntityNode> nodes) {
        var histories =
                entities.histories(nodes.stream().map(n -> n.entity().id()).toList());
        return nodes.stream()
                .distinct()
                .collect(Collectors.toMap(
                        n -> n,
                        n -> histories.getOrDefault(n.entity().id(), List.of()).stream()
                                .map(v -> RevisionNode.of(n.id(), v))
                                .toList()));
    }
}
