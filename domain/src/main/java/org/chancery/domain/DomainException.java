package org.chancery.domain;

/** A request the registry refuses, in words a curator understands. */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException,
                ConflictException,
                ChangedMeanwhileException,
                NotFoundException,
                AccessRefusedException {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
