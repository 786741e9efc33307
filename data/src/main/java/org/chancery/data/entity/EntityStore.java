package org.chancery.data.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancery.data.revision.Selection;
import org.chancery.data.revision.VersionRows;
import org.chancery.domain.Page;
import org.chancery.domain.Slice;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityId;
import org.chancery.domain.entity.EntitySearch;
import org.chancery.domain.entity.SearchKey;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;
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
    public Map<EntityId, Version<Entity>> findAll(Collection<EntityId> ids, @Nullable Instant knownAt) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return select(Selection.in(ID, ids.stream().map(EntityId::value).toList(), knownAt)).stream()
                .collect(Collectors.toMap(v -> v.state().id(), Function.identity()));
    }

    @Override
    public Slice<Version<Entity>> search(EntitySearch search, Page page) {
        Selection selection = selection(search);
        return Slice.of(
                versions(jdbc.sql(selection.page("entity_version", ID, page)).params(selection.params(page))),
                page.size());
    }

    @Override
    public long count(EntitySearch search) {
        Selection selection = selection(search);
        return jdbc.sql("SELECT COUNT(*) FROM entity_version v WHERE " + selection.where())
                .params(selection.params())
                .query(Long.class)
                .single();
    }

    /** Entities not merged away, of the kinds asked for, with a name holding every word searched for. */
    private static Selection selection(EntitySearch search) {
        Selection selection = Selection.at(search.knownAt());
        StringBuilder where = new StringBuilder(selection.where()).append(" AND v.merged_into IS NULL");
        Map<String, Object> params = new HashMap<>(selection.params());
        if (!search.kinds().isEmpty()) {
            where.append(" AND v.kind IN (:kinds)");
            params.put("kinds", search.kinds().stream().map(Enum::name).toList());
        }
        String key = search.key();
        if (key != null) {
            where.append(
                    " AND EXISTS (SELECT 1 FROM entity_name n WHERE n.entity_id = v.entity_id AND n.revision = v.revision");
            String[] words = key.split(" ");
            for (int i = 0; i < words.length; i++) {
                where.append(" AND n.search_key LIKE :word").append(i);
                params.put("word" + i, "%" + words[i] + "%");
            }
            where.append(')');
        }
        return new Selection(where.toString(), params);
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
        return versions(jdbc.sql("SELECT v.* FROM entity_version v WHERE %s ORDER BY v.entity_id, v.revision"
                        .formatted(selection.where()))
                .params(selection.params()));
    }

    private List<Version<Entity>> versions(JdbcClient.StatementSpec statement) {
        return statement.query(EntityRows.EntityRow.class).list().stream()
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
