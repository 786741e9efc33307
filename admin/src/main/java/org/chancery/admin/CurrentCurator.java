package org.chancery.admin;

import org.chancery.domain.security.Actor;

/** Who is using the curator pages: the application provides it from the signed-in user. */
@FunctionalInterface
public interface CurrentCurator {

    Actor actor();
}
