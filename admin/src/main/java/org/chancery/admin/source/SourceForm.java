package org.chancery.admin.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.chancery.admin.EntityPicker;
import org.chancery.admin.FormInput;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.SourceDraft;
import org.chancery.domain.source.SourceKind;
import org.jspecify.annotations.Nullable;

/**
 * The source form as the curator filled it in: texts only, so that whatever was entered can be shown again.
 *
 * @param expectedRevision the revision an edit started from
 * @param kind the kind's name
 * @param title the title
 * @param url where it is published
 * @param archiveUrl an archived copy
 * @param publisher the publisher's name or id, such as {@code TASS} or {@code E14}
 * @param publishedAt when it was published, as {@code 2022-02-21T10:00:00Z}
 * @param language its language, such as {@code en}
 * @param retrievedOn the day it was read, as {@code 2024-05-01}
 * @param text its text, when stored
 * @param reason why an edit is made
 */
public record SourceForm(
        @Nullable Integer expectedRevision,
        @Nullable String kind,
        @Nullable String title,
        @Nullable String url,
        @Nullable String archiveUrl,
        @Nullable String publisher,
        @Nullable String publishedAt,
        @Nullable String language,
        @Nullable String retrievedOn,
        @Nullable String text,
        @Nullable String reason) {

    static SourceForm empty() {
        return new SourceForm(null, null, null, null, null, null, null, null, null, null, null);
    }

    static SourceForm of(Source source, int revision) {
        return new SourceForm(
                revision,
                source.kind().name(),
                source.title(),
                source.url(),
                source.archiveUrl(),
                source.publisher() == null ? null : source.publisher().toString(),
                source.publishedAt() == null ? null : source.publishedAt().toString(),
                source.language(),
                source.retrievedOn() == null ? null : source.retrievedOn().toString(),
                source.text(),
                null);
    }

    /** The source this form describes; {@code entities} finds the publisher a name or an id stands for. */
    SourceDraft toDraft(EntityPicker entities, FormInput formInput) {
        return new SourceDraft(
                formInput.optionalChoice("kind", kind, SourceKind.class, "input.source.kind"),
                title == null ? "" : title,
                blankToNull(url),
                blankToNull(archiveUrl),
                blankToNull(publisher) == null ? null : entities.pick("publisher", publisher),
                parse("publishedAt", publishedAt, OffsetDateTime::parse, formInput, "input.moment"),
                blankToNull(language),
                parse("retrievedOn", retrievedOn, LocalDate::parse, formInput, "input.day"),
                text == null || text.isEmpty() ? null : text);
    }

    /** Null for an empty input; a malformed one is refused at its field in the words of the message {@code key}. */
    private static <T> @Nullable T parse(
            String field, @Nullable String given, Function<String, T> parser, FormInput formInput, String key) {
        String value = blankToNull(given);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException malformed) {
            throw formInput.refusal(field, key);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
