/** The {@code Entity} type: queries, history, and the mutations that create and correct entities. */
@NullMarked
package org.chancery.api.entity;

import org.jspecify.annotations.NullMarked;
