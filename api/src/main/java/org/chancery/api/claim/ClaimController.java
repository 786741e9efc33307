package org.chancery.api.claim;

import graphql.GraphQLContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chancery.api.Connection;
import org.chancery.api.Ids;
import org.chancery.api.Reads;
import org.chancery.api.entity.EntityKey;
import org.chancery.api.entity.EntityNode;
import org.chancery.api.revision.RevisionNode;
import org.chancery.api.source.SourceKey;
import org.chancery.api.source.SourceNode;
import org.chancery.api.vocabulary.Vocabulary;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.claim.ClaimFilter;
import org.chancery.domain.claim.ClaimKeys;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.merge.SurvivorLookup;
import org.chancery.domain.time.EdtfDate;
import org.chancery.domain.vocabulary.Predicate;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code Claim} type, its parts, and the queries that find claims. */
@Controller
class ClaimController {

    private final Claims claims;
    private final ClaimQueries queries;
    private final Vocabulary vocabulary;
    private final SurvivorLookup survivors;

    ClaimController(Claims claims, ClaimQueries queries, Vocabulary vocabulary, SurvivorLookup survivors) {
        this.claims = claims;
        this.queries = queries;
        this.vocabulary = vocabulary;
        this.survivors = survivors;
    }

    record ClaimFilterInput(
            @Nullable String subject,
            @Nullable String object,
            @Nullable String involving,
            @Nullable List<String> predicates,
            @Nullable EdtfDate validAt,
            @Nullable List<Rank> ranks,
            @Nullable Boolean bestRank,
            @Nullable String source,
            @Nullable List<Modality> modalities) {

        static final ClaimFilterInput NONE = new ClaimFilterInput(null, null, null, null, null, null, null, null, null);
    }

    @QueryMapping
    ClaimNode claim(
            @Argument String id,
            @Argument @Nullable Integer revision,
            @Argument @Nullable Instant knownAt,
            GraphQLContext context) {
        ClaimId claim = Ids.claim("id", id);
        Reads.add(context, ChangeKeys.of(claim));
        if (revision != null && knownAt != null) {
            throw new InvalidInputException("revision", "Ask for a revision or a moment, not both");
        }
        var found = revision != null
                ? claims.revision(claim, revision)
                : knownAt != null ? claims.find(claim, knownAt) : claims.find(claim);
        return found.map(v -> new ClaimNode(v, knownAt))
                .orElseThrow(() -> new NotFoundException(revision == null ? id : id + " revision " + revision));
    }

    @QueryMapping
    Connection<ClaimNode> claims(
            @Argument @Nullable ClaimFilterInput filter,
            @Argument @Nullable Instant knownAt,
            @Argument @Nullable Integer first,
            @Argument @Nullable String after,
            GraphQLContext context) {
        ClaimFilterInput f = filter == null ? ClaimFilterInput.NONE : filter;
        EntityId subject = Ids.entityOrNull("filter.subject", f.subject());
        EntityId object = Ids.entityOrNull("filter.object", f.object());
        EntityId involving = Ids.entityOrNull("filter.involving", f.involving());
        // an entity merged away stands for the one it was merged into, as entity(id) does
        ClaimFilter claimFilter = ClaimFilter.ALL
                .withSubject(survivors.idOf(subject, knownAt))
                .withObject(survivors.idOf(object, knownAt))
                .withInvolving(survivors.idOf(involving, knownAt))
                .withPredicates(f.predicates())
                .withValidAt(f.validAt())
                .withRanks(f.ranks())
                .withSource(f.source() == null ? null : Ids.source("filter.source", f.source()))
                .withModalities(f.modalities())
                .withBestRank(Boolean.TRUE.equals(f.bestRank()))
                .withKnownAt(knownAt);
        Reads.add(context, ClaimKeys.of(claimFilter));
        Stream.of(subject, object, involving)
                .filter(Objects::nonNull)
                .forEach(asked -> Reads.add(context, ChangeKeys.of(asked)));
        return queries.page(claimFilter, first, after);
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<EntityNode> subject(ClaimNode claim, DataLoader<EntityKey, EntityNode> entities) {
        return entities.load(new EntityKey(claim.claim().subject(), claim.knownAt()));
    }

    @SchemaMapping(typeName = "Claim")
    Predicate predicate(ClaimNode claim, GraphQLContext context) {
        return vocabulary.predicate(claim.claim().predicate(), context);
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<Object> object(ClaimNode claim, DataLoader<EntityKey, EntityNode> entities) {
        return value(claim.claim().object(), claim.knownAt(), entities);
    }

    @BatchMapping(typeName = "Claim", field = "history")
    Map<ClaimNode, List<RevisionNode>> history(List<ClaimNode> nodes, GraphQLContext context) {
        Reads.add(
                context, nodes.stream().map(n -> ChangeKeys.of(n.claim().id())).toList());
        var histories = claims.histories(nodes.stream().map(n -> n.claim().id()).toList());
        return nodes.stream()
                .distinct()
                .collect(Collectors.toMap(
                        n -> n,
                        n -> histories.getOrDefault(n.claim().id(), List.of()).stream()
                                .map(v -> RevisionNode.of(n.id(), v))
                                .toList()));
    }

    @SchemaMapping(typeName = "Qualifier")
    Predicate predicate(ClaimNode.QualifierView qualifier, GraphQLContext context) {
        return vocabulary.predicate(qualifier.qualifier().predicate(), context);
    }

    @SchemaMapping(typeName = "Qualifier")
    CompletableFuture<Object> value(ClaimNode.QualifierView qualifier, DataLoader<EntityKey, EntityNode> entities) {
        return value(qualifier.qualifier().value(), qualifier.knownAt(), entities);
    }

    @SchemaMapping(typeName = "Citation")
    CompletableFuture<SourceNode> source(ClaimNode.CitationView citation, DataLoader<SourceKey, SourceNode> sources) {
        return sources.load(new SourceKey(citation.citation().source(), citation.knownAt()));
    }

    @SchemaMapping(typeName = "AttributionLink")
    CompletableFuture<@Nullable EntityNode> entity(
            ClaimNode.AttributionView link, DataLoader<EntityKey, EntityNode> entities) {
        return link.link().entity() == null
                ? CompletableFuture.completedFuture(null)
                : entities.load(new EntityKey(link.link().entity(), link.knownAt()));
    }

    @SchemaMapping(typeName = "DateSpan")
    EdtfDate edtf(EdtfDate date) {
        return date;
    }

    /** An entity value loads with the other entities of its level; a text or a date is at hand. */
    private static CompletableFuture<Object> value(
            ClaimValue value, @Nullable Instant knownAt, DataLoader<EntityKey, EntityNode> entities) {
        if (value instanceof ClaimValue.EntityValue e) {
            return entities.load(new EntityKey(e.entity(), knownAt)).thenApply(node -> node);
        }
        return CompletableFuture.completedFuture(value);
    }
}
