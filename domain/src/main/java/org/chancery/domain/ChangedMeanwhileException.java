package org.chancery.domain;

/**
 * A change made from a state of an object that is no longer its stored state: someone else changed it first.
 * The {@link ConflictException} of objects kept without revisions, such as the predicates of the vocabulary.
 */
public final class ChangedMeanwhileException extends DomainException {

    private final String objectId;

    public ChangedMeanwhileException(String objectId) {
        super("%s was changed meanwhile: what you edited is no longer what is stored".formatted(objectId));
        this.objectId = objectId;
    }

    public String objectId() {
        return objectId;
    }
}
