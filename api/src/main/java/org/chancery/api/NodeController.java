package org.chancery.api;

import org.chancery.api.claim.ClaimNode;
import org.chancery.api.entity.EntityNode;
import org.chancery.api.source.SourceNode;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
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
    Object node(@Argument String id) {
        Object node = switch (id.isEmpty() ? ' ' : id.charAt(0)) {
            case 'E' ->
                entities.find(Ids.entity("id", id))
                        .map(v -> new EntityNode(v, null))
                        .orElse(null);
            case 'S' ->
                sources.find(Ids.source("id", id))
                        .map(v -> new SourceNode(v, null))
                        .orElse(null);
            case 'C' ->
                claims.find(Ids.claim("id", id))
                        .map(v -> new ClaimNode(v, null))
                        .orElse(null);
            default -> throw new InvalidInputException("id", "'%s' is not an id: write E17, S7 or C1234".formatted(id));
        };
        if (node == null) {
            throw new NotFoundException(id);
        }
        return node;
    }
}
