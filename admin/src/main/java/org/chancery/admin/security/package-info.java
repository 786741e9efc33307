/**
 * Signing in to the curator pages: the sign-in form, which posts to the application's security, and what
 * it needs to know from it.
 */
@NullMarked
package org.chancery.admin.security;

import org.jspecify.annotations.NullMarked;
