/** Entities stored as version rows with their aliases and external ids. */
@NullMarked
package org.chancery.data.entity;

import org.jspecify.annotations.NullMarked;
