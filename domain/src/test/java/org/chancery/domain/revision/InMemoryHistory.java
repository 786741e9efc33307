package org.chancery.domain.revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.NodeId;
import org.chancery.domain.Slice;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.InMemoryClaims;
import org.chancery.domain.entity.InMemoryEntities;
import org.chancery.domain.source.InMemorySources;
import org.jspecify.annotations.Nullable;

/**
 * {@link History} read from in-memory stores, for tests. The stores should share one {@link RecordClock}
 * so that their changes have one order.
 */
public class InMemoryHistory implements History {

    private static final Comparator<RecentChange> NEWEST_FIRST = Comparator.comparing(RecentChange::recordedAt)
            .reversed()
            .thenComparing(c -> c.objectId().toString())
            .thenComparing(RecentChange::revision);

    private final InMemoryEntities entities;
    private final InMemorySources sources;
    private final InMemoryClaims claims;
    private final RecordClock clock;
    private final Map<RevisionKey, List<Review>> reviews = new LinkedHashMap<>();

    public InMemoryHistory(
            InMemoryEntities entities, InMemorySources sources, InMemoryClaims claims, RecordClock clock) {
        this.entities = entities;
        this.sources = sources;
        this.claims = claims;
        this.clock = clock;
    }

    @Override
    public Slice<RecentChange> recent(ChangeFilter filter, int size, @Nullable RecentChange after) {
        List<RecentChange> fetched = changes(filter)
                .filter(c -> after == null || NEWEST_FIRST.compare(c, after) > 0)
                .limit(size + 1L)
                .toList();
        return Slice.of(fetched, size);
    }

    @Override
    public Optional<RecentChange> find(NodeId objectId, int revision) {
        return changes(ChangeFilter.ALL)
                .filter(c -> c.objectId().equals(objectId) && c.revision() == revision)
                .findFirst();
    }

    @Override
    public void review(RevisionKey revision, String reviewer) {
        reviews.computeIfAbsent(revision, k -> new ArrayList<>())
                .add(new Review(revision.objectId(), revision.revision(), reviewer, clock.next()));
    }

    @Override
    public Map<RevisionKey, List<Review>> reviews(Collection<RevisionKey> keys) {
        Map<RevisionKey, List<Review>> found = new LinkedHashMap<>();
        keys.stream().filter(reviews::containsKey).forEach(k -> found.put(k, List.copyOf(reviews.get(k))));
        return found;
    }

    private Stream<RecentChange> changes(ChangeFilter filter) {
        return Stream.of(changes(entities), changes(sources), changes(claims))
                .flatMap(s -> s)
                .filter(c -> filter.author() == null || c.author().equals(filter.author()))
                .filter(c -> !c.author().equals(filter.notAuthor()))
                .filter(c -> filter.entity() == null || concerns(c, filter.entity()))
                .filter(c -> filter.reviewed() == null
                        || filter.reviewed() == reviews.containsKey(new RevisionKey(c.objectId(), c.revision())))
                .sorted(NEWEST_FIRST);
    }

    private boolean concerns(RecentChange change, EntityId entity) {
        if (change.objectId().equals(entity)) {
            return true;
        }
        return change.objectId() instanceof ClaimId claim
                && claims.revision(claim, change.revision()).stream()
                        .anyMatch(v -> v.state().subject().equals(entity)
                                || v.state().object().equals(ClaimValue.entity(entity)));
    }

    private static <I extends NodeId, T> Stream<RecentChange> changes(InMemoryVersions<I, T> versions) {
        return versions.ids().stream()
                .flatMap(id -> versions.history(id).stream()
                        .map(v -> new RecentChange(
                                id, v.number(), v.author(), v.recordedFrom(), v.action(), v.summary())));
    }

    /** The record time of the latest change or review. */
    public Instant now() {
        return clock.now();
    }
}
