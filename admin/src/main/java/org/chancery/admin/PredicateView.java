package org.chancery.admin;

/**
 * A predicate as a page names it.
 *
 * @param key its key, such as {@code recognizes}
 * @param label how it reads from subject to object
 * @param inverseLabel how it reads from object to subject
 */
public record PredicateView(String key, String label, String inverseLabel) {}
