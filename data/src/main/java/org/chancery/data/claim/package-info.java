/** Claims stored as version rows with their qualifiers, citations and attribution chains. */
@NullMarked
package org.chancery.data.claim;

import org.jspecify.annotations.NullMarked;
