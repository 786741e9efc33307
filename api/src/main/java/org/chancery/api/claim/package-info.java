/** The {@code Claim} type and its parts: queries, nested fields, and the mutations that change claims. */
@NullMarked
package org.chancery.api.claim;

import org.jspecify.annotations.NullMarked;
