package org.chancery.data.revision;

import org.chancery.data.OnPostgres;

/** {@link RegistryChangesTests} on PostgreSQL. */
@OnPostgres
class RegistryChangesPostgresTests extends RegistryChangesTests {}
