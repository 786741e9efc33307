/**
 * The registry's model and rules in plain Java: the refusals every use case may raise live here, the
 * model itself in the feature packages beside it.
 */
@NullMarked
package org.chancery.domain;

import org.jspecify.annotations.NullMarked;
