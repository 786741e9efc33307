package org.chancery.admin;

import org.chancery.domain.entity.ExternalId;
import org.jspecify.annotations.Nullable;

/**
 * An entity's id in another registry.
 *
 * @param scheme the registry, such as {@code wikidata}
 * @param value the id there, such as {@code Q159}
 * @param url the page of the id in that registry, where the page knows how to link to it
 */
public record ExternalIdView(
        String scheme, String value, @Nullable String url) {

    /** {@code id}, linking out where it is a Wikidata item. */
    public static ExternalIdView of(ExternalId id) {
        String url = ExternalId.WIKIDATA.equals(id.scheme()) && id.value().matches("Q[1-9][0-9]*")
                ? "https://www.wikidata.org/wiki/" + id.value()
                : null;
        return new ExternalIdView(id.scheme(), id.value(), url);
    }
}
