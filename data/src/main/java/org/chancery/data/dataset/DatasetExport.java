package org.chancery.data.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.chancery.data.claim.ClaimStore;
import org.chancery.data.entity.EntityStore;
import org.chancery.data.revision.Selection;
import org.chancery.data.source.SourceStore;
import org.chancery.domain.Transactions;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Source;
import org.chancery.domain.vocabulary.Predicates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the registry's current state as a dataset: predicates by key, then entities, sources and claims
 * by number, a page at a time, so memory does not grow with the registry. An entity merged into another
 * follows the one it was merged into.
 */
@Component
public class DatasetExport {

    private static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final Predicates predicates;
    private final EntityStore entities;
    private final SourceStore sources;
    private final ClaimStore claims;
    private final Transactions transactions;
    private final DatasetRecords records;
    private final DatasetJson json = new DatasetJson();

    DatasetExport(
            JdbcClient jdbc,
            Predicates predicates,
            EntityStore entities,
            SourceStore sources,
            ClaimStore claims,
            Transactions transactions,
            DatasetRecords records) {
        this.jdbc = jdbc;
        this.predicates = predicates;
        this.entities = entities;
        this.sources = sources;
        this.claims = claims;
        this.transactions = transactions;
        this.records = records;
    }

    /** Writes every current record to {@code out}, gzip-compressed if asked; one read transaction. */
    public DatasetSummary export(OutputStream out, boolean gzip, Progress progress) {
        return transactions.inTransaction(() -> {
            try (Writer writer = DatasetFiles.create(out, gzip)) {
                DatasetSummary.Tally tally = new DatasetSummary.Tally();
                Function<DatasetRecord, Void> emit = record -> {
                    try {
                        writer.write(json.write(record));
                        writer.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    long written = tally.held(record);
                    if (written % 10_000 == 0) {
                        progress.report(written, -1);
                    }
                    return null;
                };
                predicates.all().forEach(p -> emit.apply(records.toRecord(p)));
                List<Entity> merged = new ArrayList<>();
                Set<Long> done = new HashSet<>();
                pages("entity_version", "entity_id", ids -> entities.select(Selection.currentIn("entity_id", ids)))
                        .forEach(page -> page.forEach(v -> {
                            Entity entity = (Entity) v.state();
                            if (entity.merged()) {
                                merged.add(entity);
                            } else {
                                emit.apply(records.toRecord(entity));
                                done.add(entity.id().value());
                            }
                        }));
                while (!merged.isEmpty()) {
                    List<Entity> ready = merged.stream()
                            .filter(e -> done.contains(e.mergedInto().value()))
                            .toList();
                    if (ready.isEmpty()) {
                        throw new IllegalStateException("entities merged in a cycle: " + merged);
                    }
                    ready.forEach(e -> {
                        emit.apply(records.toRecord(e));
                        done.add(e.id().value());
                    });
                    merged.removeAll(ready);
                }
                pages("source_version", "source_id", ids -> sources.select(Selection.currentIn("source_id", ids)))
                        .forEach(page -> page.forEach(v -> emit.apply(records.toRecord((Source) v.state()))));
                pages("claim_version", "claim_id", ids -> claims.select(Selection.currentIn("claim_id", ids)))
                        .forEach(page -> page.forEach(v -> emit.apply(records.toRecord((Claim) v.state()))));
                DatasetSummary summary = tally.summary();
                progress.report(summary.records(), 1);
                return summary;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The current versions of a table, a page of ids at a time, by id. */
    private Iterable<List<? extends Version<?>>> pages(
            String table, String idColumn, Function<List<Long>, List<? extends Version<?>>> load) {
        return () -> new Iterator<>() {
            private long after = 0;
            private List<Long> next = ids();

            private List<Long> ids() {
                return jdbc.sql(
                                "SELECT %2$s FROM %1$s WHERE recorded_until IS NULL AND %2$s > :after ORDER BY %2$s FETCH FIRST %3$d ROWS ONLY"
                                        .formatted(table, idColumn, PAGE))
                        .param("after", after)
                        .query(Long.class)
                        .list();
            }

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<? extends Version<?>> next() {
                List<Long> ids = next;
                after = ids.get(ids.size() - 1);
                next = ids.size() < PAGE ? List.of() : ids();
                return load.apply(ids);
            }
        };
    }
}
