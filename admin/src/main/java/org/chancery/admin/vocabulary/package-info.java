/**
 * The predicate vocabulary in the curator pages: every predicate in a table for anyone signed in, and for
 * admins the forms that add one or change one, checked against the predicate as the form showed it.
 */
@NullMarked
package org.chancery.admin.vocabulary;

import org.jspecify.annotations.NullMarked;
