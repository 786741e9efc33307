package org.chancery.admin.revision;

import java.time.Instant;
import java.util.List;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Review;
import org.jspecify.annotations.Nullable;

/**
 * One revision of an object, as its history table shows it.
 *
 * @param number the revision number
 * @param author who made it
 * @param recordedAt when the registry recorded it
 * @param action what it did
 * @param summary why
 * @param current whether it is the object's current revision
 * @param reviews the second curators' checks of it
 */
public record RevisionRow(
        int number,
        String author,
        Instant recordedAt,
        Action action,
        @Nullable String summary,
        boolean current,
        List<Review> reviews) {

    public RevisionRow {
        reviews = List.copyOf(reviews);
    }

    public List<String> reviewers() {
        return reviews.stream().map(Review::reviewer).toList();
    }

    public boolean reviewedBy(@Nullable String user) {
        return reviews.stream().anyMatch(r -> r.reviewer().equals(user));
    }
}
