package org.chancery.domain.entity;

import java.util.Objects;

/**
 * The entity's id in another registry.
 *
 * @param scheme the registry, such as {@code wikidata}
 * @param value the id there, such as {@code Q159}
 */
public record ExternalId(String scheme, String value) {

    public static final String WIKIDATA = "wikidata";

    public ExternalId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }

    public static ExternalId wikidata(String qid) {
        return new ExternalId(WIKIDATA, qid);
    }
}
