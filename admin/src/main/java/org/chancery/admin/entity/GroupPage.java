package org.chancery.admin.entity;

import org.chancery.admin.EntityRef;
import org.chancery.admin.Paging;

/**
 * A page of one group of an entity's claims.
 *
 * @param entity the entity
 * @param section the section of the entity page the group is in: {@code outgoing}, {@code incoming} or
 *     {@code mentions}
 * @param group the group, with this page's claims
 * @param paging where the page stands in the group
 */
public record GroupPage(EntityRef entity, String section, ClaimGroup group, Paging paging) {

    /** The message that names the group when it holds claims of any predicate. */
    public String anyPredicateKey() {
        return switch (section) {
            case "outgoing" -> "group.outgoing";
            case "incoming" -> "group.incoming";
            default -> "group.mentions";
        };
    }
}
