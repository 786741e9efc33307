package org.chancery.domain.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link Predicates} kept in memory, for tests. */
public class InMemoryPredicates implements Predicates {

    private final Map<String, Predicate> byKey = new TreeMap<>();

    public InMemoryPredicates with(Predicate... predicates) {
        for (Predicate predicate : predicates) {
            save(predicate);
        }
        return this;
    }

    @Override
    public Optional<Predicate> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The same as {@link #find}: a test changes the vocabulary from one thread only. */
    @Override
    public Optional<Predicate> lock(String key) {
        return find(key);
    }

    @Override
    public List<Predicate> all() {
        return List.copyOf(byKey.values());
    }

    @Override
    public void save(Predicate predicate) {
        byKey.put(predicate.key(), predicate);
    }
}
