package org.chancery.data.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.data.revision.RegistryVersionStore;
import org.chancery.data.revision.SearchRanks;
import org.chancery.data.revision.Selection;
import org.chancery.data.revision.VersionTable;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.EntityId;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntitySearch;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entities in {@code entity_version}, with every name of every version in {@code entity_name} for search. */
@Repository
public class EntityStore extends VersionTable<EntityId, Entity, EntityRows.EntityRow> implements Entities {

    private final EntityRows rows;
    private final SearchRanks ranks;

    EntityStore(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate batch,
            RegistryVersionStore version,
            EntityRows rows,
            SearchRanks ranks) {
        super(jdbc, batch, version, "entity_version", "entity_id", EntityRows.EntityRow.class, EntityId::value);
        this.rows = rows;
        this.ranks = ranks;
    }

    @Override
    protected Entity state(EntityRows.EntityRow row) {
        return rows.toEntity(row);
    }

    @Override
    protected EntityId id(Entity state) {
        return state.id();
    }

    @Override
    public Slice<Version<Entity>> search(EntitySearch search, PageRequest page) {
        if (search.matchesNothing()) {
            return new Slice<>(List.of(), false);
        }
        String key = search.key();
        if (key == null) {
            return page(selection(search), page);
        }
        String rank = "(SELECT MIN(%s) FROM entity_name n WHERE n.entity_id = v.entity_id AND n.revision = v.revision)"
                .formatted(ranks.search("n.search_key", key).rank());
        return rankedPage(selection(search), rank, page);
    }

    @Override
    public List<EntityId> named(String key, int limit) {
        return jdbc.sql("""
                        SELECT DISTINCT v.entity_id FROM entity_version v
                        JOIN entity_name n ON n.entity_id = v.entity_id AND n.revision = v.revision
                        WHERE v.recorded_until IS NULL AND v.merged_into IS NULL AND n.search_key = :key
                        ORDER BY v.entity_id
                        FETCH FIRST %d ROWS ONLY""".formatted(limit))
                .param("key", key)
                .query((row, n) -> new EntityId(row.getLong(1)))
                .list();
    }

    @Override
    public long count(EntitySearch search) {
        return search.matchesNothing() ? 0 : count(selection(search));
    }
    /** Entities not merged away, of the kinds asked for, with a name that matches the text searched for. */
    private Selection selection(EntitySearch search) {
        Selection selection = Selection.at(search.knownAt());
        StringBuilder where = new StringBuilder(selection.where()).append(" AND v.merged_into IS NULL");
        Map<String, Object> params = new HashMap<>(selection.params());
        if (!search.kinds().isEmpty()) {
            where.append(" AND v.kind IN (:kinds)");
            params.put("kinds", search.kinds().stream().map(Enum::name).toList());
        }
        String key = search.key();
        if (key != null) {
            SearchRanks.Search names = ranks.search("n.search_key", key);
            where.append(" AND EXISTS (SELECT 1 FROM entity_name n WHERE n.entity_id = v.entity_id"
                            + " AND n.revision = v.revision AND ")
                    .append(names.matches())
                    .append(')');
            params.putAll(names.params());
        }
        return new Selection(where.toString(), params);
    }

    @Override
    public EntityId nextId() {
        return new EntityId(nextId('E'));
    }

    /** Makes sure new entities get ids above {@code used}, after an import. */
    public void reserve(long used) {
        reserve('E', used);
    }

    @Override
    protected String insert() {
        return """
                INSERT INTO entity_version (entity_id, revision, recorded_from, author, action, summary,
                    kind, name, search_key, description, merged_into, aliases, external_ids)
                VALUES (:entityId, :revision, CURRENT_TIMESTAMP, :author, :action, :summary,
                    :kind, :name, :searchKey, :description, :mergedInto, :aliases, :externalIds)""";
    }

    @Override
    protected Object row(Entity state, int number, Change change) {
        return rows.toRow(state, number, change);
    }

    @Override
    protected Collection<String> keys(Entity state) {
        return List.of(ChangeKeys.of(state.id()), ChangeKeys.ENTITIES);
    }

    /** Every name and alias, folded for search. */
    @Override
    protected void index(List<Appended<EntityId, Entity>> appended) {
        List<Map<String, Object>> nameRows = new ArrayList<>();
        for (Appended<EntityId, Entity> a : appended) {
            List<String> names = rows.searchKeys(a.state());
            for (int i = 0; i < names.size(); i++) {
                nameRows.add(Map.of(
                        "entityId", a.id().value(), "revision", a.number(), "ordinal", i, "searchKey", names.get(i)));
            }
        }
        batch.batchUpdate("""
                INSERT INTO entity_name (entity_id, revision, ordinal, search_key)
                VALUES (:entityId, :revision, :ordinal, :searchKey)""", SqlParameterSourceUtils.createBatch(nameRows));
    }
}
