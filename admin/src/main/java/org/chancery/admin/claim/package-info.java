/**
 * Claims in the curator pages: a claim as it stands, or as any of its revisions left it, with every
 * revision, who made it, when, why, and who reviewed it.
 */
@NullMarked
package org.chancery.admin.claim;

import org.jspecify.annotations.NullMarked;
