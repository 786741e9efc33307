package org.chancery.admin.revision;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.chancery.domain.NodeId;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.Review;
import org.chancery.domain.revision.Version;
import org.springframework.stereotype.Component;

/** The history table of an object: its revisions, newest first, with their reviews loaded at once. */
@Component
public class RevisionRowAssembler {

    private final History history;

    RevisionRowAssembler(History history) {
        this.history = history;
    }

    public List<RevisionRow> rows(NodeId objectId, List<? extends Version<?>> versions) {
        List<History.RevisionKey> keys = versions.stream()
                .map(v -> new History.RevisionKey(objectId, v.number()))
                .toList();
        Map<History.RevisionKey, List<Review>> reviews = keys.isEmpty() ? Map.of() : history.reviews(keys);
        return versions.stream()
                .sorted(Comparator.comparingInt((Version<?> v) -> v.number()).reversed())
                .map(v -> new RevisionRow(
                        v.number(),
                        v.author(),
                        v.recordedFrom(),
                        v.action(),
                        v.summary(),
                        v.current(),
                        reviews.getOrDefault(new History.RevisionKey(objectId, v.number()), List.of())))
                .toList();
    }
}
