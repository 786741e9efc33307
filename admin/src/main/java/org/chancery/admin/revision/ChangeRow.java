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

    public boolean reviewed() {
        return !reviews.isEmpty();
    }
}
