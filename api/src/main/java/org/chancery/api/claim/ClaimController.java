package org.chancery.api.claim;

import graphql.GraphQLContext;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
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
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/** The {@code Claim} type, its parts, and the queries that find claims. */
@Controller
class ClaimController implements RuntimeWiringConfigurer {

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
            @Nullable List<Modality> modalities,
            @Nullable Boolean contested) {

        static final ClaimFilterInput NONE =
                new ClaimFilterInput(null, null, null, null, null, null, null, null, null, null);
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
                .withContested(f.contested())
                .withBestRank(Boolean.TRUE.equals(f.bestRank()))
                .withKnownAt(knownAt);
        Reads.add(context, ClaimKeys.of(claimFilter));
        // the ids asked and those they stand for: a merge of either changes what an id stands for
        Stream.of(subject, object, involving, claimFilter.subject(), claimFilter.object(), claimFilter.involving())
                .filter(Objects::nonNull)
                .forEach(entity -> Reads.add(context, ChangeKeys.of(entity)));
        return queries.page(claimFilter, first, after);
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

    /**
     * The fields asked of every claim of a page, and of its details, citations and dates, as plain data
     * fetchers marked trivial: they run without the annotated-method invocation, context propagation and
     * observation that Spring gives a controller method, which on a page of a hundred claims cost more
     * than the fields themselves. None of them needs who is asking or throws for bad input.
     */
    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Claim",
                        type -> type.dataFetcher(
                                        "subject",
                                        light(env -> entities(env)
                                                .load(new EntityKey(
                                                        claim(env).claim().subject(),
                                                        claim(env).knownAt()))))
                                .dataFetcher(
                                        "predicate",
                                        light(env -> vocabulary.predicate(
                                                claim(env).claim().predicate(), env.getGraphQlContext())))
                                .dataFetcher(
                                        "object",
                                        light(env -> value(
                                                claim(env).claim().object(),
                                                claim(env).knownAt(),
                                                entities(env)))))
                .type(
                        "Qualifier",
                        type -> type.dataFetcher("predicate", light(env -> {
                                    ClaimNode.QualifierView qualifier = env.getSource();
                                    return vocabulary.predicate(
                                            qualifier.qualifier().predicate(), env.getGraphQlContext());
                                }))
                                .dataFetcher("value", light(env -> {
                                    ClaimNode.QualifierView qualifier = env.getSource();
                                    return value(qualifier.qualifier().value(), qualifier.knownAt(), entities(env));
                                })))
                .type(
                        "Citation",
                        type -> type.dataFetcher("source", light(env -> {
                            ClaimNode.CitationView citation = env.getSource();
                            return env.<SourceKey, SourceNode>getDataLoader(SourceNode.class.getName())
                                    .load(new SourceKey(citation.citation().source(), citation.knownAt()));
                        })))
                .type(
                        "AttributionLink",
                        type -> type.dataFetcher("entity", light(env -> {
                            ClaimNode.AttributionView link = env.getSource();
                            EntityId entity = link.link().entity();
                            return entity == null ? null : entities(env).load(new EntityKey(entity, link.knownAt()));
                        })))
                .type("DateSpan", type -> type.dataFetcher("edtf", light(DataFetchingEnvironment::getSource)));
    }

    private static <T> TrivialDataFetcher<T> light(TrivialDataFetcher<T> fetcher) {
        return fetcher;
    }

    private static ClaimNode claim(DataFetchingEnvironment env) {
        return env.getSource();
    }

    private static DataLoader<EntityKey, EntityNode> entities(DataFetchingEnvironment env) {
        return env.getDataLoader(EntityNode.class.getName());
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
