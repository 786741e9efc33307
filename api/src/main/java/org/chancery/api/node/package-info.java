/** Relay's {@code node(id)}: one query for an object of any kind, by its id. */
@NullMarked
package org.chancery.api.node;

import org.jspecify.annotations.NullMarked;
