package org.chancery.data.claim;

import org.chancery.data.OnPostgres;

@OnPostgres
class ConcurrentCorrectionPostgresTests extends ConcurrentCorrectionTests {}
