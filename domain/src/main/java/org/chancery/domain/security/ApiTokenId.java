package org.chancery.domain.security;

import org.chancery.domain.NodeId;

/** The id of an API token, written {@code T12}: it names the token, and reveals nothing of its secret. */
public record ApiTokenId(long value) {

    public ApiTokenId {
        if (value <= 0) {
            throw new IllegalArgumentException("an API token id is positive");
        }
    }

    /** Reads {@code T12}; refuses anything else. */
    public static ApiTokenId parse(String text) {
        return new ApiTokenId(NodeId.number('T', text));
    }

    @Override
    public String toString() {
        return "T" + value;
    }
}
