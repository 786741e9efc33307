package org.chancery.admin;

import org.chancery.domain.time.Precision;
import org.jspecify.annotations.Nullable;

/**
 * A date as a page shows it.
 *
 * @param form its EDTF form, such as {@code 2013-05} or {@code [..2022-05-06]}
 * @param precision how exactly it is known
 * @param text how a reader reads it: "May 2013", "on or before 6 May 2022"
 * @param phrase how it reads after a verb: "in May 2013", "on 21 February 2022", "on or before 6 May 2022"
 * @param datetime the value of a {@code <time datetime>} attribute, for a day, a month or a year
 */
public record DateView(
        String form,
        Precision precision,
        String text,
        String phrase,
        @Nullable String datetime) {}
