package org.chancery.data.source;

import java.time.Instant;
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
import org.chancery.domain.entity.EntityId;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.SourceId;
import org.chancery.domain.source.Sources;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sources in {@code source_version}. */
@Repository
public class SourceStore implements Sources {

    private static final String ID = "source_id";

    private final JdbcClient jdbc;
    private final SourceRows rows;
    private final VersionRows versions;

    SourceStore(JdbcClient jdbc, SourceRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.versions = new VersionRows(jdbc, "source_version", ID);
    }

    @Override
    public Optional<Version<Source>> find(SourceId id) {
        return select(Selection.current(ID, id.value())).stream().findFirst();
    }

    @Override
    public Optional<Version<Source>> find(SourceId id, Instant knownAt) {
        return select(Selection.knownAt(ID, id.value(), knownAt)).stream().findFirst();
    }

    @Override
    public Optional<Version<Source>> revision(SourceId id, int number) {
        return select(Selection.revision(ID, id.value(), number)).stream().findFirst();
    }

    @Override
    public List<Version<Source>> history(SourceId id) {
        return select(Selection.history(ID, id.value()));
    }

    @Override
    public Map<SourceId, Version<Source>> findAll(Collection<SourceId> ids, @Nullable Instant knownAt) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return select(Selection.in(ID, ids.stream().map(SourceId::value).toList(), knownAt)).stream()
                .collect(Collectors.toMap(v -> v.state().id(), Function.identity()));
    }

    @Override
    public Slice<Version<Source>> list(@Nullable String title, @Nullable EntityId publisher, Page page) {
        Selection selection = selection(title, publisher);
        return Slice.of(
                versions(jdbc.sql(selection.page("source_version", ID, page)).params(selection.params(page))),
                page.size());
    }

    @Override
    public long count(@Nullable String title, @Nullable EntityId publisher) {
        Selection selection = selection(title, publisher);
        return jdbc.sql("SELECT COUNT(*) FROM source_version v WHERE " + selection.where())
                .params(selection.params())
                .query(Long.class)
                .single();
    }

    private static Selection selection(@Nullable String title, @Nullable EntityId publisher) {
        StringBuilder where = new StringBuilder("v.recorded_until IS NULL");
        Map<String, Object> params = new HashMap<>();
        if (title != null && !title.isBlank()) {
            where.append(" AND LOWER(v.title) LIKE :title");
            params.put("title", "%" + title.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (publisher != null) {
            where.append(" AND v.publisher_id = :publisher");
            params.put("publisher", publisher.value());
        }
        return new Selection(where.toString(), params);
    }

    @Override
    public SourceId nextId() {
        return new SourceId(VersionRows.nextId(jdbc, 'S'));
    }

    /** Makes sure new sources get ids above {@code used}, after an import. */
    public void reserve(long used) {
        VersionRows.reserve(jdbc, 'S', used);
    }

    @Override
    public void append(SourceId id, int number, Source state, Change change) {
        versions.append(
                id,
                id.value(),
                number,
                () -> jdbc.sql("""
                        INSERT INTO source_version (source_id, revision, recorded_from, author, action, summary,
                            kind, title, url, archive_url, publisher_id, published_at, language, retrieved_on,
                            text_content, text_sha256)
                        VALUES (:sourceId, :revision, CURRENT_TIMESTAMP, :author, :action, :summary,
                            :kind, :title, :url, :archiveUrl, :publisherId, :publishedAt, :language, :retrievedOn,
                            :textContent, :textSha256)""")
                        .paramSource(rows.toRow(state, number, change))
                        .update());
    }

    /** The versions {@code selection} picks, oldest first, in one statement. */
    public List<Version<Source>> select(Selection selection) {
        return versions(jdbc.sql("SELECT v.* FROM source_version v WHERE %s ORDER BY v.source_id, v.revision"
                        .formatted(selection.where()))
                .params(selection.params()));
    }

    private List<Version<Source>> versions(JdbcClient.StatementSpec statement) {
        return statement.query(SourceRows.SourceRow.class).list().stream()
                .map(row -> new Version<>(
                        rows.toSource(row),
                        row.revision(),
                        row.author(),
                        VersionRows.instant(row.recordedFrom()),
                        VersionRows.instant(row.recordedUntil()),
                        Action.valueOf(row.action()),
                        row.summary()))
                .toList();
    }
}
