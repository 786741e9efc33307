package org.chancery.data.entity;

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
import org.chancery.domain.entity.SearchKey;
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
        versions.append(
                id,
                id.value(),
                number,
                () -> jdbc.sql("""
                        INSERT INTO entity_version (entity_id, revision, recorded_from, author, action, summary,
                            kind, name, search_key, description, merged_into, aliases, external_ids)
                        VALUES (:entityId, :revision, CURRENT_TIMESTAMP, :author, :action, :summary,
                            :kind, :name, :searchKey, :description, :mergedInto, :aliases, :externalIds)""")
                        .paramSource(rows.toRow(state, number, change))
                        .update());
        List<String> names =
                state.names().stream().map(SearchKey::of).distinct().toList();
        List<Map<String, Object>> nameRows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            nameRows.add(Map.of("entityId", id.value(), "revision", number, "ordinal", i, "searchKey", names.get(i)));
        }
        batch.batchUpdate("""
                INSERT INTO entity_name (entity_id, revision, ordinal, search_key)
                VALUES (:entityId, :revision, :ordinal, :searchKey)""", SqlParameterSourceUtils.createBatch(nameRows));
    }

    /** The versions {@code selection} picks, by id and revision, in one statement. */
    public List<Version<Entity>> select(Selection selection) {
        return jdbc
                .sql("SELECT v.* FROM entity_version v WHERE %s ORDER BY v.entity_id, v.revision"
                        .formatted(selection.where()))
                .params(selection.params())
                .query(EntityRows.EntityRow.class)
                .list()
                .stream()
                .map(row -> new Version<>(
                        rows.toEntity(row),
                        row.revision(),
                        row.author(),
                        VersionRows.instant(row.recordedFrom()),
                        VersionRows.instant(row.recordedUntil()),
                        Action.valueOf(row.action()),
                        row.summary()))
                .toList();
    }
}
