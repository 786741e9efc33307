package org.chancery.admin.entity;

import java.util.List;
import org.chancery.admin.ClaimCard;
import org.chancery.admin.PredicateView;

/**
 * The claims of an entity page with one predicate, read in one direction.
 *
 * @param predicate the predicate
 * @param heading how it reads from the entity: its label when the entity is the subject, else its
 *     inverse label
 * @param incoming whether the entity is the claims' object, so that the page shows their subjects
 * @param claims the claims, current ones by start date first, deprecated ones last
 */
public record ClaimGroup(PredicateView predicate, String heading, boolean incoming, List<ClaimCard> claims) {

    public ClaimGroup {
        claims = List.copyOf(claims);
    }
}
