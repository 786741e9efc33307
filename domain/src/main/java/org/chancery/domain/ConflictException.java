package org.chancery.domain;

/** A change made from a revision that is no longer the current one: someone else changed the object first. */
public final class ConflictException extends DomainException {

    private final String objectId;
    private final int currentRevision;

    public ConflictException(String objectId, int expectedRevision, int currentRevision) {
        super("%s was changed meanwhile: you edited revision %d, the current revision is %d"
                .formatted(objectId, expectedRevision, currentRevision));
        this.objectId = objectId;
        this.currentRevision = currentRevision;
    }

    public String objectId() {
        return objectId;
    }

    public int currentRevision() {
        return currentRevision;
    }

    /** Refuses a change made from {@code expected} unless it is the {@code current} revision. */
    public static void check(Object id, int expected, int current) {
        if (expected != current) {
            throw new ConflictException(id.toString(), expected, current);
        }
    }
}
