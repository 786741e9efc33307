package org.chancery.domain;

/**
 * The names of the parts of the registry a change touches and an answer reads: an answer kept between
 * changes stays true until a change touches one of the keys it read. A key names one object ({@code E3},
 * {@code C6}), the claims a list could hold by one of its conditions ({@code subject:E3}, {@code
 * predicate:recognizes}, {@code citing:S1}), or a whole kind ({@link #CLAIMS}); {@link #EVERYTHING} is a
 * change whose keys were not kept. Keys hold no spaces or commas, so a list of them fits an HTTP header.
 */
public final class ChangeKeys {

    /** Any claim: what a list of claims with no narrower condition reads. */
    public static final String CLAIMS = "claims";

    /** Any entity, its names and its merges: what the list and the search of entities read. */
    public static final String ENTITIES = "entities";

    /** Any source: what the list of sources reads. */
    public static final String SOURCES = "sources";

    /** The vocabulary of predicates. */
    public static final String VOCABULARY = "vocabulary";

    /** The list of changes and reviews. */
    public static final String CHANGES = "changes";

    /** Everything: a change too large to name, or one whose keys are not known. */
    public static final String EVERYTHING = "*";

    private ChangeKeys() {}

    /** The object {@code id}: its state, its history and the reviews of its revisions. */
    public static String of(NodeId id) {
        return id.toString();
    }

    /** The claims whose subject is {@code entity}. */
    public static String subject(EntityId entity) {
        return "subject:" + entity;
    }

    /** The claims whose object is {@code entity}. */
    public static String object(EntityId entity) {
        return "object:" + entity;
    }

    /** The claims that state {@code predicate}. */
    public static String predicate(String predicate) {
        return "predicate:" + predicate;
    }

    /** The claims that cite {@code source}. */
    public static String citing(SourceId source) {
        return "citing:" + source;
    }
}
