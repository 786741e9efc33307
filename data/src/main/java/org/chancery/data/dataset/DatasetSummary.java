package org.chancery.data.dataset;

/**
 * What a file holds, and what an import did with it: the records of each kind read or written, and the
 * objects that were new, got a new revision or were already held (all zero when nothing was written).
 */
public record DatasetSummary(
        long predicates, long entities, long sources, long claims, long created, long changed, long unchanged) {

    public long records() {
        return predicates + entities + sources + claims;
    }

    /** The records by kind: {@code 110 records: 18 predicates, 38 entities, 1 source, 53 claims}. */
    public String holds() {
        return "%,d records: %s, %s, %s, %s"
                .formatted(
                        records(),
                        count(predicates, "predicate", "predicates"),
                        count(entities, "entity", "entities"),
                        count(sources, "source", "sources"),
                        count(claims, "claim", "claims"));
    }

    /** What an import did: {@code 110 new, 0 changed, 0 unchanged}. */
    public String outcome() {
        return "%,d new, %,d changed, %,d unchanged".formatted(created, changed, unchanged);
    }

    @Override
    public String toString() {
        return holds() + "; " + outcome();
    }

    private static String count(long n, String one, String many) {
        return "%,d %s".formatted(n, n == 1 ? one : many);
    }

    /** Counts records as they are read or written. */
    static final class Tally {
        long predicates;
        long entities;
        long sources;
        long claims;
        long created;
        long changed;
        long unchanged;

        /** Counts {@code record}; returns the records counted so far. */
        long held(DatasetRecord record) {
            if (record instanceof DatasetRecord.PredicateRecord) {
                predicates++;
            } else if (record instanceof DatasetRecord.EntityRecord) {
                entities++;
            } else if (record instanceof DatasetRecord.SourceRecord) {
                sources++;
            } else {
                claims++;
            }
            return predicates + entities + sources + claims;
        }

        void count(boolean isNew) {
            if (isNew) {
                created++;
            } else {
                changed++;
            }
        }

        DatasetSummary summary() {
            return new DatasetSummary(predicates, entities, sources, claims, created, changed, unchanged);
        }
    }
}
