package org.chancery.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.chancery.data.claim.ClaimRows;
import org.chancery.data.dataset.DatasetJson;
import org.chancery.data.dataset.DatasetRecord;
import org.chancery.data.dataset.DatasetRecords;
import org.chancery.data.entity.EntityRows;
import org.chancery.data.source.SourceRows;
import org.chancery.data.vocabulary.PredicateRows;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.security.Actor;
import org.chancery.domain.source.CitedSource;
import org.chancery.domain.source.Source;
import org.flywaydb.core.Flyway;
import org.mapstruct.factory.Mappers;

/**
 * The most a hand-written loader could do with a dataset file, as the baseline of the import benchmark:
 * it streams the file once, parses each line and maps it to rows with the application's own code, and
 * inserts the rows in plain JDBC batches in one transaction, with no check and no read of the registry.
 * It writes what {@code chancery.jar import} writes into an empty registry; the one thing it derives
 * beyond the mapping is where each quote starts in its source's text, which the claim rows hold.
 *
 * <p>Usage: {@code ImportBaseline FILE JDBC_URL USER [PASSWORD]}; the database gets the application's
 * migrations first.
 */
public final class ImportBaseline {

    /** How many records are inserted together, as the importer does. */
    static final int BATCH = 500;

    private final DatasetJson json = new DatasetJson();
    private final DatasetRecords records = Mappers.getMapper(DatasetRecords.class);
    private final PredicateRows predicateRows = Mappers.getMapper(PredicateRows.class);
    private final EntityRows entityRows = Mappers.getMapper(EntityRows.class);
    private final SourceRows sourceRows = Mappers.getMapper(SourceRows.class);
    private final ClaimRows claimRows = Mappers.getMapper(ClaimRows.class);
    private final Map<Long, CitedSource> texts = new HashMap<>();
    private final Connection connection;
    private final Change change;

    // in the order that foreign keys need them flushed
    private final Insert predicates;
    private final Insert entities;
    private final Insert names;
    private final Insert sources;
    private final Insert claims;
    private final Insert citations;
    private final Insert references;
    private final List<Insert> tables;

    private long maxEntity;
    private long maxSource;
    private long maxClaim;

    ImportBaseline(Connection connection, Change change) throws SQLException {
        this.connection = connection;
        this.change = change;
        predicates = Insert.of(connection, "predicate", PredicateRows.PredicateRow.class);
        entities = Insert.of(connection, "entity_version", EntityRows.EntityRow.class);
        names = Insert.of(
                connection, "INSERT INTO entity_name (entity_id, revision, ordinal, search_key) VALUES (?, ?, ?, ?)");
        sources = Insert.of(connection, "source_version", SourceRows.SourceRow.class);
        claims = Insert.of(connection, "claim_version", ClaimRows.ClaimRow.class);
        citations = Insert.of(
                connection,
                "INSERT INTO claim_citation (claim_id, revision, ordinal, source_id, modality) VALUES (?, ?, ?, ?, ?)");
        references =
                Insert.of(connection, "INSERT INTO claim_reference (claim_id, revision, entity_id) VALUES (?, ?, ?)");
        tables = List.of(predicates, entities, names, sources, claims, citations, references);
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length < 3) {
            System.err.println("Usage: ImportBaseline FILE JDBC_URL USER [PASSWORD]");
            System.exit(64);
        }
        Path file = Path.of(args[0]);
        String url = args[1];
        String user = args[2];
        String password = args.length > 3 ? args[3] : "";
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration/common")
                .load()
                .migrate();
        long start = System.nanoTime();
        Change change = new Change(Actor.SYSTEM.author(), Action.IMPORT, "Imported " + file.getFileName());
        long loaded;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            loaded = new ImportBaseline(connection, change).load(file);
            connection.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("loaded %,d records, %,.0f records/s%n", loaded, loaded / seconds);
    }

    /** Inserts every record of {@code file}, telling how many there were. */
    long load(Path file) throws IOException, SQLException {
        long count = 0;
        long line = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                add(json.read(line, text));
                if (++count % BATCH == 0) {
                    flush();
                }
            }
        }
        flush();
        reserve(maxEntity, 'E');
        reserve(maxSource, 'S');
        reserve(maxClaim, 'C');
        // one change to the registry, as the importer's one transaction is
        try (PreparedStatement version =
                connection.prepareStatement("UPDATE registry_version SET version = version + 1 WHERE id = 1")) {
            version.executeUpdate();
        }
        return count;
    }

    private void add(DatasetRecord record) throws SQLException {
        if (record instanceof DatasetRecord.PredicateRecord p) {
            predicates.add(predicateRows.toRow(records.toPredicate(p)));
        } else if (record instanceof DatasetRecord.EntityRecord e) {
            add(records.toEntity(e));
        } else if (record instanceof DatasetRecord.SourceRecord s) {
            add(records.toSource(s));
        } else {
            add(records.toClaim((DatasetRecord.ClaimRecord) record));
        }
    }

    private void add(Entity entity) throws SQLException {
        long id = entity.id().value();
        maxEntity = Math.max(maxEntity, id);
        entities.add(entityRows.toRow(entity, 1, change));
        List<String> keys = entityRows.searchKeys(entity);
        for (int i = 0; i < keys.size(); i++) {
            names.add(id, 1, i, keys.get(i));
        }
    }

    private void add(Source source) throws SQLException {
        maxSource = Math.max(maxSource, source.id().value());
        if (source.text() != null) {
            texts.put(source.id().value(), CitedSource.of(source));
        }
        sources.add(sourceRows.toRow(source, 1, change));
    }

    private void add(Claim parsed) throws SQLException {
        Claim claim = withQuotePositions(parsed);
        long id = claim.id().value();
        maxClaim = Math.max(maxClaim, id);
        claims.add(claimRows.toRow(claim, 1, change));
        for (int i = 0; i < claim.citations().size(); i++) {
            Citation citation = claim.citations().get(i);
            citations.add(
                    id, 1, i, citation.source().value(), citation.modality().name());
        }
        for (long entity : claimRows.namedEntities(claim)) {
            references.add(id, 1, entity);
        }
    }

    /** {@code claim} with each quote's position in its source's text, as the importer stores it. */
    private Claim withQuotePositions(Claim claim) {
        List<Citation> positioned = new ArrayList<>();
        for (Citation c : claim.citations()) {
            CitedSource source = texts.get(c.source().value());
            OptionalInt at = source == null ? OptionalInt.empty() : source.find(c.quote());
            positioned.add(new Citation(
                    c.source(),
                    c.quote(),
                    c.locator(),
                    c.attribution(),
                    c.modality(),
                    at.isPresent() ? at.getAsInt() : null));
        }
        return new Claim(
                claim.id(),
                claim.subject(),
                claim.predicate(),
                claim.object(),
                claim.validFrom(),
                claim.validUntil(),
                claim.qualifiers(),
                claim.rank(),
                claim.deprecationReason(),
                positioned);
    }

    private void flush() throws SQLException {
        for (Insert table : tables) {
            table.flush();
        }
    }

    private void reserve(long used, char prefix) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE id_counter SET last_id = ? WHERE prefix = ? AND last_id < ?")) {
            update.setLong(1, used);
            update.setString(2, String.valueOf(prefix));
            update.setLong(3, used);
            update.executeUpdate();
        }
    }

    /** A batched insert into one table. */
    private static final class Insert {

        private final PreparedStatement statement;
        private final RecordComponent[] columns;
        private int pending;

        private Insert(Connection connection, String sql, RecordComponent[] columns) throws SQLException {
            this.statement = connection.prepareStatement(sql);
            this.columns = columns;
        }

        /** The insert {@code sql}, its parameters given to {@link #add(Object...)}. */
        static Insert of(Connection connection, String sql) throws SQLException {
            return new Insert(connection, sql, new RecordComponent[0]);
        }

        /**
         * The insert of a row record of the data module into {@code table}, for {@link #add(Record)}: the
         * record's components are the columns, by their snake-case names; {@code recordedFrom} becomes the
         * database clock and {@code recordedUntil} stays empty, as when a first version is appended.
         */
        static Insert of(Connection connection, String table, Class<? extends Record> row) throws SQLException {
            List<RecordComponent> columns = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (RecordComponent component : row.getRecordComponents()) {
                switch (component.getName()) {
                    case "recordedUntil" -> {}
                    case "recordedFrom" -> {
                        names.add("recorded_from");
                        values.add("CURRENT_TIMESTAMP");
                    }
                    default -> {
                        columns.add(component);
                        names.add(column(component.getName()));
                        values.add("?");
                    }
                }
            }
            String sql = "INSERT INTO %s (%s) VALUES (%s)"
                    .formatted(table, String.join(", ", names), String.join(", ", values));
            return new Insert(connection, sql, columns.toArray(RecordComponent[]::new));
        }

        private static String column(String property) {
            return property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        }

        void add(Record row) throws SQLException {
            Object[] values = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                try {
                    values[i] = columns[i].getAccessor().invoke(row);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            add(values);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            pending++;
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }
}
