/** Accounts in the API: the viewer, API tokens, users and the vocabulary that admins edit. */
@NullMarked
package org.chancery.api.security;

import org.jspecify.annotations.NullMarked;
