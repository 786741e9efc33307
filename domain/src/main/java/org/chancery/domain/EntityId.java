package org.chancery.domain;

/** An entity's id, written {@code E17}. */
public record EntityId(long value) implements NodeId, Comparable<EntityId> {

    public static EntityId parse(String text) {
        return new EntityId(Kind.ENTITY.number(text));
    }

    @Override
    public Kind kind() {
        return Kind.ENTITY;
    }

    @Override
    public int compareTo(EntityId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return kind().prefix() + Long.toString(value);
    }
}
