package org.chancery.data.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.data.revision.RegistryVersionStore;
import org.chancery.data.revision.SearchRanks;
import org.chancery.data.revision.Selection;
import org.chancery.data.revision.VersionTable;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.SourceId;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.SourceSearch;
import org.chancery.domain.source.Sources;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sources in {@code source_version}. */
@Repository
public class SourceStore extends VersionTable<SourceId, Source, SourceRows.SourceRow> implements Sources {

    /** The titles search compares: in lower case, as {@link SourceSearch#words} are. */
    private static final String TITLE = "LOWER(v.title)";

    private final SourceRows rows;
    private final SearchRanks ranks;

    SourceStore(
            JdbcClient jdbc,
            NamedParameterJdbcTemplate batch,
            RegistryVersionStore version,
            SourceRows rows,
            SearchRanks ranks) {
        super(jdbc, batch, version, "source_version", "source_id", SourceRows.SourceRow.class, SourceId::value);
        this.rows = rows;
        this.ranks = ranks;
    }

    @Override
    protected Source state(SourceRows.SourceRow row) {
        return rows.toSource(row);
    }

    @Override
    protected SourceId id(Source state) {
        return state.id();
    }

    @Override
    public Slice<Version<Source>> list(SourceSearch search, PageRequest page) {
        List<String> words = search.words();
        return words.isEmpty()
                ? page(selection(search), page)
                : rankedPage(
                        selection(search),
                        ranks.search(TITLE, String.join(" ", words)).rank(),
                        page);
    }

    @Override
    public long count(SourceSearch search) {
        return count(selection(search));
    }

    @Override
    public SourceId nextId() {
        return new SourceId(nextId('S'));
    }

    /** Makes sure new sources get ids above {@code used}, after an import. */
    public void reserve(long used) {
        reserve('S', used);
    }

    @Override
    protected String insert() {
        return """
                INSERT INTO source_version (source_id, revision, recorded_from, author, action, summary,
                    kind, title, url, archive_url, publisher_id, published_at, language, retrieved_on,
                    text_content, text_sha256)
                VALUES (:sourceId, :revision, CURRENT_TIMESTAMP, :author, :action, :summary,
                    :kind, :title, :url, :archiveUrl, :publisherId, :publishedAt, :language, :retrievedOn,
                    :textContent, :textSha256)""";
    }

    @Override
    protected Object row(Source state, int number, Change change) {
        return rows.toRow(state, number, change);
    }

    private Selection selection(SourceSearch search) {
        StringBuilder where = new StringBuilder("v.recorded_until IS NULL");
        Map<String, Object> params = new HashMap<>();
        List<String> words = search.words();
        if (!words.isEmpty()) {
            SearchRanks.Search titles = ranks.search(TITLE, String.join(" ", words));
            where.append(" AND ").append(titles.matches());
            params.putAll(titles.params());
        }
        if (search.publisher() != null) {
            where.append(" AND v.publisher_id = :publisher");
            params.put("publisher", search.publisher().value());
        }
        return new Selection(where.toString(), params);
    }

    @Override
    protected Collection<String> keys(Source state) {
        return List.of(ChangeKeys.of(state.id()), ChangeKeys.SOURCES);
    }
}
