package org.chancery.admin;

import org.jspecify.annotations.Nullable;

/** One link of an attribution chain: an entity, or a text where the registry has no entity. */
public record AttributionView(
        @Nullable EntityRef entity, @Nullable String text) {}
