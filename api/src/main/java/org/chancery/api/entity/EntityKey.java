package org.chancery.api.entity;

import java.time.Instant;
import org.chancery.domain.EntityId;
import org.jspecify.annotations.Nullable;

/** An entity as the registry stood at {@code knownAt} ({@code null} for now), the key of its batch loader. */
public record EntityKey(EntityId id, @Nullable Instant knownAt) {}
