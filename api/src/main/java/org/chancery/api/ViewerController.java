package org.chancery.api;

import graphql.GraphQLContext;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code viewer}: who is asking. */
@Controller
class ViewerController {

    record Viewer(@Nullable String username, Role role, boolean signedIn) {}

    @QueryMapping
    Viewer viewer(GraphQLContext context) {
        Reads.personal(context);
        Actor actor = context.get(ContextKeys.ACTOR);
        return new Viewer(actor.username(), actor.role(), !actor.anonymous());
    }
}
