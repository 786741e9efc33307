package org.chancery.admin;

import java.util.Locale;
import org.chancery.domain.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The admin's own refusals of input it cannot read before the domain sees it, such as a choice that is
 * not one of the options: worded in {@code messages.properties} (under {@code input.}), and raised as the
 * domain's {@link InvalidInputException}, so that a form shows them as it shows the domain's refusals.
 */
@Component
public class Refusals {

    private final MessageSourceAccessor messages;

    Refusals(MessageSource messages) {
        this.messages = new MessageSourceAccessor(messages);
    }

    /** The refusal of the input {@code field}, in the words of the message {@code key}. */
    public InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(field, message(key, args));
    }

    /** The words of the message {@code key}. */
    public String message(String key, Object... args) {
        return messages.getMessage(key, args);
    }

    /**
     * The option named {@code given}, in any case; {@code null} when nothing is given. Anything else is
     * refused in the words of the message {@code key}.
     */
    public <E extends Enum<E>> @Nullable E optionalChoice(
            String field, @Nullable String given, Class<E> options, String key) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(options, given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw of(field, key);
        }
    }

    /** The option named {@code given}, in any case. Nothing or anything else is refused as for {@link #optionalChoice}. */
    public <E extends Enum<E>> E choice(String field, @Nullable String given, Class<E> options, String key) {
        E chosen = optionalChoice(field, given, options, key);
        if (chosen == null) {
            throw of(field, key);
        }
        return chosen;
    }
}
