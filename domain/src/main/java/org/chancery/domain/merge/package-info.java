/**
 * Merges: when two entities turn out to be one, the merged one resolves to the survivor, its claims move
 * over with a revision each, and the whole merge can be undone.
 */
@NullMarked
package org.chancery.domain.merge;

import org.jspecify.annotations.NullMarked;
