package org.chancery.admin;

import org.chancery.domain.Fixtures;
import org.chancery.domain.security.Actor;

/** Who uses the curator pages in a slice test: a curator, {@code olga}, unless the test signs in another. */
final class SignedIn implements CurrentCurator {

    private volatile Actor actor = Fixtures.curator();

    @Override
    public Actor actor() {
        return actor;
    }

    void as(Actor actor) {
        this.actor = actor;
    }
}
