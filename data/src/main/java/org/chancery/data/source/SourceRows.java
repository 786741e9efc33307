package org.chancery.data.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.chancery.data.revision.VersionTable;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.revision.Change;
import org.chancery.domain.source.Source;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps source rows to the domain and back. Public for the import baseline of the {@code bench} module,
 * which writes the rows the importer writes.
 */
@Mapper
public interface SourceRows {

    record SourceRow(
            Long sourceId,
            Integer revision,
            @Nullable OffsetDateTime recordedFrom,
            @Nullable OffsetDateTime recordedUntil,
            String author,
            String action,
            @Nullable String summary,
            String kind,
            String title,
            @Nullable String url,
            @Nullable String archiveUrl,
            @Nullable Long publisherId,
            @Nullable String publishedAt,
            @Nullable String language,
            @Nullable LocalDate retrievedOn,
            @Nullable String textContent,
            @Nullable String textSha256)
            implements VersionTable.Row {}

    @Mapping(target = "id", source = "sourceId")
    @Mapping(target = "publisher", source = "publisherId")
    @Mapping(target = "text", source = "textContent")
    Source toSource(SourceRow row);

    @Mapping(target = "sourceId", source = "source.id")
    @Mapping(target = "publisherId", source = "source.publisher")
    @Mapping(target = "textContent", source = "source.text")
    @Mapping(target = "recordedFrom", ignore = true)
    @Mapping(target = "recordedUntil", ignore = true)
    SourceRow toRow(Source source, Integer revision, Change change);

    default SourceId sourceId(Long value) {
        return new SourceId(value);
    }

    default Long value(SourceId id) {
        return id.value();
    }

    default @Nullable EntityId entityId(@Nullable Long value) {
        return value == null ? null : new EntityId(value);
    }

    default @Nullable Long value(@Nullable EntityId id) {
        return id == null ? null : id.value();
    }

    default @Nullable OffsetDateTime dateTime(@Nullable String value) {
        return value == null ? null : OffsetDateTime.parse(value);
    }

    default @Nullable String text(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toString();
    }
}
