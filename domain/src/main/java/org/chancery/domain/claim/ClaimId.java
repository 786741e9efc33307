package org.chancery.domain.claim;

import org.chancery.domain.NodeId;

/** A claim's id, written {@code C1234}. */
public record ClaimId(long value) implements NodeId, Comparable<ClaimId> {

    public static ClaimId parse(String text) {
        return new ClaimId(NodeId.parse('C', text));
    }

    @Override
    public char prefix() {
        return 'C';
    }

    @Override
    public int compareTo(ClaimId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "C" + value;
    }
}
