/** What every versioned table shares: selecting current, past and all versions, and appending one. */
@NullMarked
package org.chancery.data.revision;

import org.jspecify.annotations.NullMarked;
