package org.chancery.domain;

/** The id of an object the registry keeps versions of, written as a prefix and a number: {@code C1234}. */
public interface NodeId {

    long value();

    char prefix();

    /** Parses the number after {@code prefix}, refusing anything else. */
    static long parse(char prefix, String text) {
        if (text.length() > 32) {
            throw new IllegalArgumentException("An id of the form %s123 has at most 32 characters (%d were sent)"
                    .formatted(prefix, text.length()));
        }
        if (text.length() < 2 || text.charAt(0) != prefix) {
            throw new IllegalArgumentException("'%s' is not an id of the form %s123".formatted(text, prefix));
        }
        try {
            long value = Long.parseLong(text.substring(1));
            if (text.charAt(1) != '0' && text.chars().skip(1).allMatch(c -> c >= '0' && c <= '9')) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw new IllegalArgumentException("'%s' is not an id of the form %s123".formatted(text, prefix));
    }
}
