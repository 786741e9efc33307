package org.chancery.domain;

/** A source's id, written {@code S7}. */
public record SourceId(long value) implements NodeId, Comparable<SourceId> {

    public static SourceId parse(String text) {
        return new SourceId(Kind.SOURCE.number(text));
    }

    @Override
    public Kind kind() {
        return Kind.SOURCE;
    }

    @Override
    public int compareTo(SourceId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return kind().prefix() + Long.toString(value);
    }
}
