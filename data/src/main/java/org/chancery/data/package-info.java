/**
 * Persistence: the domain's ports implemented with explicit SQL over {@code JdbcClient}, one schema for
 * H2 and PostgreSQL (Flyway), and the dataset format.
 */
@NullMarked
package org.chancery.data;

import org.jspecify.annotations.NullMarked;
