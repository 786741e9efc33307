package org.chancery.data.vocabulary;

import org.chancery.data.OnPostgres;

@OnPostgres
class ConcurrentPredicateEditPostgresTests extends ConcurrentPredicateEditTests {}
