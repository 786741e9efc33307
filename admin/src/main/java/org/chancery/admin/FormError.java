package org.chancery.admin;

import org.chancery.domain.ClaimId;
import org.chancery.domain.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A refused input, for the error summary and the field it concerns.
 *
 * @param field the id of the input the message is about
 * @param message what is wrong, in the curator's words
 * @param existingClaim the claim that already states what the input would, when that is what is wrong
 */
public record FormError(
        String field, String message, @Nullable ClaimId existingClaim) {

    public FormError(String field, String message) {
        this(field, message, null);
    }

    /** The domain's refusal, on the input with id {@code field}. */
    public static FormError of(String field, InvalidInputException refused) {
        return new FormError(
                field,
                String.valueOf(refused.getMessage()),
                refused.existing()
                        .filter(ClaimId.class::isInstance)
                        .map(ClaimId.class::cast)
                        .orElse(null));
    }

    /** The revision a form names when it names none: no object has it, so the change is a conflict. */
    public static final int NO_REVISION = 0;

    /**
     * The domain's refusal, on the input of the first segment of its field path: lists such as aliases and
     * external ids are one text area each, so {@code aliases[1].language} is about {@code aliases}.
     */
    public static FormError of(InvalidInputException refused) {
        return of(refused.field().replaceAll("[\\[.].*", ""), refused);
    }
}
