package org.chancery.domain.source;

import org.chancery.domain.NodeId;

/** A source's id, written {@code S7}. */
public record SourceId(long value) implements NodeId, Comparable<SourceId> {

    public static SourceId parse(String text) {
        return new SourceId(NodeId.parse('S', text));
    }

    @Override
    public char prefix() {
        return 'S';
    }

    @Override
    public int compareTo(SourceId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "S" + value;
    }
}
