package org.chancery.admin.entity;

import org.jspecify.annotations.Nullable;

/**
 * An entity's id in another registry.
 *
 * @param scheme the registry, such as {@code wikidata}
 * @param value the id there, such as {@code Q159}
 * @param url the page of the id in that registry, where the page knows how to link to it
 */
public record ExternalIdView(
        String scheme, String value, @Nullable String url) {}
