package org.chancery.domain;

/** The acting user may not do this; {@link #anonymous()} tells whether signing in could help. */
public final class AccessRefusedException extends DomainException {

    private final boolean anonymous;

    public AccessRefusedException(boolean anonymous, String message) {
        super(message);
        this.anonymous = anonymous;
    }

    public boolean anonymous() {
        return anonymous;
    }
}
