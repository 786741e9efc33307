package org.chancery.app.security;

import org.chancery.domain.security.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords hashed by Spring Security's delegating encoder: BCrypt today, and the hash names its
 * algorithm ({@code {bcrypt}$2a$10$...}) so that a stronger one can take over without a migration.
 */
final class SpringPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    SpringPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String password) {
        String hash = encoder.encode(password);
        if (hash == null) {
            throw new IllegalStateException("the password encoder gave no hash");
        }
        return hash;
    }

    @Override
    public boolean matches(String password, String hash) {
        try {
            return encoder.matches(password, hash);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
