package org.chancery.data.dataset;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.source.Source;
import org.chancery.domain.time.EdtfDate;
import org.chancery.domain.vocabulary.Predicate;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps dataset records to the domain and back. Public, with {@link DatasetJson} and {@link DatasetRecord},
 * for the import baseline of the {@code bench} module, which reads files as the importer does.
 */
@Mapper
public interface DatasetRecords {

    Predicate toPredicate(DatasetRecord.PredicateRecord record);

    DatasetRecord.PredicateRecord toRecord(Predicate predicate);

    // MapStruct takes Entity's one-argument state changes for fluent setters
    @Mapping(target = "correct", ignore = true)
    @Mapping(target = "mergeInto", ignore = true)
    Entity toEntity(DatasetRecord.EntityRecord record);

    DatasetRecord.EntityRecord toRecord(Entity entity);

    @Mapping(target = "textSha256", source = "sha256")
    Source toSource(DatasetRecord.SourceRecord record);

    @Mapping(target = "sha256", source = "textSha256")
    DatasetRecord.SourceRecord toRecord(Source source);

    @Mapping(target = "correct", ignore = true)
    @Mapping(target = "deprecate", ignore = true)
    @Mapping(target = "restore", ignore = true)
    Claim toClaim(DatasetRecord.ClaimRecord record);

    DatasetRecord.ClaimRecord toRecord(Claim claim);

    Qualifier toQualifier(DatasetRecord.QualifierRecord record);

    DatasetRecord.QualifierRecord toRecord(Qualifier qualifier);

    @Mapping(target = "quotePosition", ignore = true)
    Citation toCitation(DatasetRecord.CitationRecord record);

    DatasetRecord.CitationRecord toRecord(Citation citation);

    default ClaimValue toValue(DatasetRecord.ValueRecord record) {
        if (record.entity() != null) {
            return ClaimValue.entity(record.entity());
        }
        EdtfDate date = record.date();
        return date != null ? ClaimValue.date(date) : ClaimValue.text(Objects.requireNonNull(record.text()));
    }

    default DatasetRecord.ValueRecord toRecord(ClaimValue value) {
        if (value instanceof ClaimValue.EntityValue e) {
            return new DatasetRecord.ValueRecord(e.entity(), null, null);
        }
        if (value instanceof ClaimValue.DateValue d) {
            return new DatasetRecord.ValueRecord(null, null, d.date());
        }
        return new DatasetRecord.ValueRecord(null, ((ClaimValue.TextValue) value).text(), null);
    }

    /** Kinds in a fixed order, so exports are byte for byte the same. */
    default List<EntityKind> sorted(Set<EntityKind> kinds) {
        return kinds.stream().sorted().toList();
    }
}
