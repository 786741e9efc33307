package org.chancery.data.dataset;

/**
 * What an import, a check or an export did.
 *
 * @param records the records read or written
 * @param created the objects that were new to the registry
 * @param changed the objects that got a new revision
 * @param unchanged the objects the registry already held with the same content
 */
public record DatasetSummary(long records, long created, long changed, long unchanged) {

    @Override
    public String toString() {
        return "%d records: %d new, %d changed, %d unchanged".formatted(records, created, changed, unchanged);
    }
}
