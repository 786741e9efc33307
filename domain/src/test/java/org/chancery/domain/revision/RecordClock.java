package org.chancery.domain.revision;

import java.time.Instant;

/**
 * The record time of in-memory stores, standing in for the database's clock: it starts at {@link #START}
 * and moves one second each time a change is recorded, so record times are distinct and predictable.
 * Stores that share one clock record their changes in one order, as one database would.
 */
public final class RecordClock {

    public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private Instant now = START;

    /** The time of the latest change recorded, {@link #START} before the first. */
    public Instant now() {
        return now;
    }

    /** The time of a new change, one second after the one before. */
    public Instant next() {
        now = now.plusSeconds(1);
        return now;
    }
}
