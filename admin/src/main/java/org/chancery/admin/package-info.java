/**
 * The curator UI, served under {@code /admin}: the pieces every page shares live here (the current
 * curator, the view of a claim with its citations, dates, the 404 and error handling), the pages
 * themselves in the feature packages beside it. Pages only read through the domain's ports and change
 * the registry only through its use cases.
 */
@NullMarked
package org.chancery.admin;

import org.jspecify.annotations.NullMarked;
