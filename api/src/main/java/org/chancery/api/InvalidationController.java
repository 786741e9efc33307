package org.chancery.api;

import java.util.List;
import org.chancery.domain.RegistryVersion;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code invalidations(after)}: what each change touched, for a purger of the answers a CDN keeps. The
 * registry makes no call out; whoever purges asks. Never kept: it is not in {@link Reads#KEYED}.
 */
@Controller
class InvalidationController {

    record Invalidation(long version, List<String> keys) {}

    record Invalidations(long version, List<Invalidation> changes) {}

    private final RegistryVersion registry;

    InvalidationController(RegistryVersion registry) {
        this.registry = registry;
    }

    @QueryMapping
    Invalidations invalidations(@Argument int after) {
        long version = registry.current();
        List<Invalidation> changes = registry.touchedAfter(after).entrySet().stream()
                .map(change -> new Invalidation(
                        change.getKey(), change.getValue().stream().sorted().toList()))
                .toList();
        return new Invalidations(version, changes);
    }
}
