package org.chancery.api;

/** The keys under which each request's GraphQL context holds what the controllers need. */
public final class ContextKeys {

    /** The {@link org.chancery.domain.security.Actor} the request acts for. */
    public static final String ACTOR = "actor";

    /** The address the request came from, as text, when known: login throttling counts by it. */
    public static final String CLIENT_ADDRESS = "clientAddress";

    private ContextKeys() {}
}
