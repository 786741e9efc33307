package org.chancery.api.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.chancery.api.Ids;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.SourceId;
import org.chancery.domain.security.Actor;
import org.chancery.domain.source.SourceCuration;
import org.chancery.domain.source.SourceDraft;
import org.chancery.domain.source.SourceKind;
import org.chancery.domain.time.EdtfDate;
import org.chancery.domain.time.Precision;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The mutations that add and correct sources; each checks the actor in its use case. */
@Controller
class SourceMutations {

    private final SourceCuration curation;

    SourceMutations(SourceCuration curation) {
        this.curation = curation;
    }

    /** The content of a source, as both mutations take it. */
    interface SourceFields {
        SourceKind kind();

        String title();

        @Nullable
        String url();

        @Nullable
        String archiveUrl();

        @Nullable
        String publisher();

        @Nullable
        String publishedAt();

        @Nullable
        String language();

        @Nullable
        EdtfDate retrievedOn();

        @Nullable
        String text();
    }

    record CreateSourceInput(
            SourceKind kind,
            String title,
            @Nullable String url,
            @Nullable String archiveUrl,
            @Nullable String publisher,
            @Nullable String publishedAt,
            @Nullable String language,
            @Nullable EdtfDate retrievedOn,
            @Nullable String text)
            implements SourceFields {}

    record UpdateSourceInput(
            String id,
            int expectedRevision,
            String reason,
            SourceKind kind,
            String title,
            @Nullable String url,
            @Nullable String archiveUrl,
            @Nullable String publisher,
            @Nullable String publishedAt,
            @Nullable String language,
            @Nullable EdtfDate retrievedOn,
            @Nullable String text)
            implements SourceFields {}

    record SourcePayload(SourceNode source) {}

    @MutationMapping
    SourcePayload createSource(@Argument CreateSourceInput input, @ContextValue Actor actor) {
        SourceDraft draft = draft(input);
        return new SourcePayload(new SourceNode(curation.create(actor, draft), null));
    }

    @MutationMapping
    SourcePayload updateSource(@Argument UpdateSourceInput input, @ContextValue Actor actor) {
        SourceId id = Ids.source("id", input.id());
        SourceDraft draft = draft(input);
        return new SourcePayload(
                new SourceNode(curation.correct(actor, id, input.expectedRevision(), draft, input.reason()), null));
    }

    private static SourceDraft draft(SourceFields input) {
        return new SourceDraft(
                input.kind(),
                input.title(),
                input.url(),
                input.archiveUrl(),
                Ids.entityOrNull("publisher", input.publisher()),
                dateTime(input.publishedAt()),
                input.language(),
                day(input.retrievedOn()),
                input.text());
    }

    private static @Nullable OffsetDateTime dateTime(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "publishedAt", "Write the time with its offset, such as 2022-05-06T20:43:00+02:00");
        }
    }

    private static @Nullable LocalDate day(@Nullable EdtfDate date) {
        if (date == null) {
            return null;
        }
        if (date.precision() != Precision.DAY) {
            throw new InvalidInputException("retrievedOn", "Give the day the source was read, such as 2022-05-07");
        }
        return date.earliest();
    }
}
