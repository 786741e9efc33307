/**
 * Revisions in the curator pages: the dashboard of recent and unreviewed changes, the list of recent
 * changes, and the table of an object's revisions with their reviews that every object page shows.
 */
@NullMarked
package org.chancery.admin.revision;

import org.jspecify.annotations.NullMarked;
