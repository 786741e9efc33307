package org.chancery.domain;

/**
 * A number that grows with every committed change to what the registry holds (entities, sources, claims,
 * the vocabulary, merges, reviews), read the same by every instance that shares the database: an answer
 * computed at one version stays true until it grows.
 */
@FunctionalInterface
public interface RegistryVersion {

    long current();
}
