package org.chancery.domain;

/**
 * The id of an object the registry keeps versions of: an entity, a source or a claim, written as the letter
 * of its {@link Kind} and a number, {@code C1234}. A new kind of object is a new {@link Kind} and a new id
 * here: the compiler then names every place that tells kinds apart (each switches over {@link Kind}).
 */
public sealed interface NodeId permits EntityId, SourceId, ClaimId {

    /** The longest text {@link #parse} reads; an id has at most 20 characters. */
    int MAX_LENGTH = 32;

    long value();

    Kind kind();

    /** The kinds of object the registry keeps versions of. */
    enum Kind {
        ENTITY('E'),
        SOURCE('S'),
        CLAIM('C');

        private final char prefix;

        Kind(char prefix) {
            this.prefix = prefix;
        }

        /** The letter its ids start with. */
        public char prefix() {
            return prefix;
        }

        /** The number of an id of this kind written {@code text}, refusing anything else. */
        public long number(String text) {
            return NodeId.number(prefix, text);
        }

        /** The id of this kind numbered {@code value}. */
        public NodeId id(long value) {
            return switch (this) {
                case ENTITY -> new EntityId(value);
                case SOURCE -> new SourceId(value);
                case CLAIM -> new ClaimId(value);
            };
        }
    }

    /** The id {@code text} writes, of whichever kind its letter says; refuses anything else. */
    static NodeId parse(String text) {
        for (Kind kind : Kind.values()) {
            if (!text.isEmpty() && text.charAt(0) == kind.prefix()) {
                return kind.id(kind.number(text));
            }
        }
        throw new IllegalArgumentException("'%s' is not an id such as E17, S7 or C1234".formatted(shortened(text)));
    }

    /** The number of an id written as {@code prefix} and a number in {@code text}, refusing anything else. */
    static long number(char prefix, String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("An id of the form %s123 has at most %d characters (%d were sent)"
                    .formatted(prefix, MAX_LENGTH, text.length()));
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

    private static String shortened(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
    }
}
