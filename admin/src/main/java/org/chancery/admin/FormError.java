package org.chancery.admin;

/**
 * A refused input, for the error summary and the field it concerns.
 *
 * @param field the id of the input the message is about
 * @param message what is wrong, in the curator's words
 */
public record FormError(String field, String message) {}
