package org.chancery.domain.revision;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is written beside a new version: who, what and why. The record time is the database's.
 *
 * @param author the user name of whoever made the change
 * @param action what the change did
 * @param summary why, in the author's words; required for corrections and deprecations
 */
public record Change(String author, Action action, @Nullable String summary) {

    public Change {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(action, "action");
    }
}
