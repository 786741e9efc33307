package org.chancery.api.node;

import graphql.GraphQLContext;
import java.util.Optional;
import org.chancery.api.Ids;
import org.chancery.api.Reads;
import org.chancery.api.claim.ClaimNode;
import org.chancery.api.entity.EntityNode;
import org.chancery.api.source.SourceNode;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.NodeId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.source.Sources;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Relay's {@code node(id)}: any entity, source or claim by its id. */
@Controller
class NodeController {

    private final Entities entities;
    private final Sources sources;
    private final Claims claims;

    NodeController(Entities entities, Sources sources, Claims claims) {
        this.entities = entities;
        this.sources = sources;
        this.claims = claims;
    }

    @QueryMapping
    Object node(@Argument String id, GraphQLContext context) {
        NodeId wanted = Ids.node("id", id);
        Reads.add(context, ChangeKeys.of(wanted));
        Optional<?> node = switch (wanted.kind()) {
            case ENTITY -> entities.find((EntityId) wanted).map(v -> new EntityNode(v, null));
            case SOURCE -> sources.find((SourceId) wanted).map(v -> new SourceNode(v, null));
            case CLAIM -> claims.find((ClaimId) wanted).map(v -> new ClaimNode(v, null));
        };
        return node.orElseThrow(() -> new NotFoundException(wanted));
    }
}
