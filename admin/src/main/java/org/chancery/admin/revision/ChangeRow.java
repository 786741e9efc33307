package org.chancery.admin.revision;

import java.util.List;
import org.chancery.admin.AdminPaths;
import org.chancery.domain.NodeId.Kind;
import org.chancery.domain.revision.RecentChange;
import org.chancery.domain.revision.Review;

/**
 * A recent change as the dashboard lists it.
 *
 * @param change the revision
 * @param label what the object is: an entity's name, a source's title, what a claim says
 * @param reviews the second curators' checks of the revision
 */
public record ChangeRow(RecentChange change, String label, List<Review> reviews) {

    public ChangeRow {
        reviews = List.copyOf(reviews);
    }

    /** Where the changed object is shown: a claim as the revision left it. */
    public String href() {
        String page = AdminPaths.page(change.objectId());
        return change.objectId().kind() == Kind.CLAIM ? page + "?revision=" + change.revision() : page;
    }

    /** The comparison of the revision with the one before it, or with itself when it is the first. */
    public String compareHref() {
        int revision = change.revision();
        return "%s/compare?from=%d&to=%d"
                .formatted(AdminPaths.page(change.objectId()), Math.max(1, revision - 1), revision);
    }

    public boolean reviewed() {
        return !reviews.isEmpty();
    }
}
