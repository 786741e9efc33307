/** How failures are told apart and logged, and what keeps their answers fast while the database is out. */
@NullMarked
package org.chancery.app.failure;

import org.jspecify.annotations.NullMarked;
