/** Merging duplicate entities in the API, and undoing a merge. */
@NullMarked
package org.chancery.api.merge;

import org.jspecify.annotations.NullMarked;
