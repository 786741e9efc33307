/** Standing merges and the claims each moved, kept so a merge can be undone. */
@NullMarked
package org.chancery.data.merge;

import org.jspecify.annotations.NullMarked;
