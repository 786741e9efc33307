package org.chancery.domain;

/**
 * How the faces tell apart and report what went wrong, in one way everywhere: a failure of the server is
 * logged once, with the id its answer gives; a request refused for what its client sent is one short
 * line; and an outage of the registry's storage (unreachable, too slow, locked, full) is told apart from
 * a fault, as the client may simply try again.
 */
public interface Failures {

    /** Whether {@code failure} means the registry's storage cannot serve now, rather than a fault. */
    boolean isOutage(Throwable failure);

    /**
     * Logs a failure met while serving {@code what}, outage or fault, and returns the id its answer gives.
     */
    String failed(String what, Throwable failure);

    /** Logs, on one line, a request refused as {@code classification} for what its client sent. */
    void refused(String what, String classification, String reason);
}
