package org.chancery.data.dataset;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimContext;
import org.chancery.domain.claim.ClaimRules;
import org.chancery.domain.claim.RegistryContext;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.source.CitedSource;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.SourceText;
import org.chancery.domain.vocabulary.Predicate;

/**
 * Checks a file's records in order against the registry's rules, remembering what earlier lines
 * defined: the kinds of entities, the texts of sources and the ids seen, never whole records.
 */
final class DatasetCheck implements ClaimContext {

    private final DatasetRecords records;
    private final RegistryContext registry;
    private final Map<String, Predicate> predicates = new HashMap<>();
    private final Map<Long, EntityKind> kinds = new HashMap<>();
    private final BitSet merged = new BitSet();
    private final Map<Long, CitedSource> sources = new HashMap<>();
    private final BitSet claims = new BitSet();

    DatasetCheck(DatasetRecords records, RegistryContext registry) {
        this.records = records;
        this.registry = registry;
    }

    /** The domain object {@code record} stands for, once it passes every rule. */
    Object check(DatasetRecord record) {
        if (record instanceof DatasetRecord.PredicateRecord p) {
            Predicate predicate = records.toPredicate(p).checked();
            if (predicates.put(predicate.key(), predicate) != null) {
                throw new InvalidInputException("key", "%s is defined twice".formatted(predicate.key()));
            }
            return predicate;
        }
        if (record instanceof DatasetRecord.EntityRecord e) {
            return entity(records.toEntity(e));
        }
        if (record instanceof DatasetRecord.SourceRecord s) {
            return source(s);
        }
        Claim claim = records.toClaim((DatasetRecord.ClaimRecord) record);
        firstTime(claims, claim.id().value(), claim.id().toString());
        return ClaimRules.check(claim, this);
    }

    private Entity entity(Entity entity) {
        long id = entity.id().value();
        if (kinds.containsKey(id)) {
            throw new InvalidInputException("id", "%s is defined twice".formatted(entity.id()));
        }
        index(id, entity.id().toString());
        EntityDraft content = entity.content().checked();
        EntityId mergedInto = entity.mergedInto();
        if (mergedInto != null) {
            if (mergedInto.equals(entity.id())
                    || !kinds.containsKey(mergedInto.value())
                            && registry.entities().find(mergedInto).isEmpty()) {
                throw new InvalidInputException(
                        "mergedInto", "%s is not defined on an earlier line nor in the registry".formatted(mergedInto));
            }
            merged.set((int) id);
        }
        kinds.put(id, content.kind());
        return new Entity(
                entity.id(),
                content.kind(),
                content.name(),
                content.aliases(),
                content.description(),
                content.externalIds(),
                mergedInto);
    }

    private Source source(DatasetRecord.SourceRecord record) {
        long id = record.id().value();
        index(id, record.id().toString());
        if (sources.containsKey(id)) {
            throw new InvalidInputException("id", "%s is defined twice".formatted(record.id()));
        }
        String text = record.text();
        if (text == null && record.sha256() != null) {
            throw new InvalidInputException("sha256", "A hash is kept only with the text it is the hash of");
        }
        String sha256 = text == null ? null : SourceText.sha256(text);
        if (record.sha256() != null && !record.sha256().equals(sha256)) {
            throw new InvalidInputException(
                    "sha256", "It is not the SHA-256 of the text: the text was changed, or the hash");
        }
        Source source = Source.of(
                record.id(),
                records.toSource(withHash(record, sha256)).content().checked());
        if (source.publisher() != null && entityKind(source.publisher()).isEmpty()) {
            throw new InvalidInputException(
                    "publisher",
                    "%s is not defined on an earlier line nor in the registry".formatted(source.publisher()));
        }
        sources.put(id, CitedSource.of(source));
        return source;
    }

    private static DatasetRecord.SourceRecord withHash(DatasetRecord.SourceRecord r, String sha256) {
        return new DatasetRecord.SourceRecord(
                r.id(),
                r.kind(),
                r.title(),
                r.url(),
                r.archiveUrl(),
                r.publisher(),
                r.publishedAt(),
                r.language(),
                r.retrievedOn(),
                r.text(),
                sha256);
    }

    private static void index(long id, String label) {
        if (id > Integer.MAX_VALUE) {
            throw new InvalidInputException("id", "%s is beyond the largest id a dataset may hold".formatted(label));
        }
    }

    private static void firstTime(BitSet seen, long id, String label) {
        index(id, label);
        if (seen.get((int) id)) {
            throw new InvalidInputException("id", "%s is defined twice".formatted(label));
        }
        seen.set((int) id);
    }

    @Override
    public Optional<Predicate> predicate(String key) {
        Predicate defined = predicates.get(key);
        return defined != null ? Optional.of(defined) : registry.predicate(key);
    }

    @Override
    public Optional<EntityKind> entityKind(EntityId id) {
        EntityKind kind = kinds.get(id.value());
        if (kind != null) {
            return merged.get((int) id.value()) ? Optional.empty() : Optional.of(kind);
        }
        return registry.entityKind(id);
    }

    @Override
    public Optional<CitedSource> source(SourceId id) {
        CitedSource defined = sources.get(id.value());
        return defined != null ? Optional.of(defined) : registry.source(id);
    }
}
