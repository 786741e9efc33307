package org.chancery.domain.entity;

import java.time.Instant;
import java.util.Set;
import org.chancery.domain.Bounds;
import org.chancery.domain.SearchRank;
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

    /** The longest text searched for. */
    public static final int MAX_TEXT = 200;

    public EntitySearch {
        Bounds.atMost("text", text, MAX_TEXT);
        text = text == null || text.isBlank() ? null : text;
        kinds = Set.copyOf(kinds);
    }

    /** The search key {@code text} folds to, or {@code null} when no text is searched for. */
    public @Nullable String key() {
        return text == null ? null : SearchKey.of(text);
    }

    /** How well {@code entity} matches the text searched for: its best name's {@link SearchRank}. */
    public int rank(Entity entity) {
        String key = key();
        return key == null
                ? SearchRank.EXACT
                : SearchRank.of(key, entity.names().stream().map(SearchKey::of).toList());
    }

    /** Whether the text searched for holds no letter or digit, so that no name can match it. */
    public boolean matchesNothing() {
        String key = key();
        return key != null && key.isEmpty();
    }
}
