package org.chancery.domain.source;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.SourceId;
import org.chancery.domain.revision.Version;
import org.chancery.domain.revision.Versions;
import org.jspecify.annotations.Nullable;

/** The stored sources and their versions. */
public interface Sources extends Versions<SourceId, Source> {

    /** The versions of each of {@code ids} current at {@code knownAt} ({@code null} for now), in one round trip. */
    Map<SourceId, Version<Source>> findAll(Collection<SourceId> ids, @Nullable Instant knownAt);

    /** A page of the current sources {@code search} asks for, by id. */
    Slice<Version<Source>> list(SourceSearch search, PageRequest page);

    long count(SourceSearch search);
}
