/**
 * The GraphQL API: schema-first ({@code src/main/resources/graphql}), one controller per type,
 * batch loading for every nested field that reads the database, one place that turns the domain's
 * refusals into GraphQL errors, and the limits that keep hostile queries cheap.
 */
@NullMarked
package org.chancery.api;

import org.jspecify.annotations.NullMarked;
