package org.chancery.domain.time;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a fact held in the world: from some day of {@code from} to some day of {@code until} (the last
 * day on which it held). An open end means the fact held without a known limit on that side.
 */
public record ValidTime(@Nullable EdtfDate from, @Nullable EdtfDate until) {

    public static final ValidTime ALWAYS = new ValidTime(null, null);

    /** Whether the fact may start no later than it ends, comparing the spans as spans. */
    public boolean isConsistent() {
        return from == null || until == null || !from.earliestOrMin().isAfter(until.latestOrMax());
    }

    /**
     * Whether the fact held during {@code date}: {@link Certainty#CERTAIN} when it surely held on every day
     * of it, {@link Certainty#POSSIBLE} when it may have held on some day of it, empty when it surely did not.
     */
    public Optional<Certainty> during(EdtfDate date) {
        LocalDate startsNoEarlier = from == null ? LocalDate.MIN : from.earliestOrMin();
        LocalDate startsNoLater = from == null ? LocalDate.MIN : from.latestOrMax();
        LocalDate endsNoEarlier = until == null ? LocalDate.MAX : until.earliestOrMin();
        LocalDate endsNoLater = until == null ? LocalDate.MAX : until.latestOrMax();
        if (startsNoEarlier.isAfter(date.latestOrMax()) || endsNoLater.isBefore(date.earliestOrMin())) {
            return Optional.empty();
        }
        boolean certain = !startsNoLater.isAfter(date.earliestOrMin()) && !endsNoEarlier.isBefore(date.latestOrMax());
        return Optional.of(certain ? Certainty.CERTAIN : Certainty.POSSIBLE);
    }
}
