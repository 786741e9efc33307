/** JSON for the registry's values, one form for stored state and for datasets. */
@NullMarked
package org.chancery.data.json;

import org.jspecify.annotations.NullMarked;
