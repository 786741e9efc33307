package org.chancery.api;

/**
 * An object of the API that stands for an object type of the schema's {@code Node} interface, so that
 * {@code node(id)} and every field typed {@code Node} know which type it is.
 */
public interface NodeObject {

    /** The name of the schema's type, as {@code Entity}. */
    String typeName();
}
