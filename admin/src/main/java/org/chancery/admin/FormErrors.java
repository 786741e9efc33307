package org.chancery.admin;

import java.util.Iterator;
import java.util.List;

/**
 * The refused inputs of a submitted form, for its error summary and its fields; every page has one, empty
 * until a submission is refused ({@link AdminAdvice}), so that templates ask {@code errors.has('name')}.
 *
 * @param all the refusals, in the order the form shows their fields
 */
public record FormErrors(List<FormError> all) implements Iterable<FormError> {

    public static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        all = List.copyOf(all);
    }

    public static FormErrors of(FormError... errors) {
        return new FormErrors(List.of(errors));
    }

    /** Whether anything was refused: the page's title then starts with "Error:". */
    public boolean any() {
        return !all.isEmpty();
    }

    /** Whether the input with id {@code field} was refused. */
    public boolean has(String field) {
        return all.stream().anyMatch(e -> e.field().equals(field));
    }

    @Override
    public Iterator<FormError> iterator() {
        return all.iterator();
    }
}
