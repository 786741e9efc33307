package org.chancery.data.security;

import org.chancery.data.OnPostgres;

@OnPostgres
class AccountStoresPostgresTests extends AccountStoresTests {}
