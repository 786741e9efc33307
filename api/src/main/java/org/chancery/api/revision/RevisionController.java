package org.chancery.api.revision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.chancery.api.Connection;
import org.chancery.api.Cursors;
import org.chancery.api.Ids;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.Page;
import org.chancery.domain.Slice;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.ChangeFilter;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.RecentChange;
import org.chancery.domain.revision.Review;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Sources;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.json.JsonMapper;

/** Revisions: the list of recent changes, each revision's state and its reviews. */
@Controller
class RevisionController {

    private final History history;
    private final Entities entities;
    private final Sources sources;
    private final Claims claims;
    private final JsonMapper json;

    RevisionController(History history, Entities entities, Sources sources, Claims claims, JsonMapper json) {
        this.history = history;
        this.entities = entities;
        this.sources = sources;
        this.claims = claims;
        this.json = json;
    }

    record RecentChangeFilterInput(
            @Nullable String author,
            @Nullable String entity,
            @Nullable Boolean reviewed) {}

    @QueryMapping
    Connection<RevisionNode> recentChanges(
            @Argument @Nullable RecentChangeFilterInput filter,
            @Argument @Nullable Integer first,
            @Argument @Nullable String after) {
        int size = new Page(first == null ? Page.DEFAULT_SIZE : first, 0).size();
        ChangeFilter changes = filter == null
                ? ChangeFilter.ALL
                : new ChangeFilter(
                        filter.author(),
                        filter.entity() == null
                                ? null
                                : Ids.entity("filter.entity", filter.entity()).toString(),
                        filter.reviewed());
        Slice<RecentChange> slice = history.recent(changes, size, after == null ? null : position(after));
        return Connection.of(
                slice, after == null ? 0 : 1, c -> new Connection.Edge<>(cursor(c), RevisionNode.of(c), null), () -> {
                    throw new IllegalStateException("recent changes are not counted");
                });
    }

    @SchemaMapping(typeName = "Revision")
    Object state(RevisionNode revision) {
        Object state = revision.loadedState() != null ? revision.loadedState() : load(revision);
        return json.convertValue(state, Map.class);
    }

    @SchemaMapping(typeName = "Revision")
    CompletableFuture<List<Review>> reviews(RevisionNode revision, DataLoader<History.RevisionKey, List> reviews) {
        return reviews.load(new History.RevisionKey(revision.objectId(), revision.number()))
                .thenApply(list -> (List<Review>) list);
    }

    private Object load(RevisionNode revision) {
        String id = revision.objectId();
        var version = switch (id.charAt(0)) {
            case 'E' ->
                entities.revision(Ids.entity("objectId", id), revision.number()).map(Version::state);
            case 'S' ->
                sources.revision(Ids.source("objectId", id), revision.number()).map(Version::state);
            default ->
                claims.revision(Ids.claim("objectId", id), revision.number()).map(Version::state);
        };
        return version.orElseThrow(() -> new NotFoundException(id + " revision " + revision.number()));
    }

    private static String cursor(RecentChange change) {
        return Cursors.of(change.recordedAt() + " " + change.objectId() + " " + change.revision());
    }

    private static RecentChange position(String cursor) {
        String[] parts = Cursors.decode(cursor).split(" ");
        try {
            return new RecentChange(
                    parts[1], Integer.parseInt(parts[2]), "", Instant.parse(parts[0]), Action.CREATE, null);
        } catch (RuntimeException e) {
            throw new InvalidInputException("after", "Not a cursor of this list: pass an endCursor you were given");
        }
    }
}
