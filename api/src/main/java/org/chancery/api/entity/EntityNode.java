package org.chancery.api.entity;

import java.time.Instant;
import java.util.List;
import org.chancery.api.NodeObject;
import org.chancery.domain.entity.Alias;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.entity.ExternalId;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;

/**
 * An entity as the API shows it: one version, and the moment the question was asked about, which
 * everything loaded beneath it follows.
 */
public record EntityNode(Version<Entity> version, @Nullable Instant knownAt) implements NodeObject {

    @Override
    public String typeName() {
        return "Entity";
    }

    /** An id in another registry, with a link where the registry has pages. */
    public record ExternalIdView(
            String scheme, String value, @Nullable String url) {}

    public Entity entity() {
        return version.state();
    }

    public String id() {
        return entity().id().toString();
    }

    public EntityKind kind() {
        return entity().kind();
    }

    public String name() {
        return entity().name();
    }

    public List<Alias> aliases() {
        return entity().aliases();
    }

    public @Nullable String description() {
        return entity().description();
    }

    public List<ExternalIdView> externalIds() {
        return entity().externalIds().stream()
                .map(x -> new ExternalIdView(
                        x.scheme(),
                        x.value(),
                        x.scheme().equals(ExternalId.WIKIDATA) ? "https://www.wikidata.org/wiki/" + x.value() : null))
                .toList();
    }

    public int revision() {
        return version.number();
    }
}
