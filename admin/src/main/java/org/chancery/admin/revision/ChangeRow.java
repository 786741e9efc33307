package org.chancery.admin.revision;

import java.util.List;
import org.chancery.domain.revision.RecentChange;
import org.chancery.domain.revision.Review;

/**
 * A recent change as the dashboard lists it.
 *
 * @param change the revision
 * @param href where the changed object is shown
 * @param label what the object is: an entity's name, a source's title, what a claim says
 * @param reviews the second curators' checks of the revision
 */
public record ChangeRow(RecentChange change, String href, String label, List<Review> reviews) {

    public ChangeRow {
        reviews = List.copyOf(reviews);
    }

    /** The comparison of the revision with the one before it, or with itself when it is the first. */
    public String compareHref() {
        String kind = switch (change.objectId().charAt(0)) {
            case 'E' -> "entities";
            case 'S' -> "sources";
            default -> "claims";
        };
        int revision = change.revision();
        return "/admin/%s/%s/compare?from=%d&to=%d"
                .formatted(kind, change.objectId(), Math.max(1, revision - 1), revision);
    }

    public boolean reviewed() {
        return !reviews.isEmpty();
    }
}
