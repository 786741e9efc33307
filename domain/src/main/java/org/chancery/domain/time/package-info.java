/**
 * Valid time: dates as ISO 8601-2 / EDTF spans ({@code 2022-02-21}, {@code 2013-05}, {@code 2013},
 * {@code [..2022-05-06]}), and whether a claim's validity surely or possibly covers a date.
 */
@NullMarked
package org.chancery.domain.time;

import org.jspecify.annotations.NullMarked;
