package org.chancery.domain;

import org.jspecify.annotations.Nullable;

/** The rules every piece of text a curator enters follows: a length limit and no control characters. */
public final class Texts {

    private Texts() {}

    /** Refuses a missing or blank {@code value}, or one longer than {@code max}; returns it stripped. */
    public static String required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "Enter a value: it must not be blank");
        }
        return optional(field, value, max);
    }

    /** Like {@link #required}, but {@code null} or blank gives {@code null}. */
    public static @Nullable String optional(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(
                    field, "Shorten it to at most %d characters (it has %d)".formatted(max, stripped.length()));
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException(field, "Remove the control characters it contains");
        }
        return stripped;
    }
}
