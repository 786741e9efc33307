package org.chancery.domain.claim;

import java.util.Objects;

/**
 * A detail of a claim, such as role = "Ambassador Extraordinary and Plenipotentiary".
 *
 * @param predicate the key of the predicate that says what the detail is
 * @param value the detail
 */
public record Qualifier(String predicate, ClaimValue value) {

    public Qualifier {
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(value, "value");
    }
}
