/**
 * Entities: the polities, organisations, groups, people, positions, agreements and events that claims
 * are about, with their names in every spelling the sources use.
 */
@NullMarked
package org.chancery.domain.entity;

import org.jspecify.annotations.NullMarked;
