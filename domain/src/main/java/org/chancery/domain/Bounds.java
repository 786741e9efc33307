package org.chancery.domain;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The most a client may send in one list, checked before anything is read or written: no input reaches
 * the database in a size it would refuse, and a refusal names the field, the limit and what was sent.
 */
public final class Bounds {

    private Bounds() {}

    /** Refuses {@code text} when it holds more than {@code max} characters; returns it otherwise. */
    public static @Nullable String atMost(String field, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidInputException(
                    field, "Shorten it to at most %d characters (%d were sent)".formatted(max, text.length()));
        }
        return text;
    }

    /** Refuses {@code items} when it holds more than {@code max}; returns it otherwise. */
    public static <C extends Collection<?>> C atMost(String field, C items, int max) {
        if (items.size() > max) {
            throw new InvalidInputException(
                    field, "Give at most %d of these (%d were sent)".formatted(max, items.size()));
        }
        return items;
    }
}
