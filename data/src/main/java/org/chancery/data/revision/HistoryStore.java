package org.chancery.data.revision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chancery.domain.Slice;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.ChangeFilter;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.RecentChange;
import org.chancery.domain.revision.Review;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revisions of all three version tables as one list, newest first, and the reviews of them. */
@Repository
public class HistoryStore implements History {

    private static final String CHANGES = """
            SELECT 'E' || CAST(entity_id AS VARCHAR(20)) AS object_id, revision, author, recorded_from, action,
                summary, entity_id AS subject_id, CAST(NULL AS BIGINT) AS object_entity_id
            FROM entity_version
            UNION ALL
            SELECT 'S' || CAST(source_id AS VARCHAR(20)), revision, author, recorded_from, action, summary,
                CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)
            FROM source_version
            UNION ALL
            SELECT 'C' || CAST(claim_id AS VARCHAR(20)), revision, author, recorded_from, action, summary,
                subject_id, object_entity_id
            FROM claim_version""";

    private static final Map<Character, String[]> TABLES = Map.of(
            'E', new String[] {"entity_version", "entity_id"},
            'S', new String[] {"source_version", "source_id"},
            'C', new String[] {"claim_version", "claim_id"});

    private final JdbcClient jdbc;

    HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ChangeRow(
            String objectId,
            Integer revision,
            String author,
            OffsetDateTime recordedFrom,
            String action,
            @Nullable String summary) {

        RecentChange change() {
            return new RecentChange(
                    objectId, revision, author, recordedFrom.toInstant(), Action.valueOf(action), summary);
        }
    }

    record ReviewRow(String objectId, Integer revision, String reviewer, OffsetDateTime reviewedAt) {}

    @Override
    public Slice<RecentChange> recent(ChangeFilter filter, int size, @Nullable RecentChange after) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.author() != null) {
            where.append(" AND c.author = :author");
            params.put("author", filter.author());
        }
        if (filter.entity() != null) {
            long entity =
                    org.chancery.domain.entity.EntityId.parse(filter.entity()).value();
            where.append(
                    " AND (c.object_id = :entityId OR (c.object_id LIKE 'C%' AND (c.subject_id = :entity OR c.object_entity_id = :entity)))");
            params.put("entityId", filter.entity());
            params.put("entity", entity);
        }
        if (filter.reviewed() != null) {
            where.append(filter.reviewed() ? " AND " : " AND NOT ")
                    .append(
                            "EXISTS (SELECT 1 FROM review r WHERE r.object_id = c.object_id AND r.revision = c.revision)");
        }
        if (after != null) {
            where.append(
                    " AND (c.recorded_from < :afterTime OR (c.recorded_from = :afterTime AND (c.object_id < :afterObject"
                            + " OR (c.object_id = :afterObject AND c.revision < :afterRevision))))");
            params.put("afterTime", OffsetDateTime.ofInstant(after.recordedAt(), ZoneOffset.UTC));
            params.put("afterObject", after.objectId());
            params.put("afterRevision", after.revision());
        }
        List<RecentChange> fetched = jdbc
                .sql("SELECT c.* FROM (" + CHANGES + ") c WHERE " + where
                        + " ORDER BY c.recorded_from DESC, c.object_id DESC, c.revision DESC FETCH FIRST "
                        + (size + 1) + " ROWS ONLY")
                .params(params)
                .query(ChangeRow.class)
                .list()
                .stream()
                .map(ChangeRow::change)
                .toList();
        return Slice.of(fetched, size);
    }

    @Override
    public Optional<RecentChange> find(String objectId, int revision) {
        String[] table = objectId.isEmpty() ? null : TABLES.get(objectId.charAt(0));
        if (table == null) {
            return Optional.empty();
        }
        long id;
        try {
            id = org.chancery.domain.NodeId.parse(objectId.charAt(0), objectId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT :objectId AS object_id, revision, author, recorded_from, action, summary FROM %s"
                                .formatted(table[0])
                        + " WHERE %s = :id AND revision = :revision".formatted(table[1]))
                .param("objectId", objectId)
                .param("id", id)
                .param("revision", revision)
                .query(ChangeRow.class)
                .optional()
                .map(ChangeRow::change);
    }

    @Override
    public void review(RevisionKey revision, String reviewer) {
        jdbc.sql("INSERT INTO review (object_id, revision, reviewer, reviewed_at)"
                        + " VALUES (:objectId, :revision, :reviewer, CURRENT_TIMESTAMP)")
                .param("objectId", revision.objectId())
                .param("revision", revision.revision())
                .param("reviewer", reviewer)
                .update();
    }

    @Override
    public Map<RevisionKey, List<Review>> reviews(Collection<RevisionKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<String> objects =
                keys.stream().map(RevisionKey::objectId).distinct().toList();
        return jdbc
                .sql("SELECT * FROM review WHERE object_id IN (:objects) ORDER BY reviewed_at, reviewer")
                .param("objects", objects)
                .query(ReviewRow.class)
                .list()
                .stream()
                .map(r -> new Review(
                        r.objectId(), r.revision(), r.reviewer(), r.reviewedAt().toInstant()))
                .filter(r -> keys.contains(new RevisionKey(r.objectId(), r.revision())))
                .collect(Collectors.groupingBy(r -> new RevisionKey(r.objectId(), r.revision())));
    }
}
