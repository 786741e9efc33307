package org.chancery.admin.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.chancery.admin.ClaimCard;
import org.chancery.admin.ClaimCardAssembler;
import org.chancery.admin.ValueView;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.NodeId;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.RecentChange;
import org.chancery.domain.revision.Review;
import org.chancery.domain.revision.Version;
import org.springframework.stereotype.Component;

/**
 * Labels lists of recent changes with what each object is, loading the claims, entities, sources and
 * reviews of all the lists of a page together, in a fixed number of statements.
 */
@Component
class ChangeRowAssembler {

    private final Claims claims;
    private final ClaimCardAssembler cards;
    private final History history;

    ChangeRowAssembler(Claims claims, ClaimCardAssembler cards, History history) {
        this.claims = claims;
        this.cards = cards;
        this.history = history;
    }

    /** Each list of {@code lists} as rows, in the same order. */
    List<List<ChangeRow>> rows(List<List<RecentChange>> lists) {
        List<RecentChange> all = lists.stream().flatMap(Collection::stream).toList();
        List<EntityId> entityIds = new ArrayList<>();
        List<SourceId> sourceIds = new ArrayList<>();
        List<ClaimId> claimIds = new ArrayList<>();
        for (RecentChange change : all) {
            NodeId id = change.objectId();
            switch (id.kind()) {
                case ENTITY -> entityIds.add((EntityId) id);
                case SOURCE -> sourceIds.add((SourceId) id);
                case CLAIM -> claimIds.add((ClaimId) id);
            }
        }
        Map<ClaimId, Version<Claim>> claimVersions = claimIds.isEmpty() ? Map.of() : claims.findAll(claimIds, null);
        ClaimCardAssembler.Batch batch =
                cards.load(claimVersions.values().stream().map(Version::state).toList(), entityIds, sourceIds);
        Map<History.RevisionKey, List<Review>> reviews = all.isEmpty()
                ? Map.of()
                : history.reviews(all.stream()
                        .map(c -> new History.RevisionKey(c.objectId(), c.revision()))
                        .toList());
        return lists.stream()
                .map(list -> list.stream()
                        .map(change -> {
                            NodeId id = change.objectId();
                            List<Review> checked =
                                    reviews.getOrDefault(new History.RevisionKey(id, change.revision()), List.of());
                            String label = switch (id.kind()) {
                                case ENTITY -> batch.entity((EntityId) id).name();
                                case SOURCE -> batch.source((SourceId) id).title();
                                case CLAIM -> {
                                    Version<Claim> version = claimVersions.get((ClaimId) id);
                                    yield version == null ? id.toString() : says(batch.card(version.state()));
                                }
                            };
                            return new ChangeRow(change, label, checked);
                        })
                        .toList())
                .toList();
    }

    /** What a claim says, in the words of the vocabulary: "Russia recognizes Luhansk People's Republic". */
    static String says(ClaimCard card) {
        ValueView object = card.object();
        String what = object.entity() != null
                ? object.entity().name()
                : object.text() != null
                        ? object.text()
                        : object.date() == null ? "" : object.date().text();
        return card.subject().name() + " " + card.predicate().label() + " " + what;
    }
}
