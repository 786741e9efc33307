package org.chancery.domain.entity;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Another name of an entity.
 *
 * @param name the name as written, such as {@code Lugansk} or {@code LNR}
 * @param language a BCP 47 language tag such as {@code ru}, or {@code null} when the name is not
 *     tied to one language
 */
public record Alias(String name, @Nullable String language) {

    public Alias {
        Objects.requireNonNull(name, "name");
    }
}
