package org.chancery.domain.entity;

import org.chancery.domain.NodeId;

/** An entity's id, written {@code E17}. */
public record EntityId(long value) implements NodeId, Comparable<EntityId> {

    public static EntityId parse(String text) {
        return new EntityId(NodeId.parse('E', text));
    }

    @Override
    public char prefix() {
        return 'E';
    }

    @Override
    public int compareTo(EntityId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "E" + value;
    }
}
