/** Revisions and reviews: histories, recent changes, and reviewing. */
@NullMarked
package org.chancery.api.revision;

import org.jspecify.annotations.NullMarked;
