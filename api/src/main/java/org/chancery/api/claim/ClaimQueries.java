package org.chancery.api.claim;

import org.chancery.api.Connection;
import org.chancery.api.Cursors;
import org.chancery.domain.Page;
import org.chancery.domain.claim.ClaimFilter;
import org.chancery.domain.claim.Claims;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Pages of claims as connections, each edge saying how surely the claim held at {@code validAt}. */
@Component
public class ClaimQueries {

    private final Claims claims;

    ClaimQueries(Claims claims) {
        this.claims = claims;
    }

    public Connection<ClaimNode> page(ClaimFilter filter, @Nullable Integer first, @Nullable String after) {
        Page page = Cursors.page('C', first, after);
        return Connection.of(
                claims.find(filter, page),
                page.after(),
                v -> new Connection.Edge<>(
                        Cursors.of(v.state().id()),
                        new ClaimNode(v, filter.knownAt()),
                        filter.validAt() == null
                                ? null
                                : v.state().validTime().during(filter.validAt()).orElse(null)),
                () -> claims.count(filter));
    }
}
