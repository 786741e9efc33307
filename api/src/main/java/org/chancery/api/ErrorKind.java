package org.chancery.api;

import graphql.ErrorClassification;

/** The classifications of the contract that Spring for GraphQL's {@code ErrorType} lacks. */
enum ErrorKind implements ErrorClassification {
    /** The object was changed by someone else since the revision the change was made from. */
    CONFLICT,
    /** The registry's database cannot answer now: try again after {@code Retry-After}. */
    UNAVAILABLE
}
