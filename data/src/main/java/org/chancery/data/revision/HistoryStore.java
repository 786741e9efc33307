package org.chancery.data.revision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.NodeId;
import org.chancery.domain.NodeId.Kind;
import org.chancery.domain.Slice;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.ChangeFilter;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.RecentChange;
import org.chancery.domain.revision.Review;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revisions of every kind's version table as one list, newest first, and the reviews of them. */
@Repository
public class HistoryStore implements History {

    /** A kind's version table as a branch of recent changes: its table, and its id column. */
    private record Branch(Kind kind, String table, String idColumn) {

        static Branch of(Kind kind) {
            return switch (kind) {
                case ENTITY -> new Branch(kind, "entity_version", "entity_id");
                case SOURCE -> new Branch(kind, "source_version", "source_id");
                case CLAIM -> new Branch(kind, "claim_version", "claim_id");
            };
        }

        /** The kind as a column: its letter, by which ties at one record time are ordered, highest first. */
        String letter() {
            return "'" + kind.prefix() + "'";
        }
    }

    private static final List<Branch> BRANCHES =
            Stream.of(Kind.values()).map(Branch::of).toList();

    private final JdbcClient jdbc;
    private final RegistryVersionStore version;

    HistoryStore(JdbcClient jdbc, RegistryVersionStore version) {
        this.jdbc = jdbc;
        this.version = version;
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
                    NodeId.parse(objectId),
                    revision,
                    author,
                    recordedFrom.toInstant(),
                    Action.valueOf(action),
                    summary);
        }
    }

    record ReviewRow(String objectId, Integer revision, String reviewer, OffsetDateTime reviewedAt) {}

    /**
     * The newest changes {@code filter} asks for, after {@code after}: newest record time first, then kind,
     * id and revision, highest first. Each table gives at most a page from its index on (record time, id,
     * revision), so a page costs the same however many versions there are.
     */
    @Override
    public Slice<RecentChange> recent(ChangeFilter filter, int size, @Nullable RecentChange after) {
        Map<String, Object> params = new HashMap<>();
        if (filter.author() != null) {
            params.put("author", filter.author());
        }
        if (filter.notAuthor() != null) {
            params.put("notAuthor", filter.notAuthor());
        }
        if (filter.entity() != null) {
            params.put("entity", filter.entity().value());
        }
        if (after != null) {
            params.put("afterTime", OffsetDateTime.ofInstant(after.recordedAt(), ZoneOffset.UTC));
            params.put("afterId", after.objectId().value());
            params.put("afterRevision", after.revision());
        }
        String branches = BRANCHES.stream()
                .map(branch -> "(" + branch(branch, filter, after, size + 1) + ")")
                .collect(Collectors.joining(" UNION ALL "));
        List<RecentChange> fetched = jdbc
                .sql("SELECT c.kind || CAST(c.id AS VARCHAR(20)) AS object_id, c.revision, c.author,"
                        + " c.recorded_from, c.action, c.summary FROM (" + branches + ") c"
                        + " ORDER BY c.recorded_from DESC, c.kind DESC, c.id DESC, c.revision DESC FETCH FIRST "
                        + (size + 1) + " ROWS ONLY")
                .params(params)
                .query(ChangeRow.class)
                .list()
                .stream()
                .map(ChangeRow::change)
                .toList();
        return Slice.of(fetched, size);
    }

    /** At most {@code limit} of {@code branch}'s newest versions that {@code filter} asks for, after {@code after}. */
    private static String branch(Branch branch, ChangeFilter filter, @Nullable RecentChange after, int limit) {
        String kind = branch.letter();
        String id = "v." + branch.idColumn();
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.author() != null) {
            where.append(" AND v.author = :author");
        }
        if (filter.notAuthor() != null) {
            where.append(" AND v.author <> :notAuthor");
        }
        if (filter.entity() != null) {
            where.append(
                    switch (branch.kind()) {
                        case ENTITY -> " AND v.entity_id = :entity";
                        case CLAIM -> " AND (v.subject_id = :entity OR v.object_entity_id = :entity)";
                        case SOURCE -> " AND 1 = 0";
                    });
        }
        if (filter.reviewed() != null) {
            where.append(filter.reviewed() ? " AND " : " AND NOT ")
                    .append("EXISTS (SELECT 1 FROM review r WHERE r.object_id = %s || CAST(%s AS VARCHAR(20))"
                            .formatted(kind, id))
                    .append(" AND r.revision = v.revision)");
        }
        if (after != null) {
            char afterKind = after.objectId().kind().prefix();
            char kindHere = branch.kind().prefix();
            String sameTime = afterKind == kindHere
                    ? "(%s < :afterId OR (%s = :afterId AND v.revision < :afterRevision))".formatted(id, id)
                    : kindHere < afterKind ? "1 = 1" : "1 = 0";
            where.append(" AND (v.recorded_from < :afterTime OR (v.recorded_from = :afterTime AND ")
                    .append(sameTime)
                    .append("))");
        }
        return ("SELECT %s AS kind, %s AS id, v.revision, v.author, v.recorded_from, v.action, v.summary"
                        + " FROM %s v WHERE %s ORDER BY v.recorded_from DESC, %s DESC, v.revision DESC"
                        + " FETCH FIRST %d ROWS ONLY")
                .formatted(kind, id, branch.table(), where, id, limit);
    }

    @Override
    public Optional<RecentChange> find(NodeId objectId, int revision) {
        Branch table = Branch.of(objectId.kind());
        return jdbc.sql("SELECT :objectId AS object_id, revision, author, recorded_from, action, summary FROM %s"
                                .formatted(table.table())
                        + " WHERE %s = :id AND revision = :revision".formatted(table.idColumn()))
                .param("objectId", objectId.toString())
                .param("id", objectId.value())
                .param("revision", revision)
                .query(ChangeRow.class)
                .optional()
                .map(ChangeRow::change);
    }

    @Override
    public void review(RevisionKey revision, String reviewer) {
        version.changed(List.of(ChangeKeys.of(revision.objectId()), ChangeKeys.CHANGES));
        jdbc.sql("INSERT INTO review (object_id, revision, reviewer, reviewed_at)"
                        + " VALUES (:objectId, :revision, :reviewer, CURRENT_TIMESTAMP)")
                .param("objectId", revision.objectId().toString())
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
                keys.stream().map(key -> key.objectId().toString()).distinct().toList();
        return jdbc
                .sql("SELECT * FROM review WHERE object_id IN (:objects) ORDER BY reviewed_at, reviewer")
                .param("objects", objects)
                .query(ReviewRow.class)
                .list()
                .stream()
                .map(r -> new Review(
                        NodeId.parse(r.objectId()),
                        r.revision(),
                        r.reviewer(),
                        r.reviewedAt().toInstant()))
                .filter(r -> keys.contains(new RevisionKey(r.objectId(), r.revision())))
                .collect(Collectors.groupingBy(r -> new RevisionKey(r.objectId(), r.revision())));
    }
}
