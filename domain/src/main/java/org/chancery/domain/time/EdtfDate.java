package org.chancery.domain.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date as a span of days in which the day meant lies: a day, a month, a year, or a range with an open
 * or closed end.
 *
 * @param form the canonical EDTF form, such as {@code 2013-05} or {@code [..2022-05-06]}
 * @param earliest the first day it may mean, or {@code null} when open towards the past
 * @param latest the last day it may mean, or {@code null} when open towards the future
 * @param precision how exactly the date is known
 */
public record EdtfDate(
        String form, @Nullable LocalDate earliest, @Nullable LocalDate latest, Precision precision)
        implements Comparable<EdtfDate> {

    private static final Pattern EXACT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern RANGE = Pattern.compile("\\[([^.\\]]*)\\.\\.([^.\\]]*)]");

    public EdtfDate {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(precision, "precision");
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("'%s' ends before it starts".formatted(form));
        }
    }

    /**
     * Reads an EDTF form: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or a range {@code [A..B]}
     * of two such forms, either of which may be left out.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}
     */
    public static EdtfDate parse(String text) {
        String trimmed = text.strip();
        Matcher range = RANGE.matcher(trimmed);
        if (range.matches()) {
            return range(
                    range.group(1).isEmpty() ? null : exact(range.group(1)),
                    range.group(2).isEmpty() ? null : exact(range.group(2)));
        }
        return exact(trimmed);
    }

    /** The single day {@code day}. */
    public static EdtfDate of(LocalDate day) {
        return new EdtfDate(day.toString(), day, day, Precision.DAY);
    }

    /** A day between {@code from} and {@code to} (either may be {@code null} for an open end). */
    public static EdtfDate range(@Nullable EdtfDate from, @Nullable EdtfDate to) {
        if (from == null && to == null) {
            throw new IllegalArgumentException("a range needs at least one end: [..2022-05-06] or [2022-02-24..]");
        }
        if (from != null && from.precision == Precision.RANGE || to != null && to.precision == Precision.RANGE) {
            throw new IllegalArgumentException("the ends of a range are days, months or years, not ranges");
        }
        String form = "[%s..%s]".formatted(from == null ? "" : from.form, to == null ? "" : to.form);
        LocalDate earliest = from == null ? null : from.earliest;
        LocalDate latest = to == null ? null : to.latest;
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("'%s' ends before it starts".formatted(form));
        }
        return new EdtfDate(form, earliest, latest, Precision.RANGE);
    }

    private static EdtfDate exact(String text) {
        Matcher m = EXACT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'%s' is not a date: write 2022-02-21, 2013-05, 2013, [..2022-05-06] or [2022-02-24..]"
                            .formatted(text));
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new EdtfDate(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new EdtfDate(text, month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
            }
            return of(month.atDay(Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'%s' is not a day of the calendar".formatted(text));
        }
    }

    /** The first day this date may mean, {@link LocalDate#MIN} when open. */
    public LocalDate earliestOrMin() {
        return earliest == null ? LocalDate.MIN : earliest;
    }

    /** The last day this date may mean, {@link LocalDate#MAX} when open. */
    public LocalDate latestOrMax() {
        return latest == null ? LocalDate.MAX : latest;
    }

    /** Orders by earliest day (an open start first), then by latest day (an open end last). */
    @Override
    public int compareTo(EdtfDate other) {
        int byEarliest = earliestOrMin().compareTo(other.earliestOrMin());
        return byEarliest != 0 ? byEarliest : latestOrMax().compareTo(other.latestOrMax());
    }

    @Override
    public String toString() {
        return form;
    }
}
