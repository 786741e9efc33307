/** The predicate vocabulary, one row per predicate. */
@NullMarked
package org.chancery.data.vocabulary;

import org.jspecify.annotations.NullMarked;
