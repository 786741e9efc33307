package org.chancery.domain.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ApiTokens} kept in memory, for tests; creation and revocation times come from {@code clock}. */
public class InMemoryApiTokens implements ApiTokens {

    private final Map<ApiTokenId, ApiToken> byId = new LinkedHashMap<>();
    private final Map<String, ApiTokenId> byHash = new LinkedHashMap<>();
    private final Clock clock;

    public InMemoryApiTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ApiToken add(String owner, String label, String secretSha256) {
        ApiToken token = new ApiToken(new ApiTokenId(byId.size() + 1L), owner, label, clock.instant(), null);
        byId.put(token.id(), token);
        byHash.put(secretSha256, token.id());
        return token;
    }

    @Override
    public Optional<ApiToken> find(ApiTokenId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<ApiToken> findByHash(String secretSha256) {
        return Optional.ofNullable(byHash.get(secretSha256)).map(byId::get);
    }

    @Override
    public List<ApiToken> ownedBy(String owner) {
        List<ApiToken> owned = new ArrayList<>(
                byId.values().stream().filter(t -> t.owner().equals(owner)).toList());
        owned.sort(Comparator.comparing((ApiToken t) -> t.id().value()).reversed());
        return owned;
    }

    @Override
    public void revoke(ApiTokenId id) {
        ApiToken token = byId.get(id);
        if (token != null && !token.revoked()) {
            byId.put(id, new ApiToken(id, token.owner(), token.label(), token.createdAt(), clock.instant()));
        }
    }

    /** The hashes stored, to show that no secret is. */
    public List<String> hashes() {
        return List.copyOf(byHash.keySet());
    }
}
