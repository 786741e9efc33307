package org.chancery.admin.revision;

import java.util.function.Function;
import java.util.function.Supplier;
import org.chancery.admin.FormError;
import org.chancery.admin.FormErrors;
import org.chancery.domain.ConflictException;
import org.chancery.domain.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * The one way a curator form is submitted, and what its page shows then. Saving goes where the saving
 * says; input the domain refuses comes back on the form, at its field; a correction refused because the
 * object changed meanwhile comes back with what changed, field by field ({@link StaleEdit}). Either way
 * nothing is saved and what was submitted stays in the form.
 *
 * @param model the page's model
 * @param form what was submitted, shown again when it is refused
 * @param view the form's page
 */
public record FormSubmission(Model model, Object form, String view) {

    /**
     * The revision a form started from. One that names none cannot be checked, so it is refused as a
     * conflict: no object has revision 0.
     */
    public static int startedFrom(@Nullable Integer expectedRevision) {
        return expectedRevision == null ? 0 : expectedRevision;
    }

    /** Saves with {@code save}, which returns where the page goes next. */
    public String save(Supplier<String> save) {
        return save(save, FormError::of);
    }

    /** As {@link #save(Supplier)}, with {@code refusal} telling at which field a refused input is shown. */
    public String save(Supplier<String> save, Function<InvalidInputException, FormError> refusal) {
        try {
            return save.get();
        } catch (InvalidInputException refused) {
            return shown("errors", FormErrors.of(refusal.apply(refused)));
        }
    }

    /** As {@link #save(Supplier)}, for a correction: on a conflict the page shows {@code stale}. */
    public String correct(Supplier<String> save, Supplier<StaleEdit> stale) {
        return correct(save, stale, FormError::of);
    }

    /** As {@link #correct(Supplier, Supplier)}, with {@code refusal} telling where a refused input is shown. */
    public String correct(
            Supplier<String> save, Supplier<StaleEdit> stale, Function<InvalidInputException, FormError> refusal) {
        return save(
                () -> {
                    try {
                        return save.get();
                    } catch (ConflictException conflict) {
                        return shown("stale", stale.get());
                    }
                },
                refusal);
    }

    /** The form again, with {@code value} as {@code name}. */
    public String shown(String name, Object value) {
        model.addAttribute("form", form);
        model.addAttribute(name, value);
        return view;
    }
}
