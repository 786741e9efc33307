package org.chancery.domain;

/** A claim's id, written {@code C1234}. */
public record ClaimId(long value) implements NodeId, Comparable<ClaimId> {

    public static ClaimId parse(String text) {
        return new ClaimId(Kind.CLAIM.number(text));
    }

    @Override
    public Kind kind() {
        return Kind.CLAIM;
    }

    @Override
    public int compareTo(ClaimId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return kind().prefix() + Long.toString(value);
    }
}
