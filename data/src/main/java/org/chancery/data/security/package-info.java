/**
 * Accounts, API tokens (kept as the SHA-256 of their secrets) and failed sign-ins, in the tables of
 * {@code V2__accounts.sql}.
 */
@NullMarked
package org.chancery.data.security;

import org.jspecify.annotations.NullMarked;
