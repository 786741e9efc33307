package org.chancery.domain.security;

/** Turns a password into a salted, slow hash that names its own algorithm, and checks one against it. */
public interface PasswordHasher {

    String hash(String password);

    /** Whether {@code password} is the one {@code hash} was made from; {@code false} for any hash it cannot read. */
    boolean matches(String password, String hash);
}
