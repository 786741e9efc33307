package org.chancery.domain.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;

/**
 * A document that claims cite, as one revision left it. See {@link SourceDraft} for the fields.
 *
 * @param textSha256 the SHA-256 of the stored text's exact UTF-8 bytes, when text is stored: {@link #of}
 *     computes it, and a stored source carries it as it was computed, so reading a source never hashes
 *     its text again
 */
public record Source(
        SourceId id,
        SourceKind kind,
        String title,
        @Nullable String url,
        @Nullable String archiveUrl,
        @Nullable EntityId publisher,
        @Nullable OffsetDateTime publishedAt,
        @Nullable String language,
        @Nullable LocalDate retrievedOn,
        @Nullable String text,
        @Nullable String textSha256) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        if ((text == null) != (textSha256 == null)) {
            throw new IllegalArgumentException("%s has a SHA-256 exactly when it has a text".formatted(id));
        }
    }

    /** A source with the content of {@code draft}, which must have been checked. */
    public static Source of(SourceId id, SourceDraft draft) {
        String text = draft.text();
        return new Source(
                id,
                draft.kind(),
                draft.title(),
                draft.url(),
                draft.archiveUrl(),
                draft.publisher(),
                draft.publishedAt(),
                draft.language(),
                draft.retrievedOn(),
                text,
                text == null ? null : SourceText.sha256(text));
    }

    public SourceDraft content() {
        return new SourceDraft(kind, title, url, archiveUrl, publisher, publishedAt, language, retrievedOn, text);
    }

    /**
     * The stored text as {@code actor} may see it: whole for a curator, none for anyone else, as it is kept
     * only so that quotes can be checked (its copyright is not the registry's); everyone sees its hash.
     */
    public @Nullable String textFor(Actor actor) {
        return actor.curates() ? text : null;
    }
}
