package org.chancery.domain;

/**
 * Input that breaks a rule. {@link #field()} names the offending input as a path from the object the
 * curator submitted, such as {@code citations[0].quote}.
 */
public final class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The same refusal for input nested under {@code prefix}, such as {@code input}. */
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(prefix + (field.startsWith("[") ? "" : ".") + field, getMessage());
    }
}
