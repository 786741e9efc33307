package org.chancery.api.revision;

import org.chancery.api.Ids;
import org.chancery.domain.revision.Review;
import org.chancery.domain.revision.Reviewing;
import org.chancery.domain.security.Actor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code reviewRevision}: a second curator checks someone else's revision. */
@Controller
class ReviewMutations {

    private final Reviewing reviewing;

    ReviewMutations(Reviewing reviewing) {
        this.reviewing = reviewing;
    }

    record ReviewRevisionInput(String objectId, int revision) {}

    record ReviewPayload(Review review, String objectId, int revision) {}

    @MutationMapping
    ReviewPayload reviewRevision(@Argument ReviewRevisionInput input, @ContextValue Actor actor) {
        Review review = reviewing.review(actor, Ids.node("objectId", input.objectId()), input.revision());
        return new ReviewPayload(review, review.objectId().toString(), review.revision());
    }
}
