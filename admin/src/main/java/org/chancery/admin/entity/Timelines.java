package org.chancery.admin.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.chancery.admin.ClaimCard;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;

/** Lays claims out on a {@link Timeline}: the arithmetic of the drawing, and nothing else. */
final class Timelines {

    static final int WIDTH = 960;
    static final int BAR_HEIGHT = 12;
    static final int AXIS_Y = 28;
    static final int ROW_HEIGHT = 40;
    static final int MAX_LABEL = 110;

    private static final int LEFT = 16;
    private static final int RIGHT = WIDTH - 16;
    private static final int ARROW = 9;
    private static final double MIN_SOLID = 2;
    private static final double PAST = Double.NEGATIVE_INFINITY;
    private static final double FUTURE = Double.POSITIVE_INFINITY;

    private Timelines() {}

    /**
     * A claim to draw.
     *
     * @param card the claim
     * @param label what it says of the entity
     * @param from when it started to hold, if known
     * @param until the last day on which it held, if known
     */
    record Entry(
            ClaimCard card,
            String label,
            @Nullable EdtfDate from,
            @Nullable EdtfDate until) {}

    /**
     * When a claim may have started and ended, in days since the epoch: it started on some day of
     * [{@code startLo}, {@code startHi}] and ended before some moment of [{@code endLo}, {@code endHi}];
     * infinities where there is no known limit.
     */
    private record Span(Entry entry, double startLo, double startHi, double endLo, double endHi) {

        static Span of(Entry entry) {
            EdtfDate from = entry.from();
            EdtfDate until = entry.until();
            double startLo = from == null || from.earliest() == null ? PAST : day(from.earliest());
            double startHi = from == null ? PAST : from.latest() == null ? FUTURE : day(from.latest());
            double endLo = until == null ? FUTURE : until.earliest() == null ? PAST : day(until.earliest()) + 1;
            double endHi = until == null || until.latest() == null ? FUTURE : day(until.latest()) + 1;
            return new Span(entry, startLo, startHi, Math.max(endLo, startLo), Math.max(endHi, startLo));
        }

        private static double day(LocalDate date) {
            return date.toEpochDay();
        }
    }

    static Timeline draw(List<Entry> entries, Locale locale) {
        List<Span> spans = entries.stream()
                .map(Span::of)
                .sorted(Comparator.comparingDouble(Span::startLo)
                        .thenComparingDouble(Span::startHi)
                        .thenComparingDouble(Span::endHi))
                .toList();
        double min = FUTURE;
        double max = PAST;
        for (Span span : spans) {
            for (double day : new double[] {span.startLo(), span.startHi(), span.endLo(), span.endHi()}) {
                if (Double.isFinite(day)) {
                    min = Math.min(min, day);
                    max = Math.max(max, day);
                }
            }
        }
        int height = AXIS_Y + 12 + spans.size() * ROW_HEIGHT;
        if (!Double.isFinite(min)) {
            // nothing to draw: the bars only carry the claims to the timeline's text version
            List<Timeline.Bar> listed = spans.stream()
                    .map(s ->
                            new Timeline.Bar(s.entry().card(), shorten(s.entry().label()), 0, 0, List.of(), null, null))
                    .toList();
            return new Timeline(WIDTH, height, AXIS_Y, List.of(), listed, null, null);
        }
        int firstYear = LocalDate.ofEpochDay((long) min).getYear();
        int lastYear = LocalDate.ofEpochDay((long) max).getYear();
        Scale scale = new Scale(
                LocalDate.of(firstYear, 1, 1).toEpochDay(),
                LocalDate.of(lastYear + 1, 1, 1).toEpochDay());
        List<Timeline.Bar> bars = new ArrayList<>();
        for (int row = 0; row < spans.size(); row++) {
            double top = AXIS_Y + 12 + row * ROW_HEIGHT;
            bars.add(bar(spans.get(row), scale, top + 14, top + 20));
        }
        return new Timeline(
                WIDTH,
                height,
                AXIS_Y,
                ticks(firstYear, lastYear + 1, scale, locale),
                bars,
                Integer.toString(firstYear),
                Integer.toString(lastYear));
    }

    private static Timeline.Bar bar(Span span, Scale scale, double labelY, double barY) {
        List<Timeline.Segment> segments = new ArrayList<>();
        if (span.startHi() > span.endLo()) {
            segment(segments, scale, span.startLo(), span.endHi(), "fuzzy");
        } else {
            segment(segments, scale, span.startLo(), span.startHi(), "fuzzy-start");
            segment(segments, scale, span.startHi(), span.endLo(), "solid");
            segment(segments, scale, span.endLo(), span.endHi(), "fuzzy-end");
        }
        double middle = barY + BAR_HEIGHT / 2.0;
        String openStart = span.startLo() == PAST
                ? points(LEFT - ARROW, middle, LEFT, middle - BAR_HEIGHT / 2.0 - 3, LEFT, middle + BAR_HEIGHT / 2.0 + 3)
                : null;
        String openEnd = span.endHi() == FUTURE
                ? points(
                        RIGHT + ARROW,
                        middle,
                        RIGHT,
                        middle - BAR_HEIGHT / 2.0 - 3,
                        RIGHT,
                        middle + BAR_HEIGHT / 2.0 + 3)
                : null;
        return new Timeline.Bar(
                span.entry().card(), shorten(span.entry().label()), labelY, barY, segments, openStart, openEnd);
    }

    private static void segment(List<Timeline.Segment> segments, Scale scale, double from, double to, String kind) {
        if (!(to > from)) {
            return;
        }
        double x = scale.x(from);
        double width = scale.x(to) - x;
        if (width < MIN_SOLID) {
            width = MIN_SOLID;
            x = Math.min(x, RIGHT - MIN_SOLID);
        }
        segments.add(new Timeline.Segment(round(x), round(width), kind));
    }

    /** Yearly marks, thinned out on long spans; quarterly ones when the axis covers two years or less. */
    private static List<Timeline.Tick> ticks(int firstYear, int endYear, Scale scale, Locale locale) {
        List<Timeline.Tick> ticks = new ArrayList<>();
        int years = endYear - firstYear;
        if (years <= 2) {
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM uuuu", locale);
            for (LocalDate at = LocalDate.of(firstYear, 1, 1); at.getYear() < endYear; at = at.plusMonths(3)) {
                ticks.add(new Timeline.Tick(round(scale.x(at.toEpochDay())), month.format(at)));
            }
            return ticks;
        }
        int step = 1;
        for (int candidate : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
            step = candidate;
            if (years / candidate <= 8) {
                break;
            }
        }
        for (int year = firstYear; year < endYear; year++) {
            if (year % step == 0) {
                ticks.add(new Timeline.Tick(
                        round(scale.x(LocalDate.of(year, 1, 1).toEpochDay())), Integer.toString(year)));
            }
        }
        if (ticks.isEmpty()) {
            ticks.add(new Timeline.Tick(
                    round(scale.x(LocalDate.of(firstYear, 1, 1).toEpochDay())), Integer.toString(firstYear)));
        }
        return ticks;
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String points(double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                points.append(' ');
            }
            points.append(round(xy[i])).append(',').append(round(xy[i + 1]));
        }
        return points.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Days since the epoch to x, with the days beyond either end of the axis drawn at its edge. */
    private record Scale(double firstDay, double endDay) {

        double x(double day) {
            double clamped = Math.max(firstDay, Math.min(endDay, day));
            return LEFT + (clamped - firstDay) / (endDay - firstDay) * (RIGHT - LEFT);
        }
    }
}
