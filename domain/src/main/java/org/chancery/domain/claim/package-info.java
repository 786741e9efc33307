/**
 * Claims: a subject, a predicate and an object, when it held, how firmly the registry holds it (its
 * rank), and the citations it rests on. The rules a claim must follow, and the use cases that assert,
 * correct, deprecate, restore and revert claims, live here.
 */
@NullMarked
package org.chancery.domain.claim;

import org.jspecify.annotations.NullMarked;
