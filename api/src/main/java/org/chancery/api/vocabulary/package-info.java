/** The predicate vocabulary, read once per request. */
@NullMarked
package org.chancery.api.vocabulary;

import org.jspecify.annotations.NullMarked;
