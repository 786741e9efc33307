package org.chancery.api.entity;

import graphql.GraphQLContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.chancery.api.Connection;
import org.chancery.api.Cursors;
import org.chancery.api.Ids;
import org.chancery.api.Loaders;
import org.chancery.api.Reads;
import org.chancery.api.revision.RevisionNode;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.EntityId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.PageRequest;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.entity.EntitySearch;
import org.chancery.domain.merge.Merges;
import org.chancery.domain.merge.SurvivorLookup;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code Entity} type and the queries that find entities. */
@Controller
class EntityController {

    private final Entities entities;
    private final Merges merges;
    private final SurvivorLookup survivors;

    EntityController(Entities entities, Merges merges, SurvivorLookup survivors, BatchLoaderRegistry registry) {
        this.entities = entities;
        this.merges = merges;
        this.survivors = survivors;
        registry.forTypePair(EntityKey.class, EntityNode.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> Loaders.byMoment(
                        env,
                        keys,
                        EntityKey::knownAt,
                        EntityKey::id,
                        (ids, at) -> entities.findAll(ids, at).values().stream()
                                .collect(Collectors.toMap(
                                        v -> new EntityKey(v.state().id(), at), v -> new EntityNode(v, at))))));
    }

    record EntityFilterInput(
            @Nullable String search, @Nullable List<EntityKind> kinds) {}

    @QueryMapping
    EntityNode entity(@Argument String id, @Argument @Nullable Instant knownAt, GraphQLContext context) {
        EntityId wanted = Ids.entity("id", id);
        EntityNode found = survivors
                .of(wanted, knownAt)
                .map(version -> new EntityNode(version, knownAt))
                .orElseThrow(() -> new NotFoundException(wanted));
        // merging or unmerging the one asked for changes which entity answers
        Reads.add(
                context,
                List.of(ChangeKeys.of(wanted), ChangeKeys.of(found.entity().id())));
        return found;
    }

    @QueryMapping
    Connection<EntityNode> entities(
            @Argument @Nullable EntityFilterInput filter,
            @Argument @Nullable Instant knownAt,
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            GraphQLContext context) {
        Reads.add(context, ChangeKeys.ENTITIES);
        PageRequest page = Cursors.page('E', first, after);
        EntitySearch search = new EntitySearch(
                filter == null ? null : filter.search(),
                filter == null || filter.kinds() == null ? Set.of() : Set.copyOf(filter.kinds()),
                knownAt);
        return Connection.of(
                entities.search(search, page),
                page.after(),
                v -> new Connection.Edge<>(
                        Cursors.of(v.state().id(), search.rank(v.state())), new EntityNode(v, knownAt), null),
                () -> entities.count(search));
    }

    @SchemaMapping(typeName = "Entity")
    CompletableFuture<@Nullable EntityNode> mergedInto(EntityNode entity, DataLoader<EntityKey, EntityNode> loader) {
        EntityId survivor = entity.entity().mergedInto();
        return survivor == null
                ? CompletableFuture.completedFuture(null)
                : loader.load(new EntityKey(survivor, entity.knownAt()));
    }

    @BatchMapping(typeName = "Entity", field = "mergedIds")
    Map<EntityNode, List<String>> mergedIds(List<EntityNode> nodes, GraphQLContext context) {
        Reads.add(context, keys(nodes));
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
    Map<EntityNode, List<RevisionNode>> history(List<EntityNode> nodes, GraphQLContext context) {
        Reads.add(context, keys(nodes));
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

    private static List<String> keys(List<EntityNode> nodes) {
        return nodes.stream().map(n -> ChangeKeys.of(n.entity().id())).toList();
    }
}
