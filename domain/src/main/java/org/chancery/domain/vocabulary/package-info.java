/**
 * The predicate vocabulary: which relations a claim may state, what they may join, and how they line up
 * with CAMEO event codes and Wikidata properties. Kept as data, edited by admins.
 */
@NullMarked
package org.chancery.domain.vocabulary;

import org.jspecify.annotations.NullMarked;
