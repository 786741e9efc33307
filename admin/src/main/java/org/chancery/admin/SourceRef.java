package org.chancery.admin;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A source as a link shows it.
 *
 * @param id its id, such as {@code S7}
 * @param title its title, or its id when the registry has no such source
 * @param url where it was published, when that is a web address a link may point to
 */
public record SourceRef(String id, String title, @Nullable String url) {

    /** {@code url} if it is an http or https address, else {@code null}: only those become links. */
    public static @Nullable String linkable(@Nullable String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }
}
