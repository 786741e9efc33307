package org.chancery.data.claim;

import org.chancery.data.OnPostgres;

@OnPostgres
class ContestedClaimsPostgresTests extends ContestedClaimsTests {}
