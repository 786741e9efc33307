package org.chancery.admin;

import org.chancery.domain.InvalidInputException;

/**
 * A refused input, for the error summary and the field it concerns.
 *
 * @param field the id of the input the message is about
 * @param message what is wrong, in the curator's words
 */
public record FormError(String field, String message) {

    /** The revision a form names when it names none: no object has it, so the change is a conflict. */
    public static final int NO_REVISION = 0;

    /**
     * The domain's refusal, on the input of the first segment of its field path: lists such as aliases and
     * external ids are one text area each, so {@code aliases[1].language} is about {@code aliases}.
     */
    public static FormError of(InvalidInputException refused) {
        return new FormError(refused.field().replaceAll("[\\[.].*", ""), String.valueOf(refused.getMessage()));
    }
}
