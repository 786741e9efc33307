/**
 * Entities in the curator pages: search by name or alias, and the entity page with its names, external
 * ids, the claims in both directions grouped by predicate, their citations, and a timeline of them over
 * valid time drawn as SVG on the server.
 */
@NullMarked
package org.chancery.admin.entity;

import org.jspecify.annotations.NullMarked;
