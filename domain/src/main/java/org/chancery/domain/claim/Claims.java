package org.chancery.domain.claim;

import java.util.List;
import org.chancery.domain.entity.EntityId;
import org.chancery.domain.revision.Version;
import org.chancery.domain.revision.Versions;
import org.chancery.domain.source.SourceId;

/** The stored claims and their versions. */
public interface Claims extends Versions<ClaimId, Claim> {

    /** The current claims that refer to {@code entity} anywhere: subject, object, qualifier or attribution. */
    List<Claim> referencing(EntityId entity);

    /** The current claims with a citation of {@code source}. */
    List<Claim> citing(SourceId source);

    /** The claims {@code filter} asks for, as the registry stood at its {@code knownAt}, by id. */
    List<Version<Claim>> find(ClaimFilter filter);
}
