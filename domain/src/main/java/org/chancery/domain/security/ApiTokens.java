package org.chancery.domain.security;

import java.util.List;
import java.util.Optional;

/** The stored API tokens, each kept as the SHA-256 of its secret (lower-case hex). */
public interface ApiTokens {

    /** Stores a new token, its id and creation time given by the store. */
    ApiToken add(String owner, String label, String secretSha256);

    Optional<ApiToken> find(ApiTokenId id);

    /** The token whose secret has this hash, revoked or not. */
    Optional<ApiToken> findByHash(String secretSha256);

    /** The tokens of {@code owner}, revoked ones included, newest first. */
    List<ApiToken> ownedBy(String owner);

    /** Marks the token revoked from now on; a token already revoked keeps its first revocation time. */
    void revoke(ApiTokenId id);
}
