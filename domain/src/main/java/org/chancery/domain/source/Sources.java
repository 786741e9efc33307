package org.chancery.domain.source;

import java.util.Collection;
import java.util.Map;
import org.chancery.domain.revision.Versions;

/** The stored sources and their versions. */
public interface Sources extends Versions<SourceId, Source> {

    /** The current state of each of {@code ids} that exists, in one round trip. */
    Map<SourceId, Source> findAll(Collection<SourceId> ids);
}
