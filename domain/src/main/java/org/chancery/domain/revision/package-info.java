/**
 * Revisions: every change to an entity, source or claim appends a version holding the whole state after
 * it, who made it, when the registry recorded it and why. Versions are never changed, only closed.
 */
@NullMarked
package org.chancery.domain.revision;

import org.jspecify.annotations.NullMarked;
