package org.chancery.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the page before a redirect left to say: a message key for what was done, or a refusal in the
 * domain's words. Always in the model, so that a page never looks for it elsewhere.
 *
 * @param flash the message key of what was done
 * @param refusal why it was not done
 */
public record Notice(@Nullable String flash, @Nullable String refusal) {

    static Notice of(HttpServletRequest request) {
        Map<String, ?> given = RequestContextUtils.getInputFlashMap(request);
        if (given == null) {
            return new Notice(null, null);
        }
        return new Notice(text(given.get("flash")), text(given.get("refusal")));
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
