package org.chancery.domain.source;

import java.util.OptionalInt;
import org.chancery.domain.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * What checking a quote needs to know of a source: its normalised stored text, if any.
 *
 * @param id the source
 * @param normalisedText the stored text after {@link SourceText#normalise}, or {@code null} when no
 *     text is stored and quotes cannot be checked
 */
public record CitedSource(SourceId id, @Nullable String normalisedText) {

    public static CitedSource of(Source source) {
        return new CitedSource(source.id(), source.text() == null ? null : SourceText.normalise(source.text()));
    }

    /** Where {@code quote} starts in the stored text: empty when it does not occur, or no text is stored. */
    public OptionalInt find(String quote) {
        if (normalisedText == null) {
            return OptionalInt.empty();
        }
        int at = normalisedText.indexOf(SourceText.normalise(quote));
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
    }

    public boolean hasText() {
        return normalisedText != null;
    }
}
