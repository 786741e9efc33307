package org.chancery.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitor;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chancery.domain.ChangeKeys;
import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * What one answer read, as the {@link ChangeKeys} of the changes that would change it: gathered while a
 * query runs, and kept with its answer by {@link ResponseCache}, which drops the answer when a change
 * touches one of them. Each field that reads the registry says what it read; a field of the schema whose
 * reads have no keys ({@link #KEYED} does not name it) marks the answer as not to be kept, and so does
 * one that reads who is asking ({@link #personal}).
 */
public final class Reads {

    /**
     * The fields, beside those that only read a property, whose reads are keyed: each adds the keys of what
     * it reads, or reads nothing that changes (a revision's state, a date's text).
     */
    static final Set<String> KEYED = Set.of(
            "Query.node",
            "Query.entity",
            "Query.entities",
            "Query.claim",
            "Query.claims",
            "Query.source",
            "Query.sources",
            "Query.predicates",
            "Query.recentChanges",
            "Entity.claims",
            "Entity.mergedInto",
            "Entity.mergedIds",
            "Entity.history",
            "Source.publisher",
            "Source.text",
            "Source.claims",
            "Source.history",
            "Claim.subject",
            "Claim.object",
            "Claim.predicate",
            "Claim.history",
            "Qualifier.predicate",
            "Qualifier.value",
            "Citation.source",
            "AttributionLink.entity",
            "DateSpan.edtf",
            "Revision.state",
            "Revision.reviews");

    private static final String KEY = Reads.class.getName();

    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private volatile boolean keepable = true;

    private Reads() {}

    /** Starts gathering the reads of the request whose context {@code context} builds. */
    static Reads of(GraphQLContext.Builder context) {
        Reads reads = new Reads();
        context.put(KEY, reads);
        return reads;
    }

    /** Notes that the answer read {@code keys}. */
    public static void add(GraphQLContext context, Collection<String> keys) {
        Reads reads = context.get(KEY);
        if (reads != null) {
            reads.keys.addAll(keys);
        }
    }

    /** Notes that the answer read {@code key}. */
    public static void add(GraphQLContext context, String key) {
        add(context, List.of(key));
    }

    /** Notes, in a batch loader, that the answer read {@code keys}. */
    public static void add(BatchLoaderEnvironment env, Collection<String> keys) {
        if (env.getContext() instanceof GraphQLContext context) {
            add(context, keys);
        }
    }

    /** Marks the answer as about who is asking, or as reading what has no keys: it is not kept. */
    public static void personal(GraphQLContext context) {
        Reads reads = context.get(KEY);
        if (reads != null) {
            reads.keepable = false;
        }
    }

    /** The keys read, or {@code null} when the answer is not to be kept. */
    @Nullable
    Set<String> keys() {
        return keepable ? Set.copyOf(keys) : null;
    }

    /**
     * Wraps the data fetcher of every field not in {@link #KEYED} so that running it marks the answer as
     * not to be kept. Fields that only read a property of what their parent loaded have no fetcher of
     * their own, and cost nothing.
     */
    static GraphQLTypeVisitor unkeyedFields() {
        return new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(
                    GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
                GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                if (context.getParentNode() instanceof GraphQLFieldsContainer parent) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
                    if (registry.hasDataFetcher(coordinates)
                            && !parent.getName().equals("Mutation")
                            && !KEYED.contains(parent.getName() + "." + field.getName())) {
                        DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                        registry.dataFetcher(coordinates, (DataFetcher<?>) env -> {
                            personal(env.getGraphQlContext());
                            return fetcher.get(env);
                        });
                    }
                }
                return TraversalControl.CONTINUE;
            }
        };
    }
}
