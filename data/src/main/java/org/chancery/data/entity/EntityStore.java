package org.chancery.data.entity;

import static java.util.stream.Collectors.groupingBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancery.data.revision.Selection;
import org.chancery.data.revision.VersionRows;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityId;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entities in {@code entity_version}, {@code entity_alias} and {@code entity_external_id}. */
@Repository
public class EntityStore implements Entities {

    private static final String ID = "entity_id";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final EntityRows rows;
    private final VersionRows versions;

    EntityStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, EntityRows rows) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.rows = rows;
        this.versions = new VersionRows(jdbc, "entity_version", ID);
    }

    @Override
    public Optional<Version<Entity>> find(EntityId id) {
        return select(Selection.current(ID, id.value())).stream().findFirst();
    }

    @Override
    public Optional<Version<Entity>> find(EntityId id, Instant knownAt) {
        return select(Selection.knownAt(ID, id.value(), knownAt)).stream().findFirst();
    }

    @Override
    public Optional<Version<Entity>> revision(EntityId id, int number) {
        return select(Selection.revision(ID, id.value(), number)).stream().findFirst();
    }

    @Override
    public List<Version<Entity>> history(EntityId id) {
        return select(Selection.history(ID, id.value()));
    }

    @Override
    public Map<EntityId, Entity> findAll(Collection<EntityId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return select(Selection.currentIn(ID, ids.stream().map(EntityId::value).toList())).stream()
                .map(Version::state)
                .collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Override
    public EntityId nextId() {
        return new EntityId(VersionRows.nextId(jdbc, 'E'));
    }

    /** Makes sure new entities get ids above {@code used}, after an import. */
    public void reserve(long used) {
        VersionRows.reserve(jdbc, 'E', used);
    }

    @Override
    public void append(EntityId id, int number, Entity state, Change change) {
        versions.append(id, id.value(), number, () -> {
            jdbc.sql("""
                    INSERT INTO entity_version (entity_id, revision, recorded_from, author, action, summary,
                        kind, name, search_key, description, merged_into)
                    VALUES (:entityId, :revision, CURRENT_TIMESTAMP, :author, :action, :summary,
                        :kind, :name, :searchKey, :description, :mergedInto)""").paramSource(rows.toRow(state, number, change)).update();
        });
        List<EntityRows.AliasRow> aliases = new ArrayList<>();
        for (int i = 0; i < state.aliases().size(); i++) {
            aliases.add(rows.toRow(id.value(), number, i, state.aliases().get(i)));
        }
        batch.batchUpdate("""
                INSERT INTO entity_alias (entity_id, revision, ordinal, name, language, search_key)
                VALUES (:entityId, :revision, :ordinal, :name, :language, :searchKey)""", SqlParameterSourceUtils.createBatch(aliases));
        List<EntityRows.ExternalIdRow> externalIds = new ArrayList<>();
        for (int i = 0; i < state.externalIds().size(); i++) {
            externalIds.add(
                    rows.toRow(id.value(), number, i, state.externalIds().get(i)));
        }
        batch.batchUpdate("""
                INSERT INTO entity_external_id (entity_id, revision, ordinal, scheme, external_value)
                VALUES (:entityId, :revision, :ordinal, :scheme, :externalValue)""", SqlParameterSourceUtils.createBatch(externalIds));
    }

    /** The versions {@code selection} picks, oldest first, in three statements whatever their number. */
    public List<Version<Entity>> select(Selection selection) {
        List<EntityRows.EntityRow> versionRows = jdbc.sql(
                        "SELECT v.* FROM entity_version v WHERE %s ORDER BY v.entity_id, v.revision"
                                .formatted(selection.where()))
                .params(selection.params())
                .query(EntityRows.EntityRow.class)
                .list();
        if (versionRows.isEmpty()) {
            return List.of();
        }
        Map<String, List<EntityRows.AliasRow>> aliases =
                children(selection, "entity_alias", EntityRows.AliasRow.class).stream()
                        .collect(groupingBy(r -> r.entityId() + "/" + r.revision()));
        Map<String, List<EntityRows.ExternalIdRow>> externalIds =
                children(selection, "entity_external_id", EntityRows.ExternalIdRow.class).stream()
                        .collect(groupingBy(r -> r.entityId() + "/" + r.revision()));
        return versionRows.stream()
                .map(row -> {
                    String key = row.entityId() + "/" + row.revision();
                    Entity entity = rows.toEntity(
                            row,
                            aliases.getOrDefault(key, List.of()).stream()
                                    .map(rows::toAlias)
                                    .toList(),
                            externalIds.getOrDefault(key, List.of()).stream()
                                    .map(rows::toExternalId)
                                    .toList());
                    return new Version<>(
                            entity,
                            row.revision(),
                            row.author(),
                            VersionRows.instant(row.recordedFrom()),
                            VersionRows.instant(row.recordedUntil()),
                            Action.valueOf(row.action()),
                            row.summary());
                })
                .toList();
    }

    private <R> List<R> children(Selection selection, String table, Class<R> type) {
        return jdbc.sql("""
                SELECT c.* FROM %s c
                JOIN entity_version v ON v.entity_id = c.entity_id AND v.revision = c.revision
                WHERE %s ORDER BY c.entity_id, c.revision, c.ordinal""".formatted(table, selection.where()))
                .params(selection.params())
                .query(type)
                .list();
    }
}
