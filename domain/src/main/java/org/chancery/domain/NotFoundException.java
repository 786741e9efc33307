package org.chancery.domain;

/** An id that names nothing in the registry. */
public final class NotFoundException extends DomainException {

    private final String id;

    public NotFoundException(Object id) {
        super("%s does not exist".formatted(id));
        this.id = id.toString();
    }

    public String id() {
        return id;
    }
}
