package org.chancery.data.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.chancery.data.claim.ClaimStore;
import org.chancery.data.dataset.DatasetSummary.Tally;
import org.chancery.data.entity.EntityStore;
import org.chancery.data.revision.VersionTable;
import org.chancery.data.source.SourceStore;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.SourceId;
import org.chancery.domain.Transactions;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.RegistryContext;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.source.Source;
import org.chancery.domain.vocabulary.Predicate;
import org.chancery.domain.vocabulary.Predicates;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks and imports dataset files. An import reads the file twice: the first pass checks every line
 * and writes nothing; the second writes every record in one transaction, so a file lands whole or not
 * at all.
 */
@Component
public class DatasetImport {

    /** How many records of a kind are written together. */
    static final int BATCH = 500;

    private final Predicates predicates;
    private final EntityStore entities;
    private final SourceStore sources;
    private final ClaimStore claims;
    private final Transactions transactions;
    private final DatasetRecords records;
    private final DatasetJson json = new DatasetJson();
    private final JdbcClient jdbc;

    DatasetImport(
            Predicates predicates,
            EntityStore entities,
            SourceStore sources,
            ClaimStore claims,
            Transactions transactions,
            DatasetRecords records,
            JdbcClient jdbc) {
        this.predicates = predicates;
        this.entities = entities;
        this.sources = sources;
        this.claims = claims;
        this.transactions = transactions;
        this.records = records;
        this.jdbc = jdbc;
    }

    /** Checks every line of {@code file} against the registry as it is, writing nothing. */
    public DatasetSummary validate(Resource file, Progress progress) {
        return transactions.inTransaction(() -> pass(file, progress, null));
    }

    /**
     * Imports {@code file} whole, or refuses it whole with the first line at fault. Then the database's
     * statistics are brought up to date, so that its planner knows the registry's new size at once.
     */
    public DatasetSummary importFile(Resource file, Actor actor, Progress progress) {
        actor.require(Role.ADMIN, "import a dataset");
        String author = actor.author();
        DatasetSummary summary = transactions.inTransaction(() -> {
            pass(file, Progress.NONE, null);
            return pass(file, progress, new Change(author, Action.IMPORT, "Imported " + file.getFilename()));
        });
        jdbc.sql("ANALYZE").update();
        return summary;
    }

    private DatasetSummary pass(Resource file, Progress progress, @Nullable Change change) {
        DatasetCheck check = new DatasetCheck(records, new RegistryContext(predicates, entities, sources));
        Tally tally = new Tally();
        long held = 0;
        Writes writes = change == null ? null : new Writes(change, tally);
        DatasetFiles.Counter read = new DatasetFiles.Counter();
        long size = contentLength(file);
        long line = 0;
        try (BufferedReader reader = DatasetFiles.open(file, read)) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                DatasetRecord record = json.read(line, text);
                Object checked;
                try {
                    checked = check.check(record);
                } catch (InvalidInputException e) {
                    throw new DatasetException(line, e.field(), "%s: %s".formatted(record.reference(), e.getMessage()));
                }
                if (writes != null) {
                    writes.add(checked);
                }
                held = tally.held(record);
                if (held % 10_000 == 0) {
                    progress.report(held, size > 0 ? (double) read.bytes / size : -1);
                }
            }
        } catch (CharacterCodingException e) {
            throw new DatasetException(line + 1, "", "The file is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (writes != null) {
            writes.flush();
            entities.reserve(writes.maxEntity);
            sources.reserve(writes.maxSource);
            claims.reserve(writes.maxClaim);
        }
        progress.report(held, 1);
        return tally.summary();
    }

    /**
     * The records checked and not written yet, a batch of each kind: a full batch is written with one read
     * of the current versions and one insert a table. Entities go first, then sources, then claims, so that
     * what a record refers to is always written before it.
     */
    private final class Writes {

        private final Batch<EntityId, Entity> entityBatch;
        private final Batch<SourceId, Source> sourceBatch;
        private final Batch<ClaimId, Claim> claimBatch;
        private final Tally tally;
        long maxEntity;
        long maxSource;
        long maxClaim;

        Writes(Change change, Tally tally) {
            this.tally = tally;
            this.entityBatch = new Batch<>(entities, Entity::id, EntityId::value, change, tally);
            this.sourceBatch = new Batch<>(sources, Source::id, SourceId::value, change, tally);
            this.claimBatch = new Batch<>(claims, Claim::id, ClaimId::value, change, tally);
        }

        void add(Object checked) {
            if (checked instanceof Predicate predicate) {
                flush();
                Optional<Predicate> current = predicates.find(predicate.key());
                if (current.isPresent() && current.get().equals(predicate)) {
                    tally.unchanged++;
                } else {
                    predicates.save(predicate);
                    tally.count(current.isEmpty());
                }
            } else if (checked instanceof Entity entity) {
                maxEntity = Math.max(maxEntity, entity.id().value());
                add(entityBatch, entity);
            } else if (checked instanceof Source source) {
                maxSource = Math.max(maxSource, source.id().value());
                add(sourceBatch, source);
            } else {
                Claim claim = (Claim) checked;
                maxClaim = Math.max(maxClaim, claim.id().value());
                add(claimBatch, claim);
            }
        }

        private <T> void add(Batch<?, T> batch, T state) {
            if (batch.add(state)) {
                flush();
            }
        }

        void flush() {
            entityBatch.flush();
            sourceBatch.flush();
            claimBatch.flush();
        }
    }

    /**
     * Up to {@link #BATCH} states of one kind, waiting to be written. Only the ids the registry may already
     * hold are looked up: those above its highest id when the import began are new.
     */
    private static final class Batch<I, T> {

        private final VersionTable<I, T, ?> store;
        private final Function<T, I> id;
        private final ToLongFunction<I> number;
        private final long highestBefore;
        private final Change change;
        private final Tally tally;
        private final List<T> states = new ArrayList<>();

        Batch(VersionTable<I, T, ?> store, Function<T, I> id, ToLongFunction<I> number, Change change, Tally tally) {
            this.store = store;
            this.id = id;
            this.number = number;
            this.highestBefore = store.maxId();
            this.change = change;
            this.tally = tally;
        }

        /** Adds {@code state}, telling whether the batch is full. */
        boolean add(T state) {
            states.add(state);
            return states.size() >= BATCH;
        }

        /** Appends a version for each state that differs from the current one. */
        void flush() {
            if (states.isEmpty()) {
                return;
            }
            List<I> known = states.stream()
                    .map(id)
                    .filter(i -> number.applyAsLong(i) <= highestBefore)
                    .toList();
            Map<I, Version<T>> current = known.isEmpty() ? Map.of() : store.findAll(known, null);
            List<VersionTable.Appended<I, T>> changed = new ArrayList<>();
            for (T state : states) {
                Version<T> now = current.get(id.apply(state));
                if (now != null && now.state().equals(state)) {
                    tally.unchanged++;
                } else {
                    changed.add(
                            new VersionTable.Appended<>(id.apply(state), now == null ? 1 : now.number() + 1, state));
                    tally.count(now == null);
                }
            }
            store.appendAll(changed, change);
            states.clear();
        }
    }

    private static long contentLength(Resource file) {
        try {
            return file.contentLength();
        } catch (IOException e) {
            return -1;
        }
    }
}
