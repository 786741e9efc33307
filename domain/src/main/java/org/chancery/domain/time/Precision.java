package org.chancery.domain.time;

/** How exactly a date is known. */
public enum Precision {
    /** One day: {@code 2022-02-21}. */
    DAY,
    /** One month, day unknown: {@code 2013-05}. */
    MONTH,
    /** One year, month unknown: {@code 2013}. */
    YEAR,
    /** A day between two bounds, either open: {@code [..2022-05-06]}, {@code [2022-02-24..]}. */
    RANGE
}
