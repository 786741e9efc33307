/** Who is acting and what their role lets them do: the registry's authorization rules. */
@NullMarked
package org.chancery.domain.security;

import org.jspecify.annotations.NullMarked;
