/**
 * Who is asking: Spring Security signs users in with a password (form login, sessions kept in the
 * database) or a bearer API token, and hands the domain's use cases an {@code Actor}; which request needs
 * which of them, CSRF, CORS, and the first admin account.
 */
@NullMarked
package org.chancery.app.security;

import org.jspecify.annotations.NullMarked;
