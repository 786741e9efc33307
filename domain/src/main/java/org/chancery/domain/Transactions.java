package org.chancery.domain;

import java.util.function.Supplier;

/** Runs a use case's reads and writes as one unit: all of its writes land, or none. */
@FunctionalInterface
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
