package org.chancery.api;

import org.chancery.domain.security.Actor;

/** Who sends the current request; the application provides it from its authentication. */
@FunctionalInterface
public interface ActorSource {

    Actor current();
}
