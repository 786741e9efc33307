package org.chancery.admin;

/** A detail of a claim, such as role = "Ambassador Extraordinary and Plenipotentiary". */
public record QualifierView(PredicateView predicate, ValueView value) {}
