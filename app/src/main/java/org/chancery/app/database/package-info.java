/**
 * The database as the server uses it under faults: bounded waits for a connection, a statement and a lock;
 * broken connections dropped so that a database that comes back is used again; and readiness that says,
 * within a bound, whether the database can be written.
 */
@NullMarked
package org.chancery.app.database;

import org.jspecify.annotations.NullMarked;
