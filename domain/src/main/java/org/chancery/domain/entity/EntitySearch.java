package org.chancery.domain.entity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which entities a search asks for.
 *
 * @param text words that a name or an alias must contain, compared as {@link SearchKey}s; {@code null}
 *     for all
 * @param kinds the kinds wanted; empty for all
 * @param knownAt the registry as it stood at this moment; {@code null} for now
 */
public record EntitySearch(
        @Nullable String text,
        Set<EntityKind> kinds,
        @Nullable Instant knownAt) {

    public EntitySearch {
        kinds = Set.copyOf(kinds);
    }

    /** The search key {@code text} folds to, or {@code null} when it holds no letter or digit. */
    public @Nullable String key() {
        if (text == null) {
            return null;
        }
        String key = SearchKey.of(text);
        return key.isEmpty() ? null : key;
    }
}
