package org.chancery.domain.source;

import java.util.List;
import java.util.Locale;
import org.chancery.domain.Bounds;
import org.chancery.domain.EntityId;
import org.chancery.domain.SearchRank;
import org.jspecify.annotations.Nullable;

/**
 * Which sources a list asks for.
 *
 * @param title words the title must contain, ignoring case; {@code null} for any
 * @param publisher only sources this entity published; {@code null} for any
 */
public record SourceSearch(@Nullable String title, @Nullable EntityId publisher) {

    /** The longest title searched for. */
    public static final int MAX_TITLE = 200;

    public static final SourceSearch ALL = new SourceSearch(null, null);

    public SourceSearch {
        Bounds.atMost("title", title, MAX_TITLE);
        title = title == null || title.isBlank() ? null : title;
    }

    /** How well {@code source} matches the title searched for: a {@link SearchRank}. */
    public int rank(Source source) {
        List<String> words = words();
        return words.isEmpty()
                ? SearchRank.EXACT
                : SearchRank.of(String.join(" ", words), source.title().toLowerCase(Locale.ROOT));
    }

    /** The words of the title searched for, in lower case; none when any title will do. */
    public List<String> words() {
        return title == null
                ? List.of()
                : List.of(title.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
