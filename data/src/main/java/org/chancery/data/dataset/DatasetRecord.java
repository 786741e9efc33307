package org.chancery.data.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.AttributionLink;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.Alias;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.entity.ExternalId;
import org.chancery.domain.source.SourceKind;
import org.chancery.domain.time.EdtfDate;
import org.chancery.domain.vocabulary.ObjectType;
import org.jspecify.annotations.Nullable;

/** One line of a dataset file. Fields are written in the order declared here, empty ones left out. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DatasetRecord.PredicateRecord.class, name = "predicate"),
    @JsonSubTypes.Type(value = DatasetRecord.EntityRecord.class, name = "entity"),
    @JsonSubTypes.Type(value = DatasetRecord.SourceRecord.class, name = "source"),
    @JsonSubTypes.Type(value = DatasetRecord.ClaimRecord.class, name = "claim")
})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public sealed interface DatasetRecord {

    /** The record's id as written: {@code E17}, or a predicate's key. */
    String reference();

    record PredicateRecord(
            String key,
            String label,
            String inverseLabel,
            @Nullable String description,
            List<EntityKind> subjectKinds,
            ObjectType objectType,
            List<EntityKind> objectKinds,
            @JsonInclude(JsonInclude.Include.ALWAYS) boolean symmetric,
            @Nullable String cameoCode,
            @Nullable String wikidataProperty)
            implements DatasetRecord {

        public PredicateRecord {
            require("key", key);
            require("objectType", objectType);
            subjectKinds = orEmpty(subjectKinds);
            objectKinds = orEmpty(objectKinds);
        }

        @Override
        public String reference() {
            return key;
        }
    }

    record EntityRecord(
            EntityId id,
            EntityKind kind,
            String name,
            List<Alias> aliases,
            @Nullable String description,
            List<ExternalId> externalIds,
            @Nullable EntityId mergedInto)
            implements DatasetRecord {

        public EntityRecord {
            require("id", id);
            require("kind", kind);
            require("name", name);
            aliases = orEmpty(aliases);
            externalIds = orEmpty(externalIds);
        }

        @Override
        public String reference() {
            return id.toString();
        }
    }

    record SourceRecord(
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
            @Nullable String sha256)
            implements DatasetRecord {

        public SourceRecord {
            require("id", id);
            require("kind", kind);
            require("title", title);
        }

        @Override
        public String reference() {
            return id.toString();
        }
    }

    record ClaimRecord(
            ClaimId id,
            EntityId subject,
            String predicate,
            ValueRecord object,
            @Nullable EdtfDate validFrom,
            @Nullable EdtfDate validUntil,
            List<QualifierRecord> qualifiers,
            Rank rank,
            @Nullable String deprecationReason,
            List<CitationRecord> citations)
            implements DatasetRecord {

        public ClaimRecord {
            require("id", id);
            require("subject", subject);
            require("predicate", predicate);
            require("object", object);
            require("rank", rank);
            qualifiers = orEmpty(qualifiers);
            citations = orEmpty(citations);
        }

        @Override
        public String reference() {
            return id.toString();
        }
    }

    /** A claim's object or a qualifier's value: exactly one of the three. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ValueRecord(
            @Nullable EntityId entity,
            @Nullable String text,
            @Nullable EdtfDate date) {

        public ValueRecord {
            long given = Stream.of(entity, text, date).filter(Objects::nonNull).count();
            if (given != 1) {
                throw new InvalidInputException("", "Give exactly one of entity, text or date");
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record QualifierRecord(String predicate, ValueRecord value) {

        public QualifierRecord {
            require("predicate", predicate);
            require("value", value);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record CitationRecord(
            SourceId source,
            String quote,
            @Nullable String locator,
            List<AttributionLink> attribution,
            Modality modality) {

        public CitationRecord {
            require("source", source);
            require("quote", quote);
            require("modality", modality);
            attribution = orEmpty(attribution);
        }
    }

    private static void require(String field, @Nullable Object value) {
        if (value == null) {
            throw new InvalidInputException(field, "Give a value: the field is required");
        }
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
