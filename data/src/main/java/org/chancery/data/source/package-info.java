/** Sources stored as version rows, their text included. */
@NullMarked
package org.chancery.data.source;

import org.jspecify.annotations.NullMarked;
