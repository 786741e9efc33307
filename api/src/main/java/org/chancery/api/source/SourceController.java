package org.chancery.api.source;

import graphql.GraphQLContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.chancery.api.Connection;
import org.chancery.api.ContextKeys;
import org.chancery.api.Cursors;
import org.chancery.api.Ids;
import org.chancery.api.Loaders;
import org.chancery.api.Reads;
import org.chancery.api.entity.EntityKey;
import org.chancery.api.entity.EntityNode;
import org.chancery.api.revision.RevisionNode;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.EntityId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.PageRequest;
import org.chancery.domain.SourceId;
import org.chancery.domain.security.Actor;
import org.chancery.domain.source.SourceSearch;
import org.chancery.domain.source.Sources;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code Source} type and the queries that find sources. */
@Controller
class SourceController {

    private final Sources sources;

    SourceController(Sources sources, BatchLoaderRegistry registry) {
        this.sources = sources;
        registry.forTypePair(SourceKey.class, SourceNode.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> Loaders.byMoment(
                        env,
                        keys,
                        SourceKey::knownAt,
                        SourceKey::id,
                        (ids, at) -> sources.findAll(ids, at).values().stream()
                                .collect(Collectors.toMap(
                                        v -> new SourceKey(v.state().id(), at), v -> new SourceNode(v, at))))));
    }

    record SourceFilterInput(
            @Nullable String title, @Nullable String publisher) {}

    @QueryMapping
    SourceNode source(@Argument String id, @Argument @Nullable Instant knownAt, GraphQLContext context) {
        SourceId source = Ids.source("id", id);
        Reads.add(context, ChangeKeys.of(source));
        return (knownAt == null ? sources.find(source) : sources.find(source, knownAt))
                .map(v -> new SourceNode(v, knownAt))
                .orElseThrow(() -> new NotFoundException(id));
    }

    @QueryMapping
    Connection<SourceNode> sources(
            @Argument @Nullable SourceFilterInput filter,
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            GraphQLContext context) {
        Reads.add(context, ChangeKeys.SOURCES);
        PageRequest page = Cursors.page('S', first, after);
        SourceSearch search = filter == null
                ? SourceSearch.ALL
                : new SourceSearch(filter.title(), Ids.entityOrNull("filter.publisher", filter.publisher()));
        return Connection.of(
                sources.list(search, page),
                page.after(),
                v -> new Connection.Edge<>(
                        Cursors.of(v.state().id(), search.rank(v.state())), new SourceNode(v, null), null),
                () -> sources.count(search));
    }

    @SchemaMapping(typeName = "Source")
    CompletableFuture<@Nullable EntityNode> publisher(SourceNode source, DataLoader<EntityKey, EntityNode> entities) {
        EntityId publisher = source.source().publisher();
        return publisher == null
                ? CompletableFuture.completedFuture(null)
                : entities.load(new EntityKey(publisher, source.knownAt()));
    }

    /** The stored text is shown to curators only: the public sees quotes, the address and the hash. */
    @SchemaMapping(typeName = "Source")
    @Nullable
    String text(SourceNode source, GraphQLContext context) {
        Actor actor = context.get(ContextKeys.ACTOR);
        return source.source().textFor(actor == null ? Actor.ANONYMOUS : actor);
    }

    @BatchMapping(typeName = "Source", field = "history")
    Map<SourceNode, List<RevisionNode>> history(List<SourceNode> nodes, GraphQLContext context) {
        Reads.add(
                context, nodes.stream().map(n -> ChangeKeys.of(n.source().id())).toList());
        var histories =
                sources.histories(nodes.stream().map(n -> n.source().id()).toList());
        return nodes.stream()
                .distinct()
                .collect(Collectors.toMap(
                        n -> n,
                        n -> histories.getOrDefault(n.source().id(), List.of()).stream()
                                .map(v -> RevisionNode.of(n.id(), v))
                                .toList()));
    }
}
