package org.chancery.api.claim;

import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.chancery.api.Connection;
import org.chancery.api.Cursors;
import org.chancery.api.Reads;
import org.chancery.api.entity.EntityNode;
import org.chancery.api.source.SourceNode;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.EntityId;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimFilter;
import org.chancery.domain.claim.ClaimKeys;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.revision.Version;
import org.chancery.domain.time.EdtfDate;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Pages of claims as connections, each edge saying how surely the claim held at {@code validAt}: the
 * {@code claims} of an entity and of a source, and those of {@code claims(filter)}. The claims of many
 * entities at once (a list of entities, each with its claims) load through one batch.
 */
@Controller
class ClaimQueries {

    enum Direction {
        OUTGOING,
        INCOMING,
        BOTH
    }

    /** The claims of one entity that a connection field asks for: those with it on {@code side}. */
    record EntityClaims(EntityId entity, Claims.Side side, ClaimFilter filter, PageRequest page) {

        /** The whole condition, the entity included, as counting the claims needs it. */
        ClaimFilter withEntity() {
            return switch (side) {
                case SUBJECT -> filter.withSubject(entity);
                case OBJECT -> filter.withObject(entity);
                case EITHER -> filter.withInvolving(entity);
            };
        }
    }

    /** The claims citing one source that a connection field asks for. */
    record SourceClaims(SourceId source, ClaimFilter filter, PageRequest page) {}

    private static final String ENTITY_CLAIMS = "entityClaims";
    private static final String SOURCE_CLAIMS = "sourceClaims";

    private final Claims claims;

    ClaimQueries(Claims claims, BatchLoaderRegistry registry) {
        this.claims = claims;
        registry.<EntityClaims, Connection<ClaimNode>>forName(ENTITY_CLAIMS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> load(keys)));
        registry.<SourceClaims, Connection<ClaimNode>>forName(SOURCE_CLAIMS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> loadCiting(keys)));
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
        DataLoader<EntityClaims, Connection<ClaimNode>> pages = env.getDataLoader(ENTITY_CLAIMS);
        ClaimFilter filter = ClaimFilter.ALL
                .withPredicates(predicates)
                .withValidAt(validAt)
                .withRanks(ranks)
                .withBestRank(Boolean.TRUE.equals(bestRank))
                .withKnownAt(entity.knownAt());
        Claims.Side side = switch (direction == null ? Direction.BOTH : direction) {
            case OUTGOING -> Claims.Side.SUBJECT;
            case INCOMING -> Claims.Side.OBJECT;
            case BOTH -> Claims.Side.EITHER;
        };
        EntityClaims claims = new EntityClaims(entity.entity().id(), side, filter, Cursors.page('C', first, after));
        Reads.add(env.getGraphQlContext(), ClaimKeys.of(claims.withEntity()));
        return pages.load(claims);
    }

    @SchemaMapping(typeName = "Source")
    CompletableFuture<Connection<ClaimNode>> claims(
            SourceNode source,
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            DataFetchingEnvironment env) {
        DataLoader<SourceClaims, Connection<ClaimNode>> pages = env.getDataLoader(SOURCE_CLAIMS);
        Reads.add(env.getGraphQlContext(), ChangeKeys.citing(source.source().id()));
        return pages.load(new SourceClaims(
                source.source().id(), ClaimFilter.ALL.withKnownAt(source.knownAt()), Cursors.page('C', first, after)));
    }

    /** One statement for every group of keys that differ only in their source. */
    private Map<SourceClaims, Connection<ClaimNode>> loadCiting(Set<SourceClaims> keys) {
        Map<SourceClaims, Connection<ClaimNode>> loaded = new HashMap<>();
        keys.stream()
                .collect(Collectors.groupingBy(k -> List.of(k.filter(), k.page())))
                .forEach((group, members) -> {
                    SourceClaims first = members.get(0);
                    Map<SourceId, Slice<Version<Claim>>> pages = claims.pagesCiting(
                            members.stream().map(SourceClaims::source).toList(), first.filter(), first.page());
                    members.forEach(key -> loaded.put(
                            key,
                            connection(pages.get(key.source()), key.filter().withSource(key.source()), key.page())));
                });
        return loaded;
    }

    /** One statement for every group of keys that differ only in their entity. */
    private Map<EntityClaims, Connection<ClaimNode>> load(Set<EntityClaims> keys) {
        Map<EntityClaims, Connection<ClaimNode>> loaded = new HashMap<>();
        keys.stream()
                .collect(Collectors.groupingBy(k -> List.of(k.side(), k.filter(), k.page())))
                .forEach((group, members) -> {
                    EntityClaims first = members.get(0);
                    Map<EntityId, Slice<Version<Claim>>> pages = claims.pages(
                            members.stream().map(EntityClaims::entity).toList(),
                            first.side(),
                            first.filter(),
                            first.page());
                    members.forEach(
                            key -> loaded.put(key, connection(pages.get(key.entity()), key.withEntity(), key.page())));
                });
        return loaded;
    }

    Connection<ClaimNode> page(ClaimFilter filter, @Nullable Integer first, @Nullable String after) {
        PageRequest page = Cursors.page('C', first, after);
        return connection(claims.find(filter, page), filter, page);
    }

    private Connection<ClaimNode> connection(Slice<Version<Claim>> slice, ClaimFilter filter, PageRequest page) {
        return Connection.of(
                slice,
                page.after(),
                v -> new Connection.Edge<>(
                        Cursors.of(v.state().id()),
                        new ClaimNode(v, filter.knownAt()),
                        filter.validAt() == null
                                ? null
                                : v.state().validTime().during(filter.validAt()).orElse(null)),
                () -> claims.count(filter));
    }
}
