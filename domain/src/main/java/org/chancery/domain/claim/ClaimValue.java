package org.chancery.domain.claim;

import java.util.Objects;
import org.chancery.domain.EntityId;
import org.chancery.domain.time.EdtfDate;

/** The object of a claim, or the value of a qualifier: an entity, a text or a date. */
public sealed interface ClaimValue {

    /** Another entity. */
    record EntityValue(EntityId entity) implements ClaimValue {
        public EntityValue {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** A piece of text, such as a title or a level of relations. */
    record TextValue(String text) implements ClaimValue {
        public TextValue {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A date. */
    record DateValue(EdtfDate date) implements ClaimValue {
        public DateValue {
            Objects.requireNonNull(date, "date");
        }
    }

    static ClaimValue entity(EntityId id) {
        return new EntityValue(id);
    }

    static ClaimValue text(String text) {
        return new TextValue(text);
    }

    static ClaimValue date(EdtfDate date) {
        return new DateValue(date);
    }
}
