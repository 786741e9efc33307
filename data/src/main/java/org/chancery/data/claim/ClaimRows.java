package org.chancery.data.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.chancery.data.json.RegistryJson;
import org.chancery.data.revision.VersionTable;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.AttributionLink;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.revision.Change;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Maps claim rows to the domain and back. Public for the import baseline of the {@code bench} module,
 * which writes the rows the importer writes.
 */
@Mapper
public interface ClaimRows {

    /** Open ends of valid time, as stored: both databases hold these days. */
    LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    record ClaimRow(
            Long claimId,
            Integer revision,
            @Nullable OffsetDateTime recordedFrom,
            @Nullable OffsetDateTime recordedUntil,
            String author,
            String action,
            @Nullable String summary,
            Long subjectId,
            String predicateKey,
            @Nullable Long objectEntityId,
            @Nullable String objectText,
            @Nullable String objectDate,
            @Nullable String validFrom,
            @Nullable String validUntil,
            LocalDate startsEarliest,
            LocalDate startsLatest,
            LocalDate endsEarliest,
            LocalDate endsLatest,
            String claimRank,
            @Nullable String deprecationReason,
            String qualifiers,
            String citations)
            implements VersionTable.Row {}

    @Mapping(target = "id", source = "claimId")
    @Mapping(target = "subject", source = "subjectId")
    @Mapping(target = "predicate", source = "predicateKey")
    @Mapping(target = "object", source = "row", qualifiedByName = "object")
    @Mapping(target = "rank", source = "claimRank")
    // MapStruct takes Claim's one-argument state changes for fluent setters
    @Mapping(target = "correct", ignore = true)
    @Mapping(target = "deprecate", ignore = true)
    @Mapping(target = "restore", ignore = true)
    Claim toClaim(ClaimRow row);

    @Mapping(target = "claimId", source = "claim.id")
    @Mapping(target = "recordedFrom", ignore = true)
    @Mapping(target = "recordedUntil", ignore = true)
    @Mapping(target = "subjectId", source = "claim.subject")
    @Mapping(target = "predicateKey", source = "claim.predicate")
    @Mapping(target = "objectEntityId", expression = "java(entityOf(claim.object()))")
    @Mapping(target = "objectText", expression = "java(textOf(claim.object()))")
    @Mapping(target = "objectDate", expression = "java(dateOf(claim.object()))")
    @Mapping(target = "startsEarliest", expression = "java(day(claim.validFrom(), true, FIRST_DAY))")
    @Mapping(target = "startsLatest", expression = "java(day(claim.validFrom(), false, FIRST_DAY))")
    @Mapping(target = "endsEarliest", expression = "java(day(claim.validUntil(), true, LAST_DAY))")
    @Mapping(target = "endsLatest", expression = "java(day(claim.validUntil(), false, LAST_DAY))")
    @Mapping(target = "claimRank", source = "claim.rank")
    ClaimRow toRow(Claim claim, Integer revision, Change change);

    @Named("object")
    default ClaimValue object(ClaimRow row) {
        return value(row.objectEntityId(), row.objectText(), row.objectDate());
    }

    private static ClaimValue value(@Nullable Long entity, @Nullable String text, @Nullable String date) {
        if (entity != null) {
            return ClaimValue.entity(new EntityId(entity));
        }
        if (date != null) {
            return ClaimValue.date(EdtfDate.parse(date));
        }
        return ClaimValue.text(Objects.requireNonNull(text, "a value is an entity, a date or a text"));
    }

    default List<Qualifier> qualifiers(String json) {
        return RegistryJson.qualifiers(json);
    }

    default List<Citation> citations(String json) {
        return RegistryJson.citations(json);
    }

    default String qualifiersJson(List<Qualifier> qualifiers) {
        return RegistryJson.write(qualifiers);
    }

    default String citationsJson(List<Citation> citations) {
        return RegistryJson.write(citations);
    }

    /**
     * The rows of {@code claim_reference} for {@code claim}: the entities its qualifiers and attributions
     * name, each once, in order of id.
     */
    @Named("namedEntities")
    default Set<Long> namedEntities(Claim claim) {
        Set<Long> named = new TreeSet<>();
        claim.citations().stream()
                .flatMap(citation -> citation.attribution().stream())
                .map(AttributionLink::entity)
                .filter(Objects::nonNull)
                .forEach(entity -> named.add(entity.value()));
        claim.qualifiers().stream()
                .map(qualifier -> entityOf(qualifier.value()))
                .filter(Objects::nonNull)
                .forEach(named::add);
        return named;
    }

    default @Nullable Long entityOf(ClaimValue value) {
        return value instanceof ClaimValue.EntityValue e ? e.entity().value() : null;
    }

    default @Nullable String textOf(ClaimValue value) {
        return value instanceof ClaimValue.TextValue t ? t.text() : null;
    }

    default @Nullable String dateOf(ClaimValue value) {
        return value instanceof ClaimValue.DateValue d ? d.date().form() : null;
    }

    /** The earliest or latest day of {@code date} as stored, an open end being {@code open}. */
    default LocalDate day(@Nullable EdtfDate date, boolean earliest, LocalDate open) {
        if (date == null) {
            return open;
        }
        LocalDate day = earliest ? date.earliest() : date.latest();
        return day == null ? (earliest ? FIRST_DAY : LAST_DAY) : clamp(day);
    }

    static LocalDate clamp(LocalDate day) {
        return day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
    }

    default ClaimId claimId(Long value) {
        return new ClaimId(value);
    }

    default Long value(ClaimId id) {
        return id.value();
    }

    default @Nullable EntityId entityId(@Nullable Long value) {
        return value == null ? null : new EntityId(value);
    }

    default @Nullable Long value(@Nullable EntityId id) {
        return id == null ? null : id.value();
    }

    default SourceId sourceId(Long value) {
        return new SourceId(value);
    }

    default Long value(SourceId id) {
        return id.value();
    }

    default @Nullable EdtfDate date(@Nullable String form) {
        return form == null ? null : EdtfDate.parse(form);
    }

    default @Nullable String form(@Nullable EdtfDate date) {
        return date == null ? null : date.form();
    }
}
