package org.chancery.data.entity;

import java.time.OffsetDateTime;
import java.util.List;
import org.chancery.data.json.RegistryJson;
import org.chancery.data.revision.VersionTable;
import org.chancery.domain.EntityId;
import org.chancery.domain.entity.Alias;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.ExternalId;
import org.chancery.domain.entity.SearchKey;
import org.chancery.domain.revision.Change;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Maps entity rows to the domain and back. Public for the import baseline of the {@code bench} module,
 * which writes the rows the importer writes.
 */
@Mapper(imports = SearchKey.class)
public interface EntityRows {

    record EntityRow(
            Long entityId,
            Integer revision,
            @Nullable OffsetDateTime recordedFrom,
            @Nullable OffsetDateTime recordedUntil,
            String author,
            String action,
            @Nullable String summary,
            String kind,
            String name,
            String searchKey,
            @Nullable String description,
            @Nullable Long mergedInto,
            String aliases,
            String externalIds)
            implements VersionTable.Row {}

    // MapStruct takes Entity's one-argument state changes for fluent setters
    @Mapping(target = "id", source = "entityId")
    @Mapping(target = "correct", ignore = true)
    @Mapping(target = "mergeInto", ignore = true)
    Entity toEntity(EntityRow row);

    @Mapping(target = "entityId", source = "entity.id")
    @Mapping(target = "recordedFrom", ignore = true)
    @Mapping(target = "recordedUntil", ignore = true)
    @Mapping(target = "searchKey", expression = "java(SearchKey.of(entity.name()))")
    EntityRow toRow(Entity entity, Integer revision, Change change);

    default List<Alias> aliases(String json) {
        return RegistryJson.aliases(json);
    }

    default List<ExternalId> externalIds(String json) {
        return RegistryJson.externalIds(json);
    }

    default String aliasesJson(List<Alias> aliases) {
        return RegistryJson.write(aliases);
    }

    default String externalIdsJson(List<ExternalId> externalIds) {
        return RegistryJson.write(externalIds);
    }

    default @Nullable EntityId entityId(@Nullable Long value) {
        return value == null ? null : new EntityId(value);
    }

    default @Nullable Long value(@Nullable EntityId id) {
        return id == null ? null : id.value();
    }

    /** The rows of {@code entity_name} for {@code entity}: every name and alias folded for search, each once. */
    @Named("searchKeys")
    default List<String> searchKeys(Entity entity) {
        return entity.names().stream().map(SearchKey::of).distinct().toList();
    }
}
