package org.chancery.admin.security;

import java.time.Duration;

/** How long someone waits after too many failed attempts to sign in: the application provides it. */
@FunctionalInterface
public interface SignInWait {

    Duration duration();
}
