package org.chancery.api.source;

import java.time.Instant;
import org.chancery.domain.SourceId;
import org.jspecify.annotations.Nullable;

/** A source as the registry stood at {@code knownAt} ({@code null} for now), the key of its batch loader. */
public record SourceKey(SourceId id, @Nullable Instant knownAt) {}
