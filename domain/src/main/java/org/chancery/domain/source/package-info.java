/**
 * Sources: the documents claims cite, with their stored text where the registry keeps it, against which
 * every quote is checked.
 */
@NullMarked
package org.chancery.domain.source;

import org.jspecify.annotations.NullMarked;
