package org.chancery.data.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import org.chancery.data.claim.ClaimStore;
import org.chancery.data.entity.EntityStore;
import org.chancery.data.source.SourceStore;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.Transactions;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.RegistryContext;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.chancery.domain.revision.Versions;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.source.Source;
import org.chancery.domain.vocabulary.Predicate;
import org.chancery.domain.vocabulary.Predicates;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Checks and imports dataset files. An import reads the file twice: the first pass checks every line
 * and writes nothing; the second writes every record in one transaction, so a file lands whole or not
 * at all.
 */
@Component
public class DatasetImport {

    private final Predicates predicates;
    private final EntityStore entities;
    private final SourceStore sources;
    private final ClaimStore claims;
    private final Transactions transactions;
    private final DatasetRecords records;
    private final DatasetJson json = new DatasetJson();

    DatasetImport(
            Predicates predicates,
            EntityStore entities,
            SourceStore sources,
            ClaimStore claims,
            Transactions transactions,
            DatasetRecords records) {
        this.predicates = predicates;
        this.entities = entities;
        this.sources = sources;
        this.claims = claims;
        this.transactions = transactions;
        this.records = records;
    }

    /** Checks every line of {@code file} against the registry as it is, writing nothing. */
    public DatasetSummary validate(Resource file, Progress progress) {
        return transactions.inTransaction(() -> pass(file, progress, null));
    }

    /** Imports {@code file} whole, or refuses it whole with the first line at fault. */
    public DatasetSummary importFile(Resource file, Actor actor, Progress progress) {
        actor.require(Role.ADMIN, "import a dataset");
        String author = actor.author();
        return transactions.inTransaction(() -> {
            pass(file, Progress.NONE, null);
            return pass(file, progress, new Change(author, Action.IMPORT, "Imported " + file.getFilename()));
        });
    }

    private DatasetSummary pass(Resource file, Progress progress, Change change) {
        DatasetCheck check = new DatasetCheck(records, new RegistryContext(predicates, entities, sources));
        Tally tally = new Tally();
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
                if (change != null) {
                    write(checked, change, tally);
                }
                tally.records++;
                if (tally.records % 10_000 == 0) {
                    progress.report(tally.records, size > 0 ? (double) read.bytes / size : -1);
                }
            }
        } catch (CharacterCodingException e) {
            throw new DatasetException(line + 1, "", "The file is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (change != null) {
            entities.reserve(tally.maxEntity);
            sources.reserve(tally.maxSource);
            claims.reserve(tally.maxClaim);
        }
        progress.report(tally.records, 1);
        return new DatasetSummary(tally.records, tally.created, tally.changed, tally.unchanged);
    }

    private void write(Object checked, Change change, Tally tally) {
        if (checked instanceof Predicate predicate) {
            Optional<Predicate> current = predicates.find(predicate.key());
            if (current.isPresent() && current.get().equals(predicate)) {
                tally.unchanged++;
            } else {
                predicates.save(predicate);
                tally.count(current.isEmpty());
            }
        } else if (checked instanceof Entity entity) {
            tally.maxEntity = Math.max(tally.maxEntity, entity.id().value());
            put(entities, entity.id(), entity, change, tally);
        } else if (checked instanceof Source source) {
            tally.maxSource = Math.max(tally.maxSource, source.id().value());
            put(sources, source.id(), source, change, tally);
        } else {
            Claim claim = (Claim) checked;
            tally.maxClaim = Math.max(tally.maxClaim, claim.id().value());
            put(claims, claim.id(), claim, change, tally);
        }
    }

    private static <I, T> void put(Versions<I, T> store, I id, T state, Change change, Tally tally) {
        Optional<Version<T>> current = store.find(id);
        if (current.isPresent() && current.get().state().equals(state)) {
            tally.unchanged++;
            return;
        }
        store.append(id, current.map(Version::number).orElse(0) + 1, state, change);
        tally.count(current.isEmpty());
    }

    private static long contentLength(Resource file) {
        try {
            return file.contentLength();
        } catch (IOException e) {
            return -1;
        }
    }

    private static final class Tally {
        long records;
        long created;
        long changed;
        long unchanged;
        long maxEntity;
        long maxSource;
        long maxClaim;

        void count(boolean isNew) {
            if (isNew) {
                created++;
            } else {
                changed++;
            }
        }
    }
}
