/**
 * Sources in the curator pages: the list and search by title, and the source page with its metadata,
 * the claims citing it, and its stored text with every cited quote marked and linked to its claim.
 */
@NullMarked
package org.chancery.admin.source;

import org.jspecify.annotations.NullMarked;
