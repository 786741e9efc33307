package org.chancery.admin.entity;

import java.util.List;
import java.util.Locale;
import org.chancery.admin.ClaimCard;
import org.jspecify.annotations.Nullable;

/**
 * Claims over valid time, laid out for an SVG drawing: one bar a claim, from the earliest day it may
 * have started to the latest day it may have ended. A part known only within a month, a year or a range
 * is a {@code fuzzy} segment, what surely held a {@code solid} one, and an end with no known limit an
 * arrow at the edge of the drawing. Coordinates are in the units of the drawing's view box.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param axisY where the time axis runs
 * @param ticks the marks on the time axis
 * @param bars one bar a claim, earliest first
 * @param firstYear the first year the axis shows, when it has one
 * @param lastYear the last year the axis shows, when it has one
 */
public record Timeline(
        int width,
        int height,
        int axisY,
        List<Tick> ticks,
        List<Bar> bars,
        @Nullable String firstYear,
        @Nullable String lastYear) {

    public Timeline {
        ticks = List.copyOf(ticks);
        bars = List.copyOf(bars);
    }

    /** Whether there is anything to draw: at least one claim with a known date. */
    public boolean drawn() {
        return !ticks.isEmpty();
    }

    /** A mark on the time axis at {@code x}. */
    public record Tick(double x, String label) {}

    /**
     * A piece of a bar.
     *
     * @param kind {@code solid} where the claim surely held; {@code fuzzy-start} and {@code fuzzy-end}
     *     where it may have started or ended; {@code fuzzy} where both are uncertain
     */
    public record Segment(double x, double width, String kind) {}

    /**
     * One claim's bar.
     *
     * @param card the claim
     * @param label what the claim says of the entity
     * @param labelY where the label's baseline runs
     * @param barY the top of the bar
     * @param segments the bar's pieces, left to right
     * @param openStart the points of the arrow at the left edge, when the start has no known limit
     * @param openEnd the points of the arrow at the right edge, when the end has no known limit
     */
    public record Bar(
            ClaimCard card,
            String label,
            double labelY,
            double barY,
            List<Segment> segments,
            @Nullable String openStart,
            @Nullable String openEnd) {

        public Bar {
            segments = List.copyOf(segments);
        }

        /** The rank in lower case, to pick the bar's colour. */
        public String rank() {
            return card.rank().name().toLowerCase(Locale.ROOT);
        }
    }
}
