package org.chancery.api.vocabulary;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancery.api.Reads;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.vocabulary.Predicate;
import org.chancery.domain.vocabulary.Predicates;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The predicate vocabulary: small, so each request reads it once, whatever asks for it. */
@Controller
public class Vocabulary {

    private static final String KEY = Vocabulary.class.getName();

    private final Predicates predicates;

    Vocabulary(Predicates predicates) {
        this.predicates = predicates;
    }

    @QueryMapping
    List<Predicate> predicates(GraphQLContext context) {
        Reads.add(context, ChangeKeys.VOCABULARY);
        return predicates.all();
    }

    /** The predicate {@code key}, from the vocabulary this request read. */
    public Predicate predicate(String key, GraphQLContext context) {
        Reads.add(context, ChangeKeys.VOCABULARY);
        Map<String, Predicate> all = context.computeIfAbsent(
                KEY, k -> predicates.all().stream().collect(Collectors.toMap(Predicate::key, Function.identity())));
        Predicate predicate = all.get(key);
        if (predicate == null) {
            throw new IllegalStateException("a stored claim names a predicate that is not in the vocabulary");
        }
        return predicate;
    }
}
