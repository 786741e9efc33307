package org.chancery.domain;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Input that breaks a rule. {@link #field()} names the offending input as a path from the object the
 * curator submitted, such as {@code citations[0].quote}.
 */
public final class InvalidInputException extends DomainException {

    private final String field;
    private final @Nullable NodeId existing;

    public InvalidInputException(String field, String message) {
        this(field, message, null);
    }

    /** A refusal because {@code existing} already holds what the input would add. */
    public InvalidInputException(String field, String message, @Nullable NodeId existing) {
        super(message);
        this.field = field;
        this.existing = existing;
    }

    public String field() {
        return field;
    }

    /** The object that already holds what the input would add, when that is why it is refused. */
    public Optional<NodeId> existing() {
        return Optional.ofNullable(existing);
    }

    /** The same refusal for input nested under {@code prefix}, such as {@code input}. */
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(prefix + (field.startsWith("[") ? "" : ".") + field, getMessage(), existing);
    }
}
