package org.chancery.domain.claim;

import java.util.ArrayList;
import java.util.List;
import org.chancery.domain.ChangeKeys;

/**
 * The {@link ChangeKeys} of claims, so that a change to a claim reaches every list it could enter or leave:
 * a claim touches the lists of its subject, its object, its predicate and each source it cites; a list
 * reads the keys of one of its conditions, since a claim it does not hold before and after a change
 * cannot change it.
 */
public final class ClaimKeys {

    private ClaimKeys() {}

    /** What a version of {@code claim} touches: the claim and every list its terms could put it in. */
    public static List<String> of(Claim claim) {
        List<String> keys = new ArrayList<>(List.of(
                ChangeKeys.of(claim.id()),
                ChangeKeys.CLAIMS,
                ChangeKeys.subject(claim.subject()),
                ChangeKeys.predicate(claim.predicate())));
        if (claim.object() instanceof ClaimValue.EntityValue object) {
            keys.add(ChangeKeys.object(object.entity()));
        }
        claim.citations().forEach(citation -> keys.add(ChangeKeys.citing(citation.source())));
        return keys;
    }

    /**
     * What the claims {@code filter} asks for read: the keys of one of its conditions. With {@code
     * bestRank}, a claim's place also depends on the others of its subject and predicate, but only on
     * those the other conditions keep, which touch the same keys.
     */
    public static List<String> of(ClaimFilter filter) {
        if (filter.subject() != null) {
            return List.of(ChangeKeys.subject(filter.subject()));
        }
        if (filter.object() != null) {
            return List.of(ChangeKeys.object(filter.object()));
        }
        if (filter.involving() != null) {
            return List.of(ChangeKeys.subject(filter.involving()), ChangeKeys.object(filter.involving()));
        }
        if (filter.source() != null) {
            return List.of(ChangeKeys.citing(filter.source()));
        }
        if (!filter.predicates().isEmpty()) {
            return filter.predicates().stream().map(ChangeKeys::predicate).toList();
        }
        return List.of(ChangeKeys.CLAIMS);
    }
}
