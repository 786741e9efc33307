package org.chancery.domain.security;

import java.util.Objects;

/**
 * A token just issued: the only time its secret is known. The registry keeps only the secret's hash, so
 * a lost secret cannot be shown again; revoke the token and create another.
 *
 * @param secret what a client sends as {@code Authorization: Bearer <secret>}
 * @param token the token's id, owner, label and creation time
 */
public record NewApiToken(String secret, ApiToken token) {

    public NewApiToken {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(token, "token");
    }

    /** Leaves the secret out, so that logging a new token never writes it down. */
    @Override
    public String toString() {
        return "NewApiToken[secret=(hidden), token=%s]".formatted(token);
    }
}
