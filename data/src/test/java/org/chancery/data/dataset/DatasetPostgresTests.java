package org.chancery.data.dataset;

import org.chancery.data.OnPostgres;

@OnPostgres
class DatasetPostgresTests extends DatasetTests {}
