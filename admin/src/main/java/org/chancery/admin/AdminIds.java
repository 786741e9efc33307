package org.chancery.admin;

import org.chancery.domain.NotFoundException;
import org.chancery.domain.claim.ClaimId;
import org.chancery.domain.entity.EntityId;
import org.chancery.domain.source.SourceId;

/** Ids as they appear in curator URLs: anything that is not an id names nothing, so it is a 404 too. */
public final class AdminIds {

    private AdminIds() {}

    public static EntityId entity(String text) {
        try {
            return EntityId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(text);
        }
    }

    public static SourceId source(String text) {
        try {
            return SourceId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(text);
        }
    }

    public static ClaimId claim(String text) {
        try {
            return ClaimId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(text);
        }
    }
}
