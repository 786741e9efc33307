package org.chancery.api.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.api.Connection;
import org.chancery.api.Cursors;
import org.chancery.domain.EntityId;
import org.chancery.domain.Page;
import org.chancery.domain.Slice;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimFilter;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Pages of claims as connections, each edge saying how surely the claim held at {@code validAt}. The
 * claims of many entities at once (a list of entities, each with its claims) load through one batch.
 */
@Component
public class ClaimQueries {

    /** The claims of one entity that a connection field asks for: those with it on {@code side}. */
    public record EntityClaims(EntityId entity, Claims.Side side, ClaimFilter filter, Page page) {

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
    public record SourceClaims(SourceId source, ClaimFilter filter, Page page) {}

    /** The name of the batch loader of {@link EntityClaims}. */
    public static final String ENTITY_CLAIMS = "entityClaims";

    /** The name of the batch loader of {@link SourceClaims}. */
    public static final String SOURCE_CLAIMS = "sourceClaims";

    private final Claims claims;

    ClaimQueries(Claims claims, BatchLoaderRegistry registry) {
        this.claims = claims;
        registry.<EntityClaims, Connection<ClaimNode>>forName(ENTITY_CLAIMS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> load(keys)));
        registry.<SourceClaims, Connection<ClaimNode>>forName(SOURCE_CLAIMS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> loadCiting(keys)));
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

    public Connection<ClaimNode> page(ClaimFilter filter, @Nullable Integer first, @Nullable String after) {
        Page page = Cursors.page('C', first, after);
        return connection(claims.find(filter, page), filter, page);
    }

    private Connection<ClaimNode> connection(Slice<Version<Claim>> slice, ClaimFilter filter, Page page) {
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
