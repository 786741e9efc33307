/** The {@code Entity} type: queries, its claims, history, and the mutations that change entities. */
@NullMarked
package org.chancery.api.entity;

import org.jspecify.annotations.NullMarked;
