/**
 * The {@code Claim} type and its parts: queries, the claims of entities and sources, nested fields, and the
 * mutations that change claims.
 */
@NullMarked
package org.chancery.api.claim;

import org.jspecify.annotations.NullMarked;
