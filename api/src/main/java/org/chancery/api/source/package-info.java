/** The {@code Source} type: queries, the text curators may read, and the mutations that change sources. */
@NullMarked
package org.chancery.api.source;

import org.jspecify.annotations.NullMarked;
