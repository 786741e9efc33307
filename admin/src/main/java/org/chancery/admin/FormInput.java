package org.chancery.admin;

import java.util.Locale;
import org.chancery.domain.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Reads the form input the domain cannot read itself, such as a choice among options, and refuses what is
 * not one of them: in the words of {@code messages.properties} (under {@code input.}), raised as the
 * domain's {@link InvalidInputException}, so that a form shows these refusals as it shows the domain's.
 */
@Component
public class FormInput {

    private final MessageSourceAccessor messages;

    FormInput(MessageSource messages) {
        this.messages = new MessageSourceAccessor(messages);
    }

    /** The refusal of the input {@code field}, in the words of the message {@code key}. */
    public InvalidInputException refusal(String field, String key, Object... args) {
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
            throw refusal(field, key);
        }
    }

    /** The option named {@code given}, in any case. Nothing or anything else is refused as for {@link #optionalChoice}. */
    public <E extends Enum<E>> E choice(String field, @Nullable String given, Class<E> options, String key) {
        E chosen = optionalChoice(field, given, options, key);
        if (chosen == null) {
            throw refusal(field, key);
        }
        return chosen;
    }
}
